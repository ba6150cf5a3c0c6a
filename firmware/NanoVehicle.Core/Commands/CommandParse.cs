namespace NanoVehicle.Core.Commands
{
    /// <summary>
    /// What a command reader made of its input: the <see cref="Command"/>, or the SDK input error (2101 missing /
    /// 2102 invalid) with the name of the parameter at fault, as the caller wrote it (dotted for nested members).
    /// </summary>
    public sealed class CommandParse
    {
        private CommandParse(Command command, int family, int errorCode, string parameter)
        {
            Command = command;
            Family = family;
            ErrorCode = errorCode;
            Parameter = parameter;
        }

        /// <summary>The command, or null on error.</summary>
        public Command Command { get; }
        /// <summary>The family the input addressed (-1 when even that is unknown).</summary>
        public int Family { get; }
        /// <summary>0 on success, else 2101 or 2102.</summary>
        public int ErrorCode { get; }
        /// <summary>The parameter at fault, or null.</summary>
        public string Parameter { get; }
        /// <summary>True when a command was read.</summary>
        public bool Ok
        {
            get { return Command != null; }
        }

        /// <summary>A successful read.</summary>
        public static CommandParse Of(Command command)
        {
            return new CommandParse(command, command.Family, 0, null);
        }

        /// <summary>A missing parameter (2101).</summary>
        public static CommandParse Missing(int family, string parameter)
        {
            return new CommandParse(null, family, Codes.MobileSdkErrors.MissingParameter, parameter);
        }

        /// <summary>An invalid parameter (2102).</summary>
        public static CommandParse Invalid(int family, string parameter)
        {
            return new CommandParse(null, family, Codes.MobileSdkErrors.InvalidParameter, parameter);
        }

        /// <summary>Missing or invalid according to a <see cref="Json.JsonValues"/> read status.</summary>
        public static CommandParse Failed(int family, int readStatus, string parameter)
        {
            return readStatus == Json.JsonValues.Missing ? Missing(family, parameter) : Invalid(family, parameter);
        }
    }
}
