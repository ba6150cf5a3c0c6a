using System;
using System.IO;
using System.Text;
using System.Text.Json;
using NanoVehicle.Core.Codes;
using NanoVehicle.Core.O2x;

namespace NanoVehicle.Cli.O2x
{
    /// <summary>
    /// Writes what the Mobile SDK hands the app for the O2X APIs, one JSON message per line:
    /// <c>{"transactionId","status":"RESULT","result":{…}}</c> for data and events and
    /// <c>{"transactionId","status":"FAILED","error":{"code","label"}}</c> for failures. Diagnostics go to a
    /// second writer so the message stream stays machine-readable. Safe from any thread.
    /// </summary>
    public sealed class O2xMessages
    {
        private readonly object sync = new object();
        private readonly TextWriter output;
        private readonly TextWriter diagnostics;

        /// <summary>Messages to <paramref name="output"/>, diagnostics to <paramref name="diagnostics"/>.</summary>
        public O2xMessages(string transactionId, TextWriter output, TextWriter diagnostics)
        {
            TransactionId = transactionId;
            this.output = output;
            this.diagnostics = diagnostics;
        }

        /// <summary>The transaction id every message of this command carries.</summary>
        public string TransactionId { get; }

        /// <summary>A RESULT whose result is <paramref name="resultJson"/> (a JSON object, e.g. an O2X model).</summary>
        public void Result(string resultJson)
        {
            var sb = new StringBuilder(resultJson.Length + 80);
            sb.Append("{\"transactionId\":").Append(JsonSerializer.Serialize(TransactionId))
              .Append(",\"status\":\"RESULT\",\"result\":").Append(resultJson).Append('}');
            Write(output, sb.ToString());
        }

        /// <summary>A RESULT carrying the O2X event <paramref name="eventName"/> (<c>cantCharge</c>, <c>disconnected</c>).</summary>
        public void Event(string eventName) => Result(O2xJson.RenderEvent(eventName));

        /// <summary>A FAILED message with the SDK code and its label (placeholder filled with <paramref name="labelValue"/>).</summary>
        public void Failed(int code, string labelValue = null)
        {
            string text = "{\"transactionId\":" + JsonSerializer.Serialize(TransactionId)
                + ",\"status\":\"FAILED\",\"error\":{\"code\":\"" + code.ToString(System.Globalization.CultureInfo.InvariantCulture)
                + "\",\"label\":" + JsonSerializer.Serialize(MobileSdkErrors.Describe(code, labelValue)) + "}}";
            Write(output, text);
        }

        /// <summary>A line for the person at the terminal (not part of the SDK's output).</summary>
        public void Diagnostic(string line) => Write(diagnostics, "o2x: " + line);

        private void Write(TextWriter to, string line)
        {
            lock (sync)
            {
                to.WriteLine(line);
                to.Flush();
            }
        }
    }
}
