using System;
using System.Text;

namespace NanoVehicle.Mqtt.Packets
{
    /// <summary>UTF-8 encoded strings as MQTT defines them (§1.5.3): well-formed, no surrogates, no U+0000, at most 65535 bytes.</summary>
    public static class MqttUtf8
    {
        // Throws on ill-formed input, which includes encoded surrogates (U+D800..U+DFFF).
        private static readonly UTF8Encoding Strict = new UTF8Encoding(false, true);

        /// <summary>Decodes bytes received in a packet; <paramref name="what"/> names the field in the error.</summary>
        public static string Decode(ReadOnlySpan<byte> bytes, string what)
        {
            string text;
            try
            {
                text = Strict.GetString(bytes);
            }
            catch (DecoderFallbackException)
            {
                throw new MqttProtocolException($"{what} is not well-formed UTF-8 (§1.5.3)");
            }
            if (text.IndexOf('\0') >= 0)
            {
                throw new MqttProtocolException($"{what} contains the null character U+0000 (§1.5.3)");
            }
            return text;
        }

        /// <summary>Number of bytes <paramref name="text"/> takes; throws when it cannot be sent as an MQTT string.</summary>
        public static int ByteCount(string text, string what)
        {
            int count;
            try
            {
                count = Strict.GetByteCount(text);
            }
            catch (EncoderFallbackException)
            {
                throw new ArgumentException($"{what} holds an unpaired surrogate and cannot be encoded as UTF-8");
            }
            if (count > ushort.MaxValue)
            {
                throw new ArgumentException($"{what} is {count} bytes of UTF-8; MQTT strings hold at most 65535");
            }
            if (text.IndexOf('\0') >= 0)
            {
                throw new ArgumentException($"{what} contains the null character U+0000, which MQTT forbids");
            }
            return count;
        }

        /// <summary>Encodes into <paramref name="destination"/> and returns the number of bytes written.</summary>
        public static int Encode(string text, Span<byte> destination) => Strict.GetBytes(text, destination);
    }
}
