using System;
using System.Buffers;
using System.Collections;
using System.Text;
using System.Text.Json;
using NanoVehicle.Core.Ports;

namespace NanoVehicle.Host
{
    /// <summary>
    /// The host's JSON port: System.Text.Json's <see cref="Utf8JsonReader"/> builds the plain tree the core expects
    /// (Hashtable, ArrayList, string, int/long/double, bool, null) — the same shapes nanoFramework.Json gives on the
    /// device, so the core validates identical values in both homes. Throws <see cref="JsonException"/> on bad JSON.
    /// </summary>
    public sealed class SystemTextJsonPort : IJsonPort
    {
        /// <summary>Nesting deeper than this is refused (a guard against hostile input).</summary>
        public const int MaxDepth = 64;

        /// <summary>A shared instance (the port holds no state).</summary>
        public static readonly SystemTextJsonPort Instance = new SystemTextJsonPort();

        /// <inheritdoc />
        public object Parse(string json)
        {
            if (json == null)
            {
                throw new JsonException("no JSON text (null)");
            }

            int max = Encoding.UTF8.GetMaxByteCount(json.Length);
            byte[] buffer = ArrayPool<byte>.Shared.Rent(max);
            try
            {
                int length = Encoding.UTF8.GetBytes(json, 0, json.Length, buffer, 0);
                return Parse(new ReadOnlySpan<byte>(buffer, 0, length));
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(buffer);
            }
        }

        /// <summary>Parses UTF-8 JSON bytes (an MQTT payload as received).</summary>
        public object Parse(ReadOnlySpan<byte> utf8)
        {
            var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { MaxDepth = MaxDepth });
            if (!reader.Read())
            {
                throw new JsonException("empty JSON text");
            }

            object value = ReadValue(ref reader);
            if (reader.Read())
            {
                throw new JsonException("text after the JSON value at byte " + reader.TokenStartIndex);
            }

            return value;
        }

        private static object ReadValue(ref Utf8JsonReader reader)
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.StartObject:
                    var obj = new Hashtable();
                    while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
                    {
                        string name = reader.GetString();
                        reader.Read();
                        obj[name] = ReadValue(ref reader);
                    }

                    return obj;
                case JsonTokenType.StartArray:
                    var list = new ArrayList();
                    while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                    {
                        list.Add(ReadValue(ref reader));
                    }

                    return list;
                case JsonTokenType.String:
                    return reader.GetString();
                case JsonTokenType.Number:
                    if (reader.TryGetInt32(out int i))
                    {
                        return i;
                    }

                    if (reader.TryGetInt64(out long l))
                    {
                        return l;
                    }

                    return reader.GetDouble();
                case JsonTokenType.True:
                    return true;
                case JsonTokenType.False:
                    return false;
                case JsonTokenType.Null:
                    return null;
                default:
                    throw new JsonException("unexpected " + reader.TokenType + " at byte " + reader.TokenStartIndex);
            }
        }
    }
}
