using nanoFramework.TestFramework;
using NanoVehicle.Core.O2x;

namespace NanoVehicle.Core.Tests.O2x
{
    [TestClass]
    public class O2xStatusFrameTests
    {
        // Golden vectors written out by hand from the layout in docs/o2x-ble.md, not produced by the encoder.
        // A charging AMI: 42.5 % (85 half steps = 0x55), 63 km left, charge starts in 90 min, 12 345 km
        // (0x003039), park brake and battery charge alerts now (0x01 | 0x08), turtle mode before (0x80).
        private const string ChargingFrame = "01 03 03 11 02 00 55 3F 00 5A 00 39 30 00 09 80";

        // Every field at its largest value.
        private const string MaximumFrame = "01 03 07 28 03 02 C8 FF FF FF FF FF FF FF FF FF";

        // A new O2xStatus: unknown everywhere (status 0, systemState 7, batteryState 40, rnd 0, park brake 2).
        private const string UnknownFrame = "01 00 07 28 00 02 00 00 00 00 00 00 00 00 00 00";

        private static O2xStatus ChargingStatus()
        {
            O2xStatus status = new O2xStatus();
            status.Status = O2xVehicleStatus.Charging;
            status.SystemState = O2xSystemState.Charging;
            status.BatteryState = O2xBatteryState.ChargeCharging;
            status.Gear = O2xGear.Neutral;
            status.ParkBrake = O2xParkBrake.Activated;
            status.BatterySocHalfPercent = 85;
            status.RemainingAutonomyKm = 63;
            status.ChargeDelayMinutes = 90;
            status.TotalOdometerKm = 12345;
            status.CurrentAlerts = O2xAlerts.ParkingBrake | O2xAlerts.BatteryCharge;
            status.PreviousAlerts = O2xAlerts.TurtleMode;
            return status;
        }

        private static O2xStatus MaximumStatus()
        {
            O2xStatus status = new O2xStatus();
            status.Status = O2xVehicleStatus.Charging;
            status.SystemState = O2xSystemState.Unknown;
            status.BatteryState = O2xBatteryState.Unknown;
            status.Gear = O2xGear.Drive;
            status.ParkBrake = O2xParkBrake.Unknown;
            status.BatterySocHalfPercent = 200;
            status.RemainingAutonomyKm = 65535;
            status.ChargeDelayMinutes = 65535;
            status.TotalOdometerKm = 16777215;
            status.CurrentAlerts = (O2xAlerts)0xFF;
            status.PreviousAlerts = (O2xAlerts)0xFF;
            return status;
        }

        [TestMethod]
        public static void EncodesTheChargingGoldenVector()
        {
            O2xFrameResult result = O2xStatusFrame.Encode(ChargingStatus());
            Assert.IsTrue(result.Succeeded, result.Error);
            Assert.AreEqual(ChargingFrame, O2xHex.Text(result.Frame));
        }

        [TestMethod]
        public static void EncodesTheMaximumGoldenVector()
        {
            Assert.AreEqual(MaximumFrame, O2xHex.Text(O2xStatusFrame.Encode(MaximumStatus()).Frame));
        }

        [TestMethod]
        public static void EncodesANewStatusAsUnknownEverywhere()
        {
            Assert.AreEqual(UnknownFrame, O2xHex.Text(O2xStatusFrame.Encode(new O2xStatus()).Frame));
        }

        [TestMethod]
        public static void DecodesTheChargingGoldenVectorFieldByField()
        {
            O2xFrameResult result = O2xStatusFrame.Decode(O2xHex.Bytes(ChargingFrame));
            Assert.IsTrue(result.Succeeded, result.Error);
            O2xStatus status = result.Status;
            Assert.AreEqual((int)O2xVehicleStatus.Charging, (int)status.Status);
            Assert.AreEqual((int)O2xSystemState.Charging, (int)status.SystemState);
            Assert.AreEqual("chargecharging", O2xNames.Of(status.BatteryState));
            Assert.AreEqual((int)O2xGear.Neutral, (int)status.Gear);
            Assert.AreEqual((int)O2xParkBrake.Activated, (int)status.ParkBrake);
            Assert.AreEqual(85, status.BatterySocHalfPercent);
            Assert.AreEqual(63, status.RemainingAutonomyKm);
            Assert.AreEqual(90, status.ChargeDelayMinutes);
            Assert.AreEqual(12345, status.TotalOdometerKm);
            Assert.AreEqual(0x09, (int)status.CurrentAlerts);
            Assert.AreEqual(0x80, (int)status.PreviousAlerts);
            Assert.AreEqual(ChargingFrame, O2xHex.Text(result.Frame));
        }

