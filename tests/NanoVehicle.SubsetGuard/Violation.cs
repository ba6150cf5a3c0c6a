using System;

namespace NanoVehicle.SubsetGuard
{
    /// <summary>One construct outside the nanoFramework 1.x subset, or one project inconsistency, at a place in a file.</summary>
    public sealed class Violation
    {
        /// <summary>Creates a violation.</summary>
        public Violation(string path, int line, int column, string ruleId, string message)
        {
            Path = path ?? throw new ArgumentNullException(nameof(path));
            Line = line;
            Column = column;
            RuleId = ruleId ?? throw new ArgumentNullException(nameof(ruleId));
            Message = message ?? throw new ArgumentNullException(nameof(message));
        }

        /// <summary>The file, as the guard was given it (relative to the working directory when below it).</summary>
        public string Path { get; }

        /// <summary>1-based line.</summary>
        public int Line { get; }

        /// <summary>1-based column.</summary>
        public int Column { get; }

        /// <summary>The rule, one of <see cref="RuleIds"/>.</summary>
        public string RuleId { get; }

        /// <summary>What was found and what to use instead.</summary>
        public string Message { get; }

        /// <summary>The compiler-style line: <c>path(line,col): NFxxxx message</c>.</summary>
        public override string ToString() => $"{Path}({Line},{Column}): {RuleId} {Message}";
    }
}
