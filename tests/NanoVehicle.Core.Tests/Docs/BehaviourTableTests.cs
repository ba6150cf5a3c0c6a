using nanoFramework.TestFramework;

namespace NanoVehicle.Core.Tests.Docs
{
    [TestClass]
    public class BehaviourTableTests
    {
        [TestMethod]
        public static void TheTableCoversEveryVehicleCode()
        {
            string table = BehaviourTable.Generate();
            int[] codes = { 2325, 2326, 2329, 2330, 2331, 2332, 2333, 2334, 2335, 2336, 2337, 2338, 2339, 2357, 2358, 2359, 2360, 2361, 2362 };
            for (int i = 0; i < codes.Length; i++)
            {
                Assert.Contains("| FAILED " + codes[i].ToString() + " ", table, "a scenario row shows " + codes[i].ToString());
            }

            Assert.Contains("Pending/WakingUpVehicle", table);
            Assert.Contains("TooManyWakeUpsOverMonth", table);
            Assert.Contains("MissingRights", table);
        }

#if !NANOFRAMEWORK_1_0
        // Host-only: compares with (or rewrites) docs/behaviour.md in the repository.
        [TestMethod]
        public static void DocsBehaviourMdIsUpToDate()
        {
            string root = System.AppContext.BaseDirectory;
            while (root != null && !System.IO.File.Exists(System.IO.Path.Combine(root, "nanoVehicle.sln")))
            {
                root = System.IO.Path.GetDirectoryName(root);
            }

            Assert.IsNotNull(root, "repository root (nanoVehicle.sln) not found above the test binaries");
            string path = System.IO.Path.Combine(root, "docs", "behaviour.md");
            string generated = BehaviourTable.Generate();
            if (System.Environment.GetEnvironmentVariable("NANOVEHICLE_WRITE_DOCS") == "1")
            {
                System.IO.Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path));
                System.IO.File.WriteAllText(path, generated);
            }

            Assert.IsTrue(System.IO.File.Exists(path), "docs/behaviour.md is missing; run with NANOVEHICLE_WRITE_DOCS=1");
            Assert.AreEqual(generated, System.IO.File.ReadAllText(path).Replace("\r\n", "\n"),
                "docs/behaviour.md is out of date; regenerate with NANOVEHICLE_WRITE_DOCS=1 dotnet test tests/NanoVehicle.Core.Tests/NanoVehicle.Core.Tests.Host.csproj");
        }
#endif
    }
}
