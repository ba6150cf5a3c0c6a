using System.Reflection;

[assembly: AssemblyTitle("NanoVehicle.Firmware")]
[assembly: AssemblyDescription("nanoVehicle on an ESP32: the portable core with Wi-Fi, MQTT, BLE and GPIO.")]
[assembly: AssemblyProduct("nanoVehicle")]
[assembly: AssemblyVersion("0.1.0.0")]
