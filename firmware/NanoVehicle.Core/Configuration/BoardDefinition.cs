using System;
using System.Collections;

namespace NanoVehicle.Core.Configuration
{
    /// <summary>
    /// A supported board as data: its chip, the nanoff firmware image it takes, the pins it gives to the car's
    /// signals (status LED, lights, horn, lock and charge indicators; plug, park brake and ignition switches) and
    /// the pins its own peripherals already use. Read from <c>boards/&lt;id&gt;/board.json</c>, by the firmware
    /// (which drives those pins) and by the emulator (which names them in its log).
    /// </summary>
    /// <remarks>
    /// Shape of the file:
    /// <code>
    /// {
    ///   "id": "esp32-devkitc", "name": "…", "chip": "esp32", "nanoffTarget": "ESP32_BLE_REV0",
    ///   "outputs":  { "statusLed": { "gpio": 18, "activeLow": false }, … all five output roles },
    ///   "inputs":   { "plugButton": { "gpio": 32, "activeLow": true, "pull": "up" }, … all three input roles },
    ///   "reserved": [ { "gpio": 21, "use": "I2C SDA to the PMU" }, … ]
    /// }
    /// </code>
    /// </remarks>
    public sealed class BoardDefinition
    {
        private BoardDefinition()
        {
        }

        /// <summary>Board id: the folder name under <c>boards/</c>, and the value of <c>board</c> in the configuration.</summary>
        public string Id { get; private set; }

        /// <summary>Human-readable board name.</summary>
        public string Name { get; private set; }

        /// <summary>Chip family (<see cref="BoardChip.Esp32"/> or <see cref="BoardChip.Esp32S3"/>).</summary>
        public string Chip { get; private set; }

        /// <summary>The nanoFramework firmware image to flash with <c>nanoff --update --target</c>.</summary>
        public string NanoffTarget { get; private set; }

        /// <summary>Every signal pin: the five outputs, then the three inputs, in <see cref="BoardPin.OutputRoles"/> and <see cref="BoardPin.InputRoles"/> order.</summary>
        public BoardPin[] Pins { get; private set; }

        /// <summary>GPIOs the board's own peripherals use; no signal may take them.</summary>
        public int[] ReservedGpios { get; private set; }

        /// <summary>What each entry of <see cref="ReservedGpios"/> is used for.</summary>
        public string[] ReservedUses { get; private set; }

        /// <summary>The status LED.</summary>
        public BoardPin StatusLed { get { return Pin(BoardPin.StatusLed); } }

        /// <summary>The lights LED.</summary>
        public BoardPin LightsLed { get { return Pin(BoardPin.LightsLed); } }

        /// <summary>The horn buzzer.</summary>
        public BoardPin HornBuzzer { get { return Pin(BoardPin.HornBuzzer); } }

        /// <summary>The lock indicator LED.</summary>
        public BoardPin LockIndicator { get { return Pin(BoardPin.LockIndicator); } }

        /// <summary>The charge indicator LED.</summary>
        public BoardPin ChargeIndicator { get { return Pin(BoardPin.ChargeIndicator); } }

        /// <summary>The plug switch.</summary>
        public BoardPin PlugButton { get { return Pin(BoardPin.PlugButton); } }

        /// <summary>The park brake switch.</summary>
        public BoardPin ParkBrakeButton { get { return Pin(BoardPin.ParkBrakeButton); } }

        /// <summary>The ignition switch.</summary>
        public BoardPin IgnitionButton { get { return Pin(BoardPin.IgnitionButton); } }

        /// <summary>The pin with <paramref name="role"/>, or null when the role is unknown.</summary>
        public BoardPin Pin(string role)
        {
            for (int i = 0; i < Pins.Length; i++)
            {
                if (Pins[i].Role == role)
                {
                    return Pins[i];
                }
            }

            return null;
        }

