#if !NANOFRAMEWORK_1_0
// Host-only: the state file lives on the desktop's file system (the device stores its snapshot on I:\ in the firmware).
using System;
using System.IO;
using nanoFramework.TestFramework;
using NanoVehicle.Core.State;
using NanoVehicle.Core.Tests.Support;
using NanoVehicle.Host;

namespace NanoVehicle.Core.Tests.Host
{
    [TestClass]
    public class StateFileStoreTests
    {
        private static string NewFolder()
        {
            string folder = Path.Combine(Path.GetTempPath(), "nanovehicle-store-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(folder);
            return folder;
        }

        [TestMethod]
        public static void SaveThenLoadKeepsTheState()
        {
            string folder = NewFolder();
            try
            {
                var store = new StateFileStore(Path.Combine(folder, "sub", "car.json"));
                Vehicle car = Cars.E208("{\"odometer\":777.7,\"wakeUpsThisMonth\":3}");
                store.Save(car.State);
                Assert.AreEqual(1, Directory.GetFiles(Path.Combine(folder, "sub")).Length, "no temporary file left behind");
                var loaded = new VehicleState();
                StateLoad result = store.Load(loaded);
                Assert.AreEqual(StateLoad.Loaded, result.Result);
                Assert.AreEqual(777700L, loaded.OdometerMeters);
                Assert.AreEqual(3, loaded.WakeUpsThisMonth);
                Cars.Set(car, "{\"odometer\":800}");
                store.Save(car.State);
                store.Load(loaded);
                Assert.AreEqual(800000L, loaded.OdometerMeters, "a second save replaces the first");
            }
            finally
            {
                Directory.Delete(folder, true);
            }
        }

        [TestMethod]
        public static void AMissingFileIsNotAnError()
        {
            string folder = NewFolder();
            try
            {
                var state = new VehicleState();
                StateLoad result = new StateFileStore(Path.Combine(folder, "none.json")).Load(state);
                Assert.AreEqual(StateLoad.Missing, result.Result);
                Assert.IsNull(result.Message);
            }
            finally
            {
                Directory.Delete(folder, true);
            }
        }

        [TestMethod]
        public static void ACorruptFileIsReportedAndKeptAside()
        {
            string folder = NewFolder();
            try
            {
                string path = Path.Combine(folder, "car.json");
                File.WriteAllText(path, "{\"format\":\"nanovehicle-state\",\"version\":1,\"vin\":");
                var state = new VehicleState();
                StateLoad result = new StateFileStore(path).Load(state);
                Assert.AreEqual(StateLoad.Corrupt, result.Result);
                Assert.Contains("not valid JSON", result.Message);
                Assert.IsFalse(File.Exists(path), "moved aside");
                Assert.IsTrue(File.Exists(result.KeptAsidePath));
                Assert.StartsWith(path + ".corrupt-", result.KeptAsidePath);
                Assert.AreEqual(650, state.SocTenths, "state left at its defaults");
                Assert.AreEqual(StateLoad.Missing, new StateFileStore(path).Load(state).Result, "the next start begins afresh");
            }
            finally
            {
                Directory.Delete(folder, true);
            }
        }

        [TestMethod]
        public static void AFutureVersionIsRefusedToo()
        {
            string folder = NewFolder();
            try
            {
                string path = Path.Combine(folder, "car.json");
                File.WriteAllText(path, "{\"format\":\"nanovehicle-state\",\"version\":9}");
                StateLoad result = new StateFileStore(path).Load(new VehicleState());
                Assert.AreEqual(StateLoad.Corrupt, result.Result);
                Assert.Contains("version 9 is newer", result.Message);
            }
            finally
            {
                Directory.Delete(folder, true);
            }
        }
    }
}
#endif