        [TestMethod]
        public static void DecodesTheMaximumGoldenVector()
        {
            O2xFrameResult result = O2xStatusFrame.Decode(O2xHex.Bytes(MaximumFrame));
            Assert.IsTrue(result.Succeeded, result.Error);
            Assert.IsTrue(MaximumStatus().SameAs(result.Status));
            Assert.AreEqual(16777215, result.Status.TotalOdometerKm);
            Assert.AreEqual(65535, result.Status.RemainingAutonomyKm);
        }

        [TestMethod]
        public static void EveryEnumerationValueSurvivesARoundTrip()
        {
            for (int battery = 0; battery < O2xNames.BatteryStates.Length; battery++)
            {
                O2xStatus status = ChargingStatus();
                status.BatteryState = (O2xBatteryState)battery;
                status.SystemState = (O2xSystemState)(battery % O2xNames.SystemStates.Length);
                status.Status = (O2xVehicleStatus)(battery % O2xNames.Statuses.Length);
                status.Gear = (O2xGear)((battery + 1) % O2xNames.Gears.Length);
                status.ParkBrake = (O2xParkBrake)(battery % O2xNames.ParkBrakes.Length);
                status.CurrentAlerts = (O2xAlerts)(1 << (battery % 8));
                status.PreviousAlerts = (O2xAlerts)(0xFF >> (battery % 8));
                O2xFrameResult encoded = O2xStatusFrame.Encode(status);
                O2xFrameResult decoded = O2xStatusFrame.Decode(encoded.Frame);
                Assert.IsTrue(decoded.Succeeded, decoded.Error);
                Assert.IsTrue(status.SameAs(decoded.Status), "battery state " + battery.ToString());
            }
        }

        [DataRow(0, 0, 0, 0)]
        [DataRow(1, 1, 1, 1)]
        [DataRow(199, 255, 256, 65536)]
        [DataRow(200, 65535, 65535, 16777215)]
        [DataRow(117, 4660, 1440, 1193046)]
        public static void NumbersSurviveARoundTrip(int socHalves, int autonomy, int delay, int odometer)
        {
            O2xStatus status = ChargingStatus();
            status.BatterySocHalfPercent = socHalves;
            status.RemainingAutonomyKm = autonomy;
            status.ChargeDelayMinutes = delay;
            status.TotalOdometerKm = odometer;
            O2xFrameResult decoded = O2xStatusFrame.Decode(O2xStatusFrame.Encode(status).Frame);
            Assert.IsTrue(decoded.Succeeded, decoded.Error);
            Assert.AreEqual(socHalves, decoded.Status.BatterySocHalfPercent);
            Assert.AreEqual(autonomy, decoded.Status.RemainingAutonomyKm);
            Assert.AreEqual(delay, decoded.Status.ChargeDelayMinutes);
            Assert.AreEqual(odometer, decoded.Status.TotalOdometerKm);
        }

        [TestMethod]
        public static void MultiByteNumbersAreLittleEndian()
        {
            O2xStatus status = new O2xStatus();
            status.RemainingAutonomyKm = 0x1234;
            status.ChargeDelayMinutes = 0x0102;
            status.TotalOdometerKm = 0x123456;
            Assert.AreEqual("01 00 07 28 00 02 00 34 12 02 01 56 34 12 00 00",
                O2xHex.Text(O2xStatusFrame.Encode(status).Frame));
        }

        [DataRow(201, 0, 0, 0, "batterySoc")]
        [DataRow(-1, 0, 0, 0, "batterySoc")]
        [DataRow(0, 65536, 0, 0, "remainingAutonomy")]
        [DataRow(0, -5, 0, 0, "remainingAutonomy")]
        [DataRow(0, 0, 65536, 0, "chargeDelay")]
        [DataRow(0, 0, 0, 16777216, "totalOdometer")]
        public static void TheEncoderRefusesNumbersOutsideTheirFieldNamingIt(int soc, int autonomy, int delay, int odometer,
            string field)
        {
            O2xStatus status = new O2xStatus();
            status.BatterySocHalfPercent = soc;
            status.RemainingAutonomyKm = autonomy;
            status.ChargeDelayMinutes = delay;
            status.TotalOdometerKm = odometer;
            O2xFrameResult result = O2xStatusFrame.Encode(status);
            Assert.IsFalse(result.Succeeded);
            Assert.IsNull(result.Frame);
            Assert.Contains(field, result.Error);
        }

        [TestMethod]
        public static void TheEncoderRefusesUndefinedEnumerationValues()
        {
            O2xStatus status = new O2xStatus();
            status.BatteryState = (O2xBatteryState)41;
            Assert.Contains("batteryState is 41", O2xStatusFrame.Encode(status).Error);
            status = new O2xStatus();
            status.Status = (O2xVehicleStatus)4;
            Assert.Contains("status is 4", O2xStatusFrame.Encode(status).Error);
            Assert.Contains("no O2X status", O2xStatusFrame.Encode(null).Error);
        }

