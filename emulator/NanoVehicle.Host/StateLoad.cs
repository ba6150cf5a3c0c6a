namespace NanoVehicle.Host
{
    /// <summary>The result of <see cref="StateFileStore.Load"/>.</summary>
    public sealed class StateLoad
    {
        /// <summary>The state was read.</summary>
        public const int Loaded = 0;
        /// <summary>There is no state file yet.</summary>
        public const int Missing = 1;
        /// <summary>The file was corrupt and has been moved aside.</summary>
        public const int Corrupt = 2;
        /// <summary>The file exists but could not be read (permissions, I/O).</summary>
        public const int Unreadable = 3;

        /// <summary>Creates a result.</summary>
        public StateLoad(int result, string message, string keptAside)
        {
            Result = result;
            Message = message;
            KeptAsidePath = keptAside;
        }

        /// <summary>One of the constants above.</summary>
        public int Result { get; }
        /// <summary>What went wrong, for the log; null when loaded or missing.</summary>
        public string Message { get; }
        /// <summary>Where a corrupt file was moved, or null.</summary>
        public string KeptAsidePath { get; }
    }
}
