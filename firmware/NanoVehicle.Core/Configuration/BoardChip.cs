using System;

namespace NanoVehicle.Core.Configuration
{
    /// <summary>
    /// What each supported ESP32 chip allows on a GPIO, so a board definition cannot put a signal on a pin that
    /// does not exist, that carries the SPI flash or PSRAM, that decides the boot mode, or that is input-only.
    /// </summary>
    /// <remarks>
    /// Facts from the chips' datasheets and the boards' schematics: ESP32 has GPIO 0–39 without 20, 24 and 28–31;
    /// 34–39 are input-only with no internal pulls; 6–11 carry the SPI flash; 16–17 the PSRAM on WROVER modules;
    /// 0, 2, 5, 12 and 15 are strapping pins; 1 and 3 are UART0 (USB serial). ESP32-S3 has GPIO 0–21 and 26–48;
    /// 26–32 carry the SPI flash; 33–37 the octal PSRAM on R8 modules; 0, 3, 45 and 46 are strapping pins;
    /// 19–20 are the USB D−/D+ pins; 43–44 are UART0.
    /// </remarks>
    public static class BoardChip
    {
        /// <summary>The original ESP32 (ESP32-D0WD and friends).</summary>
        public const string Esp32 = "esp32";

        /// <summary>The ESP32-S3.</summary>
        public const string Esp32S3 = "esp32s3";

        /// <summary>True for a chip name this file knows.</summary>
        public static bool IsKnown(string chip)
        {
            return chip == Esp32 || chip == Esp32S3;
        }

        /// <summary>The highest GPIO number the chip has.</summary>
        public static int MaxGpio(string chip)
        {
            return chip == Esp32S3 ? 48 : 39;
        }

        /// <summary>True when the GPIO can only read (no output driver and no internal pull resistors).</summary>
        public static bool IsInputOnly(string chip, int gpio)
        {
            return chip == Esp32 && gpio >= 34 && gpio <= 39;
        }

        /// <summary>
        /// Why <paramref name="gpio"/> must not carry a board signal on <paramref name="chip"/>, or null when it may.
        /// </summary>
        public static string Problem(string chip, int gpio, bool output)
        {
            if (gpio < 0 || gpio > MaxGpio(chip))
            {
                return "GPIO " + gpio.ToString() + " does not exist on " + chip + " (0 to " + MaxGpio(chip).ToString() + ")";
            }

            if (chip == Esp32)
            {
                if (gpio == 20 || gpio == 24 || (gpio >= 28 && gpio <= 31))
                {
                    return "GPIO " + gpio.ToString() + " does not exist on esp32";
                }

                if (gpio >= 6 && gpio <= 11)
                {
                    return "GPIO " + gpio.ToString() + " carries the SPI flash on esp32";
                }

                if (gpio == 16 || gpio == 17)
                {
                    return "GPIO " + gpio.ToString() + " carries the PSRAM on esp32 WROVER modules";
                }

                if (gpio == 0 || gpio == 2 || gpio == 5 || gpio == 12 || gpio == 15)
                {
                    return "GPIO " + gpio.ToString() + " is a strapping pin on esp32 (it sets the boot mode)";
                }

                if (gpio == 1 || gpio == 3)
                {
                    return "GPIO " + gpio.ToString() + " is UART0, the USB serial port nanoff and the debugger use";
                }

                if (output && IsInputOnly(chip, gpio))
                {
                    return "GPIO " + gpio.ToString() + " is input-only on esp32 and cannot drive an output";
                }

                return null;
            }

            if (gpio >= 22 && gpio <= 25)
            {
                return "GPIO " + gpio.ToString() + " does not exist on esp32s3";
            }

            if (gpio >= 26 && gpio <= 32)
            {
                return "GPIO " + gpio.ToString() + " carries the SPI flash on esp32s3";
            }

            if (gpio >= 33 && gpio <= 37)
            {
                return "GPIO " + gpio.ToString() + " carries the octal PSRAM on esp32s3 R8 modules";
            }

            if (gpio == 0 || gpio == 3 || gpio == 45 || gpio == 46)
            {
                return "GPIO " + gpio.ToString() + " is a strapping pin on esp32s3 (it sets the boot mode)";
            }

            if (gpio == 19 || gpio == 20)
            {
                return "GPIO " + gpio.ToString() + " is the USB D-/D+ pair on esp32s3";
            }

            if (gpio == 43 || gpio == 44)
            {
                return "GPIO " + gpio.ToString() + " is UART0, the USB serial port nanoff and the debugger use";
            }

            return null;
        }
    }
}
