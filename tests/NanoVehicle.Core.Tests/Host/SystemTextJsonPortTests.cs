#if !NANOFRAMEWORK_1_0
// Host-only: the System.Text.Json port must hand the core the same tree shapes nanoFramework.Json does.
using System.Collections;
using System.Text.Json;
using nanoFramework.TestFramework;
using NanoVehicle.Host;

namespace NanoVehicle.Core.Tests.Host
{
    [TestClass]
    public class SystemTextJsonPortTests
    {
        [TestMethod]
        public static void TheTreeUsesHashtableArrayListAndPlainValues()
        {
            var tree = (Hashtable)SystemTextJsonPort.Instance.Parse("{\"i\":2,\"l\":5000000000,\"d\":2.5,\"s\":\"x\",\"b\":true,\"n\":null,\"a\":[1,{\"k\":\"v\"}]}");
            Assert.IsInstanceOfType(tree["i"], typeof(int));
            Assert.IsInstanceOfType(tree["l"], typeof(long));
            Assert.IsInstanceOfType(tree["d"], typeof(double));
            Assert.IsInstanceOfType(tree["s"], typeof(string));
            Assert.IsInstanceOfType(tree["b"], typeof(bool));
            Assert.IsTrue(tree.Contains("n"));
            Assert.IsNull(tree["n"]);
            var list = (ArrayList)tree["a"];
            Assert.IsInstanceOfType(list[1], typeof(Hashtable));
        }

        [TestMethod]
        public static void BadJsonThrowsForTheCoreToReport()
        {
            Assert.ThrowsException(typeof(JsonException), () => SystemTextJsonPort.Instance.Parse("{\"a\":"));
            Assert.ThrowsException(typeof(JsonException), () => SystemTextJsonPort.Instance.Parse("{} {}"));
            Assert.ThrowsException(typeof(JsonException), () => SystemTextJsonPort.Instance.Parse(""));
            Assert.ThrowsException(typeof(JsonException), () => SystemTextJsonPort.Instance.Parse((string)null));
            string deep = new string('[', 100) + new string(']', 100);
            Assert.ThrowsException(typeof(JsonException), () => SystemTextJsonPort.Instance.Parse(deep));
        }
    }
}
#endif
