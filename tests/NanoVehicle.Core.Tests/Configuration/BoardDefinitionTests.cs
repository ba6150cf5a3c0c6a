using System.Collections;
using nanoFramework.TestFramework;
using NanoVehicle.Core.Configuration;

namespace NanoVehicle.Core.Tests.Configuration
{
    [TestClass]
    public class BoardDefinitionTests
    {
        private static Hashtable Pin(int gpio, bool activeLow)
        {
            Hashtable pin = new Hashtable();
            pin["gpio"] = gpio;
            pin["activeLow"] = activeLow;
            return pin;
        }

        private static Hashtable Input(int gpio, string pull)
        {
            Hashtable pin = Pin(gpio, true);
            pin["pull"] = pull;
            return pin;
        }

        /// <summary>A valid ESP32 board tree as the JSON port would return it.</summary>
        private static Hashtable Valid()
        {
            Hashtable outputs = new Hashtable();
            outputs["statusLed"] = Pin(18, false);
            outputs["lightsLed"] = Pin(19, false);
            outputs["hornBuzzer"] = Pin(25, false);
            outputs["lockIndicator"] = Pin(26, false);
            outputs["chargeIndicator"] = Pin(27, true);
            Hashtable inputs = new Hashtable();
            inputs["plugButton"] = Input(32, "up");
            inputs["parkBrakeButton"] = Input(33, "up");
            inputs["ignitionButton"] = Input(36, "external");
            Hashtable reserved = new Hashtable();
            reserved["gpio"] = 21;
            reserved["use"] = "the PMU's I2C data";
            ArrayList reservedList = new ArrayList();
            reservedList.Add(reserved);
            Hashtable root = new Hashtable();
            root["id"] = "test-board";
            root["name"] = "A test board";
            root["chip"] = "esp32";
            root["nanoffTarget"] = "ESP32_BLE_REV0";
            root["outputs"] = outputs;
            root["inputs"] = inputs;
            root["reserved"] = reservedList;
            return root;
        }

        private static Hashtable Group(Hashtable root, string name)
        {
            return (Hashtable)root[name];
        }

        private static string ParseFails(Hashtable root)
        {
            ArrayList errors = new ArrayList();
            Assert.IsNull(BoardDefinition.Parse(root, errors));
            Assert.IsTrue(errors.Count > 0);
            return DeviceConfiguration.Describe(errors);
        }

        [TestMethod]
        public static void ReadsAValidBoard()
        {
            ArrayList errors = new ArrayList();
            BoardDefinition board = BoardDefinition.Parse(Valid(), errors);

            Assert.IsNotNull(board, DeviceConfiguration.Describe(errors));
            Assert.AreEqual("test-board", board.Id);
            Assert.AreEqual("A test board", board.Name);
            Assert.AreEqual("esp32", board.Chip);
            Assert.AreEqual("ESP32_BLE_REV0", board.NanoffTarget);
            Assert.AreEqual(8, board.Pins.Length);
            Assert.AreEqual(18, board.StatusLed.Gpio);
            Assert.AreEqual(19, board.LightsLed.Gpio);
            Assert.AreEqual(25, board.HornBuzzer.Gpio);
            Assert.AreEqual(26, board.LockIndicator.Gpio);
            Assert.AreEqual(27, board.ChargeIndicator.Gpio);
            Assert.AreEqual(32, board.PlugButton.Gpio);
            Assert.AreEqual(33, board.ParkBrakeButton.Gpio);
            Assert.AreEqual(36, board.IgnitionButton.Gpio);
            Assert.AreEqual(1, board.ReservedGpios.Length);
            Assert.AreEqual(21, board.ReservedGpios[0]);
            Assert.AreEqual("the PMU's I2C data", board.ReservedUses[0]);
            Assert.IsNull(board.Pin("wiper"));
        }

        [TestMethod]
        public static void PinsListOutputsThenInputsInRoleOrder()
        {
            BoardDefinition board = BoardDefinition.Parse(Valid(), new ArrayList());
            for (int i = 0; i < BoardPin.OutputRoles.Length; i++)
            {
                Assert.AreEqual(BoardPin.OutputRoles[i], board.Pins[i].Role);
                Assert.IsTrue(board.Pins[i].IsOutput);
            }

            for (int i = 0; i < BoardPin.InputRoles.Length; i++)
            {
                BoardPin pin = board.Pins[BoardPin.OutputRoles.Length + i];
                Assert.AreEqual(BoardPin.InputRoles[i], pin.Role);
                Assert.IsFalse(pin.IsOutput);
            }
        }

        [TestMethod]
        public static void ActiveLowInvertsTheLevels()
        {
            BoardDefinition board = BoardDefinition.Parse(Valid(), new ArrayList());
            Assert.IsTrue(board.LightsLed.LevelFor(true));
            Assert.IsFalse(board.LightsLed.LevelFor(false));
            Assert.IsFalse(board.ChargeIndicator.LevelFor(true));
            Assert.IsTrue(board.ChargeIndicator.LevelFor(false));
            Assert.IsTrue(board.PlugButton.IsOnAt(false));
            Assert.IsFalse(board.PlugButton.IsOnAt(true));
        }

