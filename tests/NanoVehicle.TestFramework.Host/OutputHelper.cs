namespace nanoFramework.TestFramework
{
    /// <summary>Writes test output; on the host it goes to the console of the test run.</summary>
    public static class OutputHelper
    {
        /// <summary>Writes text without a line break.</summary>
        public static void Write(string message) => System.Console.Write(message);

        /// <summary>Writes a line.</summary>
        public static void WriteLine(string message) => System.Console.WriteLine(message);
    }
}
