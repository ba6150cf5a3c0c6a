using System;
using System.Device.Gpio;
using System.Threading;
using nanoFramework.Runtime.Native;
using NanoVehicle.Core.Configuration;
using NanoVehicle.Core.Ports;
using NanoVehicle.Firmware.Hardware;
using NanoVehicle.Firmware.Json;
using NanoVehicle.Firmware.Settings;
using NanoVehicle.Firmware.Storage;

namespace NanoVehicle.Firmware
{
    /// <summary>The ESP32 application.</summary>
    public class Program
    {
        /// <summary>How often a device without a usable configuration looks for a corrected file.</summary>
        private const int ConfigurationRetryMilliseconds = 10000;

        /// <summary>
        /// Entry point on the device: loads the configuration and the board (waiting, blinking and re-reading the
        /// file while either is missing or wrong, instead of rebooting), then runs the telematics unit for good.
        /// </summary>
        public static void Main()
        {
            Console.WriteLine("nanoVehicle firmware " + typeof(Program).Assembly.GetName().Version.ToString() + " on " + SystemInfo.TargetName);

            IJsonPort json = new NanoJsonPort();
            ConfigurationFiles files = new ConfigurationFiles(json);
            GpioController gpio = new GpioController();
            StatusLed led = null;
            BoardDefinition ledBoard = null;

            while (!LoadConfiguration(files))
            {
                Console.WriteLine("configuration: " + files.Problem);
                if (led == null)
                {
                    ledBoard = files.BoardForFault();
                    if (ledBoard != null)
                    {
                        led = new StatusLed(gpio, ledBoard.StatusLed);
                    }
                }

                if (led != null)
                {
                    led.Show(files.Pattern);
                }

                Console.WriteLine("configuration: checking " + ConfigurationFiles.ConfigurationPath + " again in " + (ConfigurationRetryMilliseconds / 1000).ToString() + " s");
                Thread.Sleep(ConfigurationRetryMilliseconds);
            }

            DeviceConfiguration configuration = files.Configuration;
            BoardDefinition board = files.Board;
            if (led != null && ledBoard.StatusLed.Gpio != board.StatusLed.Gpio)
            {
                led.Dispose();
                led = null;
            }

            if (led == null)
            {
                led = new StatusLed(gpio, board.StatusLed);
            }

            led.Show(StatusPattern.Starting);
            Console.WriteLine("board: " + board.Name + " (" + board.Id + ")");
            for (int i = 0; i < board.Pins.Length; i++)
            {
                Console.WriteLine("board: " + board.Pins[i].ToString());
            }

            if (board.NanoffTarget != SystemInfo.TargetName)
            {
                Console.WriteLine("board: warning, " + board.Id + " expects the " + board.NanoffTarget + " image but this device runs " + SystemInfo.TargetName);
            }

            TelematicsUnit unit = new TelematicsUnit(configuration, board, json, new DeviceClock(), new StateStore(ConfigurationFiles.StatePath), led, new BoardSignals(gpio, board));
            unit.Run();
        }

        private static bool LoadConfiguration(ConfigurationFiles files)
        {
            try
            {
                return files.Load();
            }
            catch (Exception ex)
            {
                // Load reports every expected problem itself; this is the last guard against a reboot loop.
                Console.WriteLine("configuration: unexpected " + ex.Message);
                return false;
            }
        }
    }
}