        [TestMethod]
        public static void InputsDefaultToActiveLowWithPullUp()
        {
            Hashtable root = Valid();
            Hashtable plug = new Hashtable();
            plug["gpio"] = 32;
            Group(root, "inputs")["plugButton"] = plug;

            BoardDefinition board = BoardDefinition.Parse(root, new ArrayList());

            Assert.IsNotNull(board);
            Assert.IsTrue(board.PlugButton.ActiveLow);
            Assert.AreEqual(BoardPin.PullUp, board.PlugButton.Pull);
            Assert.IsFalse(board.StatusLed.ActiveLow);
        }

        [TestMethod]
        public static void DescribesAPinForLogs()
        {
            BoardDefinition board = BoardDefinition.Parse(Valid(), new ArrayList());
            Assert.AreEqual("lightsLed on GPIO 19 (output, active high)", board.LightsLed.ToString());
            Assert.AreEqual("plugButton on GPIO 32 (input, active low, pull up)", board.PlugButton.ToString());
        }

        [TestMethod]
        public static void AMissingRoleIsNamed()
        {
            Hashtable root = Valid();
            Group(root, "outputs").Remove("hornBuzzer");
            Assert.Contains("outputs.hornBuzzer: is missing", ParseFails(root));
        }

        [TestMethod]
        public static void AnUnknownRoleIsNamed()
        {
            Hashtable root = Valid();
            Group(root, "inputs")["wiperButton"] = Input(4, "up");
            Assert.Contains("inputs.wiperButton: is not a known inputs role", ParseFails(root));
        }

        [TestMethod]
        public static void AGpioUsedTwiceIsRefusedNamingBothRoles()
        {
            Hashtable root = Valid();
            Group(root, "inputs")["plugButton"] = Input(19, "up");
            Assert.Contains("plugButton: uses GPIO 19, already taken by lightsLed", ParseFails(root));
        }

        [TestMethod]
        public static void AGpioTheBoardReservesIsRefused()
        {
            Hashtable root = Valid();
            Group(root, "outputs")["lightsLed"] = Pin(21, false);
            Assert.Contains("lightsLed: uses GPIO 21, which the board reserves for the PMU's I2C data", ParseFails(root));
        }

        [TestMethod]
        public static void AnInputOnlyGpioCannotDriveAnOutput()
        {
            Hashtable root = Valid();
            Group(root, "outputs")["hornBuzzer"] = Pin(34, false);
            Assert.Contains("outputs.hornBuzzer.gpio: GPIO 34 is input-only on esp32", ParseFails(root));
        }

        [TestMethod]
        public static void AnInputOnlyGpioNeedsAnExternalPull()
        {
            Hashtable root = Valid();
            Group(root, "inputs")["ignitionButton"] = Input(36, "up");
            Assert.Contains("inputs.ignitionButton.pull: GPIO 36 has no internal pull resistor", ParseFails(root));
        }

        [TestMethod]
        public static void AnUnknownPullIsNamed()
        {
            Hashtable root = Valid();
            Group(root, "inputs")["plugButton"] = Input(32, "sideways");
            Assert.Contains("inputs.plugButton.pull: must be \"up\", \"down\", \"external\" or \"none\"", ParseFails(root));
        }

        [TestMethod]
        public static void AnUnknownChipIsNamed()
        {
            Hashtable root = Valid();
            root["chip"] = "esp8266";
            Assert.Contains("chip: must be \"esp32\" or \"esp32s3\" (got \"esp8266\")", ParseFails(root));
        }

        [TestMethod]
        public static void AGpioOutOfRangeIsNamed()
        {
            Hashtable root = Valid();
            Group(root, "outputs")["lightsLed"] = Pin(64, false);
            Assert.Contains("outputs.lightsLed.gpio: must be between 0 and 63 (got 64)", ParseFails(root));
        }

        [TestMethod]
        public static void AReservedEntryThatIsNotAnObjectIsNamed()
        {
            Hashtable root = Valid();
            ((ArrayList)root["reserved"]).Add(5);
            Assert.Contains("reserved[1]: must be an object with gpio and use", ParseFails(root));
        }

        [DataRow("esp32", 18, true, true)]
        [DataRow("esp32", 33, true, true)]
        [DataRow("esp32", 36, false, true)]
        [DataRow("esp32", 36, true, false)]
        [DataRow("esp32", 6, false, false)]
        [DataRow("esp32", 11, false, false)]
        [DataRow("esp32", 16, true, false)]
        [DataRow("esp32", 0, true, false)]
        [DataRow("esp32", 2, true, false)]
        [DataRow("esp32", 12, true, false)]
        [DataRow("esp32", 1, true, false)]
        [DataRow("esp32", 20, true, false)]
        [DataRow("esp32", 40, false, false)]
        [DataRow("esp32s3", 4, true, true)]
        [DataRow("esp32s3", 18, false, true)]
        [DataRow("esp32s3", 47, true, true)]
        [DataRow("esp32s3", 19, true, false)]
        [DataRow("esp32s3", 22, true, false)]
        [DataRow("esp32s3", 27, true, false)]
        [DataRow("esp32s3", 35, true, false)]
        [DataRow("esp32s3", 46, false, false)]
        [DataRow("esp32s3", 43, true, false)]
        [DataRow("esp32s3", 49, false, false)]
        public static void ChipRulesKeepSignalsOffUnsafePins(string chip, int gpio, bool output, bool allowed)
        {
            Assert.AreEqual(allowed, BoardChip.Problem(chip, gpio, output) == null);
        }
    }
}
