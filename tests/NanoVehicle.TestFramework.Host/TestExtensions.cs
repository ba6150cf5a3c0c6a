using System;

namespace nanoFramework.TestFramework
{
    /// <summary>Comparisons the nanoFramework runtime lacks (it has no LINQ).</summary>
    public static class TestExtensions
    {
        /// <summary>True when both arrays have the same length and equal elements in the same order.</summary>
        public static bool SequenceEqual(this Array a, Array b)
        {
            if (ReferenceEquals(a, b))
            {
                return true;
            }

            if (a == null || b == null || a.Length != b.Length)
            {
                return false;
            }

            for (int i = 0; i < a.Length; i++)
            {
                if (!Equals(a.GetValue(i), b.GetValue(i)))
                {
                    return false;
                }
            }

            return true;
        }
    }
}
