using nanoFramework.TestFramework;
using NanoVehicle.Core.O2x;

namespace NanoVehicle.Core.Tests.O2x
{
    [TestClass]
    public class O2xVinTests
    {
        [TestMethod]
        public static void AWellFormedVinIsItsAsciiBytes()
        {
            Assert.IsNull(O2xVin.Check("VR1AB12C3D4567890"));
            Assert.AreEqual("56 52 31 41 42 31 32 43 33 44 34 35 36 37 38 39 30",
                O2xHex.Text(O2xVin.ToBytes("VR1AB12C3D4567890")));
        }

        [TestMethod]
        public static void BytesReadBackAsTheVin()
        {
            byte[] bytes = O2xHex.Bytes("00 56 52 31 41 42 31 32 43 33 44 34 35 36 37 38 39 30");
            Assert.AreEqual("VR1AB12C3D4567890", O2xVin.FromBytes(bytes, 1, 17));
            Assert.IsNull(O2xVin.FromBytes(bytes, 0, 17));
            Assert.IsNull(O2xVin.FromBytes(bytes, 1, 16));
            Assert.IsNull(O2xVin.FromBytes(bytes, 2, 17));
            Assert.IsNull(O2xVin.FromBytes(null, 0, 17));
        }

        [TestMethod]
        public static void ANullVinIsMissing()
        {
            Assert.AreEqual("the VIN is missing", O2xVin.Check(null));
            Assert.IsNull(O2xVin.ToBytes(null));
        }

        // No DataRow(null, …): the nanoFramework metadata processor cannot store a null string in an attribute.
        [DataRow("", "missing")]
        [DataRow("VR1AB12C3D456789", "16 characters")]
        [DataRow("VR1AB12C3D45678901", "18 characters")]
        [DataRow("VR1AB12C3D456789O", "'O' at position 17")]
        [DataRow("IR1AB12C3D4567890", "'I' at position 1")]
        [DataRow("VR1AB12C3D45678Q0", "'Q' at position 16")]
        [DataRow("vr1ab12c3d4567890", "'v' at position 1")]
        public static void MalformedVinsAreRefusedSayingWhy(string vin, string expected)
        {
            Assert.Contains(expected, O2xVin.Check(vin));
            Assert.IsFalse(O2xVin.IsValid(vin));
            Assert.IsNull(O2xVin.ToBytes(vin));
        }
    }
}