        /// <summary>True for a well-formed board id: 1–40 lower-case letters, digits and '-'.</summary>
        public static bool IsBoardId(string id)
        {
            if (id == null || id.Length == 0 || id.Length > 40)
            {
                return false;
            }

            for (int i = 0; i < id.Length; i++)
            {
                char c = id[i];
                if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>
        /// Reads and checks a parsed board file. Returns the board, or null when anything is wrong; then
        /// <paramref name="errors"/> holds one message per problem, naming the field. Checks that every role is
        /// present, that every GPIO exists and is safe on the chip, that no GPIO is used twice or taken from the
        /// board's reserved list, and that inputs without internal pulls declare an external one. Never throws.
        /// </summary>
        public static BoardDefinition Parse(object tree, ArrayList errors)
        {
            TreeReader read = new TreeReader(errors);
            Hashtable root = tree as Hashtable;
            if (root == null)
            {
                read.Fail("(file)", "must be a JSON object");
                return null;
            }

            BoardDefinition b = new BoardDefinition();
            b.Id = read.String(root, "id", "id", true);
            if (b.Id != null && !IsBoardId(b.Id))
            {
                read.Fail("id", "must be lower-case letters, digits and '-' (got \"" + b.Id + "\")");
            }

            b.Name = read.String(root, "name", "name", true);
            b.Chip = read.String(root, "chip", "chip", true);
            if (b.Chip != null && !BoardChip.IsKnown(b.Chip))
            {
                read.Fail("chip", "must be \"" + BoardChip.Esp32 + "\" or \"" + BoardChip.Esp32S3 + "\" (got \"" + b.Chip + "\")");
                b.Chip = null;
            }

            b.NanoffTarget = read.String(root, "nanoffTarget", "nanoffTarget", true);

            ArrayList reserved = read.Array(root, "reserved", "reserved", false);
            int reservedCount = reserved == null ? 0 : reserved.Count;
            b.ReservedGpios = new int[reservedCount];
            b.ReservedUses = new string[reservedCount];
            for (int i = 0; i < reservedCount; i++)
            {
                string field = "reserved[" + i.ToString() + "]";
                Hashtable entry = reserved[i] as Hashtable;
                if (entry == null)
                {
                    read.Fail(field, "must be an object with gpio and use");
                    b.ReservedGpios[i] = -1;
                    continue;
                }

                b.ReservedGpios[i] = read.Integer(entry, "gpio", field + ".gpio", true, -1, 0, 63);
                b.ReservedUses[i] = read.String(entry, "use", field + ".use", true);
            }

            int outputs = BoardPin.OutputRoles.Length;
            b.Pins = new BoardPin[outputs + BoardPin.InputRoles.Length];
            Hashtable outputTable = read.Object(root, "outputs", "outputs", true);
            Hashtable inputTable = read.Object(root, "inputs", "inputs", true);
            for (int i = 0; i < b.Pins.Length; i++)
            {
                bool output = i < outputs;
                string role = output ? BoardPin.OutputRoles[i] : BoardPin.InputRoles[i - outputs];
                b.Pins[i] = ReadPin(read, output ? outputTable : inputTable, output ? "outputs" : "inputs", role, output, b.Chip);
            }

            ReportUnknownRoles(read, outputTable, "outputs", BoardPin.OutputRoles);
            ReportUnknownRoles(read, inputTable, "inputs", BoardPin.InputRoles);
            CheckClashes(read, b);

            return read.Clean ? b : null;
        }

        private static BoardPin ReadPin(TreeReader read, Hashtable table, string group, string role, bool output, string chip)
        {
            string field = group + "." + role;
            Hashtable entry = table == null ? null : read.Object(table, role, field, true);
            if (entry == null)
            {
                return new BoardPin(role, -1, output, false, BoardPin.PullNone);
            }

            int gpio = read.Integer(entry, "gpio", field + ".gpio", true, -1, 0, 63);
            bool activeLow = read.Boolean(entry, "activeLow", field + ".activeLow", !output);
            string pull = BoardPin.PullNone;
            if (!output)
            {
                pull = read.String(entry, "pull", field + ".pull", false);
                if (pull == null)
                {
                    pull = activeLow ? BoardPin.PullUp : BoardPin.PullDown;
                }
                else if (pull != BoardPin.PullUp && pull != BoardPin.PullDown && pull != BoardPin.PullNone && pull != BoardPin.PullExternal)
                {
                    read.Fail(field + ".pull", "must be \"up\", \"down\", \"external\" or \"none\" (got \"" + pull + "\")");
                }
            }

            if (gpio >= 0 && chip != null)
            {
                string problem = BoardChip.Problem(chip, gpio, output);
                if (problem != null)
                {
                    read.Fail(field + ".gpio", problem);
                }
                else if (!output && BoardChip.IsInputOnly(chip, gpio) && (pull == BoardPin.PullUp || pull == BoardPin.PullDown))
                {
                    read.Fail(field + ".pull", "GPIO " + gpio.ToString() + " has no internal pull resistor; wire one and say \"external\"");
                }
            }

            return new BoardPin(role, gpio, output, activeLow, pull);
        }

        private static void ReportUnknownRoles(TreeReader read, Hashtable table, string group, string[] roles)
        {
            if (table == null)
            {
                return;
            }

            foreach (DictionaryEntry entry in table)
            {
                string key = entry.Key as string;
                bool known = false;
                for (int i = 0; i < roles.Length; i++)
                {
                    if (roles[i] == key)
                    {
                        known = true;
                    }
                }

                if (!known)
                {
                    read.Fail(group + "." + key, "is not a known " + group + " role");
                }
            }
        }

        private static void CheckClashes(TreeReader read, BoardDefinition b)
        {
            for (int i = 0; i < b.Pins.Length; i++)
            {
                int gpio = b.Pins[i].Gpio;
                if (gpio < 0)
                {
                    continue;
                }

                for (int j = 0; j < i; j++)
                {
                    if (b.Pins[j].Gpio == gpio)
                    {
                        read.Fail(b.Pins[i].Role, "uses GPIO " + gpio.ToString() + ", already taken by " + b.Pins[j].Role);
                    }
                }

                for (int r = 0; r < b.ReservedGpios.Length; r++)
                {
                    if (b.ReservedGpios[r] == gpio)
                    {
                        read.Fail(b.Pins[i].Role, "uses GPIO " + gpio.ToString() + ", which the board reserves for " + b.ReservedUses[r]);
                    }
                }
            }
        }
    }
}
