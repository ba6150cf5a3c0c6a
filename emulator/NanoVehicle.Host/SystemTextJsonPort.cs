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
                return ParseUtf8(new ReadOnlySpan<byte>(buffer, 0, length));
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(buffer);
            }
        }

        /// <summary>Parses UTF-8 JSON bytes (an MQTT payload as received).</summary>
        public object ParseUtf8(ReadOnlySpan<byte> utf8)
        {
            try
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
            catch (JsonException ex) when (ex.GetType() != typeof(JsonException))
            {
                // The reader's own exception type is internal; callers get the public one.
                throw new JsonException(ex.Message, ex);
            }
        }

        // The protocols' member names and common values, shared instead of allocated per message (the car parses
        // every request; allocations count on a small heap, and the host keeps the same discipline).
        private static readonly string[] Known =
        {
            "access_token", "customer_id", "correlation_id", "req_date", "vin", "req_parameters", "action", "type",
            "program", "hour", "minute", "asap", "programs", "program1", "program2", "program3", "program4", "day", "on",
            "nb_horn", "duration", "immediate", "delayed", "activate", "deactivate", "lock", "unlock", "state",
            "startNow", "deferredTime", "checkStartCharge", "doorState", "slot", "isEnabled", "occurrence", "occurence",
            "door", "horn", "lights", "charging", "preconditioning", "airConditioning", "schedule", "enabled", "start",
            "end", "Locked", "Unlocked", "Activated", "true", "false",
        };

        // Known names grouped by UTF-8 length, so a lookup compares against a handful of candidates at most.
        private static readonly int[][] KnownByLength = GroupByLength(Known);
        private static readonly byte[][] KnownUtf8 = Utf8(Known);

        // Boxed small integers, shared for the same reason (hours, minutes, flags, counts).
        private static readonly object[] SmallInts = Boxes(256);

        private static byte[][] Utf8(string[] names)
        {
            var bytes = new byte[names.Length][];
            for (int i = 0; i < names.Length; i++)
            {
                bytes[i] = Encoding.UTF8.GetBytes(names[i]);
            }

            return bytes;
        }

        private static int[][] GroupByLength(string[] names)
        {
            int longest = 0;
            foreach (string name in names)
            {
                longest = Math.Max(longest, Encoding.UTF8.GetByteCount(name));
            }

            var groups = new int[longest + 1][];
            for (int length = 0; length <= longest; length++)
            {
                int count = 0;
                foreach (string name in names)
                {
                    count += Encoding.UTF8.GetByteCount(name) == length ? 1 : 0;
                }

                groups[length] = new int[count];
                count = 0;
                for (int i = 0; i < names.Length; i++)
                {
                    if (Encoding.UTF8.GetByteCount(names[i]) == length)
                    {
                        groups[length][count++] = i;
                    }
                }
            }

            return groups;
        }

        private static object[] Boxes(int count)
        {
            var boxes = new object[count];
            for (int i = 0; i < count; i++)
            {
                boxes[i] = i;
            }

            return boxes;
        }

        private static string GetString(ref Utf8JsonReader reader)
        {
            if (!reader.HasValueSequence && !reader.ValueIsEscaped)
            {
                ReadOnlySpan<byte> span = reader.ValueSpan;
                if (span.Length < KnownByLength.Length)
                {
                    foreach (int i in KnownByLength[span.Length])
                    {
                        if (span.SequenceEqual(KnownUtf8[i]))
                        {
                            return Known[i];
                        }
                    }
                }
            }

            return reader.GetString();
        }

        private static object ReadValue(ref Utf8JsonReader reader)
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.StartObject:
                    return ReadObject(ref reader);
                case JsonTokenType.StartArray:
                    return ReadArray(ref reader);
                case JsonTokenType.String:
                    return GetString(ref reader);
                case JsonTokenType.Number:
                    if (reader.TryGetInt32(out int i))
                    {
                        return i >= 0 && i < SmallInts.Length ? SmallInts[i] : i;
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

        // Items and members are gathered on a per-thread scratch stack first, so each ArrayList / Hashtable is made
        // at its final size (no regrowth, no rehash) without renting a buffer per object.
        [ThreadStatic]
        private static object[] _scratch;

        [ThreadStatic]
        private static int _top;

        private static void Push(object item)
        {
            object[] scratch = _scratch;
            if (scratch == null)
            {
                scratch = _scratch = new object[64];
            }
            else if (_top == scratch.Length)
            {
                Array.Resize(ref _scratch, scratch.Length * 2);
                scratch = _scratch;
            }

            scratch[_top++] = item;
        }

        private static ArrayList ReadArray(ref Utf8JsonReader reader)
        {
            int start = _top;
            try
            {
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    Push(ReadValue(ref reader));
                }

                int count = _top - start;
                var list = new ArrayList(count);
                for (int i = start; i < _top; i++)
                {
                    list.Add(_scratch[i]);
                }

                return list;
            }
            finally
            {
                Pop(start);
            }
        }

        private static Hashtable ReadObject(ref Utf8JsonReader reader)
        {
            int start = _top;
            try
            {
                while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
                {
                    string name = GetString(ref reader);
                    reader.Read();
                    object value = ReadValue(ref reader);
                    Push(name);
                    Push(value);
                }

                var obj = new Hashtable((_top - start) / 2);
                for (int i = start; i < _top; i += 2)
                {
                    obj[_scratch[i]] = _scratch[i + 1]; // a repeated name keeps its last value
                }

                return obj;
            }
            finally
            {
                Pop(start);
            }
        }

        private static void Pop(int start)
        {
            if (_scratch != null)
            {
                Array.Clear(_scratch, start, _top - start);
            }

            _top = start;
        }
    }
}
