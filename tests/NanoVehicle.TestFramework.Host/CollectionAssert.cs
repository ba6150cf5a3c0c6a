using System.Collections;

namespace nanoFramework.TestFramework
{
    /// <summary>Assertions on collections.</summary>
    public sealed class CollectionAssert
    {
        private CollectionAssert()
        {
        }

        /// <summary>Fails unless the collection is empty.</summary>
        public static void Empty(ICollection collection, string message = "")
        {
            if (collection == null || collection.Count != 0)
            {
                Assert.Fail("CollectionAssert.Empty", $"Expected an empty collection, got {Count(collection)} items.", message);
            }
        }

        /// <summary>Fails when the collection is empty.</summary>
        public static void NotEmpty(ICollection collection, string message = "")
        {
            if (collection == null || collection.Count == 0)
            {
                Assert.Fail("CollectionAssert.NotEmpty", "Expected a collection with items.", message);
            }
        }

        /// <summary>Fails unless both collections hold equal items in the same order.</summary>
        public static void AreEqual(ICollection expected, ICollection actual, string message = "")
        {
            string difference = FindDifference(expected, actual);
            if (difference != null)
            {
                Assert.Fail("CollectionAssert.AreEqual", difference, message);
            }
        }

        /// <summary>Fails when both collections hold equal items in the same order.</summary>
        public static void AreNotEqual(ICollection notExpected, ICollection actual, string message = "")
        {
            if (FindDifference(notExpected, actual) == null)
            {
                Assert.Fail("CollectionAssert.AreNotEqual", "Both collections hold the same items.", message);
            }
        }

        private static string Count(ICollection collection) => collection == null ? "(null)" : collection.Count.ToString();

        private static string FindDifference(ICollection expected, ICollection actual)
        {
            if (ReferenceEquals(expected, actual))
            {
                return null;
            }

            if (expected == null || actual == null)
            {
                return "One of the collections is null.";
            }

            if (expected.Count != actual.Count)
            {
                return $"Expected {expected.Count} items, got {actual.Count}.";
            }

            IEnumerator left = expected.GetEnumerator();
            IEnumerator right = actual.GetEnumerator();
            int index = 0;
            while (left.MoveNext() && right.MoveNext())
            {
                if (!Equals(left.Current, right.Current))
                {
                    return $"Item {index} differs. Expected:<{Assert.Show(left.Current)}>. Actual:<{Assert.Show(right.Current)}>.";
                }

                index++;
            }

            return null;
        }
    }
}
