namespace NanoVehicle.SubsetGuard
{
    /// <summary>Entry point.</summary>
    public static class Program
    {
        /// <summary>Checks the given folders.</summary>
        public static int Main(string[] args) => 0;
    }
}
