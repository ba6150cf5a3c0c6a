using System;
using System.Linq;
using System.Text.Json.Nodes;

namespace NanoVehicle.Emulator.Tests.Infrastructure
{
    /// <summary>What one run of the CLI printed and returned.</summary>
    public sealed class CliRun
    {
        /// <summary>Creates the record.</summary>
        public CliRun(int code, string output, string error)
        {
            Code = code;
            Output = output;
            Error = error;
        }

        /// <summary>Exit code.</summary>
        public int Code { get; }
        /// <summary>Standard output.</summary>
        public string Output { get; }
        /// <summary>Standard error.</summary>
        public string Error { get; }

        /// <summary>Output lines.</summary>
        public string[] Lines => Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

        /// <summary>The last line as JSON (the SDK report).</summary>
        public JsonObject Report => JsonNode.Parse(Lines.Last()).AsObject();

        /// <summary>The SDK status of the report.</summary>
        public string Status => (string)Report["status"];

        /// <summary>The SDK error code of the report, or null.</summary>
        public string ErrorCode => (string)Report["error"]?["code"];

        /// <summary>The process codes printed as progress lines.</summary>
        public string[] Progress => Lines.Where(l => l.StartsWith("progress ", StringComparison.Ordinal)).Select(l => l.Split(' ')[1]).ToArray();

        /// <inheritdoc />
        public override string ToString() => $"exit {Code}\n{Output}\n{Error}";
    }
}