        [TestMethod]
        public static void EncodingKeepsACopyOfTheStatus()
        {
            O2xStatus status = ChargingStatus();
            O2xFrameResult result = O2xStatusFrame.Encode(status);
            status.BatterySocHalfPercent = 3;
            Assert.AreEqual(85, result.Status.BatterySocHalfPercent);
        }

        [DataRow("", "empty")]
        [DataRow("02 03 03 11 02 00 55 3F 00 5A 00 39 30 00 09 80", "version 2")]
        [DataRow("00", "version 0")]
        [DataRow("01 03 03 11 02 00 55 3F 00 5A 00 39 30 00 09", "got 15")]
        [DataRow("01 03 03 11 02 00 55 3F 00 5A 00 39 30 00 09 80 00", "got 17")]
        [DataRow("01", "got 1")]
        [DataRow("01 04 03 11 02 00 55 3F 00 5A 00 39 30 00 09 80", "status is 4")]
        [DataRow("01 03 08 11 02 00 55 3F 00 5A 00 39 30 00 09 80", "systemState is 8")]
        [DataRow("01 03 03 29 02 00 55 3F 00 5A 00 39 30 00 09 80", "batteryState is 41")]
        [DataRow("01 03 03 11 04 00 55 3F 00 5A 00 39 30 00 09 80", "rnd is 4")]
        [DataRow("01 03 03 11 02 03 55 3F 00 5A 00 39 30 00 09 80", "parkBrakeStatus is 3")]
        [DataRow("01 03 03 11 02 00 C9 3F 00 5A 00 39 30 00 09 80", "batterySoc (half-percent steps) is 201")]
        public static void TheDecoderRefusesBadFramesNamingTheProblem(string hex, string expected)
        {
            O2xFrameResult result = O2xStatusFrame.Decode(O2xHex.Bytes(hex));
            Assert.IsFalse(result.Succeeded);
            Assert.IsNull(result.Status);
            Assert.Contains(expected, result.Error);
        }

        [TestMethod]
        public static void TheDecoderRefusesNullAndBoundsOutsideTheBuffer()
        {
            Assert.Contains("null", O2xStatusFrame.Decode(null).Error);
            Assert.Contains("null", O2xStatusFrame.Decode(null, 0, 16).Error);
            byte[] buffer = O2xHex.Bytes(ChargingFrame);
            Assert.Contains("do not fit", O2xStatusFrame.Decode(buffer, 1, 16).Error);
            Assert.Contains("do not fit", O2xStatusFrame.Decode(buffer, -1, 2).Error);
            Assert.Contains("do not fit", O2xStatusFrame.Decode(buffer, 0, -1).Error);
            Assert.Contains("do not fit", O2xStatusFrame.Decode(buffer, 17, 0).Error);
        }

        [TestMethod]
        public static void TheDecoderReadsAFrameInsideALargerBuffer()
        {
            byte[] frame = O2xHex.Bytes("EE EE " + ChargingFrame + " EE");
            O2xFrameResult result = O2xStatusFrame.Decode(frame, 2, 16);
            Assert.IsTrue(result.Succeeded, result.Error);
            Assert.IsTrue(ChargingStatus().SameAs(result.Status));
            Assert.AreEqual(ChargingFrame, O2xHex.Text(result.Frame));
        }

        [TestMethod]
        public static void EveryTruncationOfAGoodFrameIsRefusedWithoutThrowing()
        {
            byte[] frame = O2xHex.Bytes(ChargingFrame);
            for (int count = 0; count < frame.Length; count++)
            {
                O2xFrameResult result = O2xStatusFrame.Decode(frame, 0, count);
                Assert.IsFalse(result.Succeeded, "length " + count.ToString());
                Assert.IsNotNull(result.Error);
            }
        }

        [TestMethod]
        public static void EveryByteValueInEveryPositionDecodesOrIsRefusedWithoutThrowing()
        {
            byte[] good = O2xHex.Bytes(ChargingFrame);
            int accepted = 0;
            int refused = 0;
            for (int position = 0; position < good.Length; position++)
            {
                for (int value = 0; value < 256; value++)
                {
                    byte[] frame = O2xHex.Bytes(ChargingFrame);
                    frame[position] = (byte)value;
                    O2xFrameResult result = O2xStatusFrame.Decode(frame);
                    if (result.Succeeded)
                    {
                        accepted++;
                        // What is accepted re-encodes to the very same bytes.
                        Assert.AreEqual(O2xHex.Text(frame), O2xHex.Text(O2xStatusFrame.Encode(result.Status).Frame));
                    }
                    else
                    {
                        refused++;
                        Assert.IsNotNull(result.Error);
                    }
                }
            }

            // Refused: 255 versions, 252 statuses, 248 system states, 215 battery states, 252 gears, 253 park
            // brakes, 55 SoC values; every other position takes all 256 values.
            Assert.AreEqual(255 + 252 + 248 + 215 + 252 + 253 + 55, refused);
            Assert.AreEqual(16 * 256 - refused, accepted);
        }
    }
}
