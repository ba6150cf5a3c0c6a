using System;

namespace NanoVehicle.Emulator
{
    /// <summary>The emulator could not start; the message says why and what to change.</summary>
    public sealed class EmulatorStartException : Exception
    {
        /// <summary>Creates the exception.</summary>
        public EmulatorStartException(string message, Exception inner = null) : base(message, inner)
        {
        }
    }
}
