using System;
using System.Linq;
using System.Threading.Tasks;
using NanoVehicle.Ble;
using NanoVehicle.Ble.Gatt;
using NanoVehicle.Ble.Radio;
using NanoVehicle.Core.O2x;
using NanoVehicle.Emulator.Ble;
using Xunit;

namespace NanoVehicle.Emulator.Tests.O2x
{
    /// <summary>The CLI's <c>o2x subscribe</c> against the emulator's car over the virtual radio.</summary>
    public class PhoneSubscriptionTests
    {
        private static PhoneRun Subscribe(CarOnAir air, TempMemory memory, string reception, params string[] more) =>
            PhoneRun.Start(new[] { "subscribe", "--vin", air.Car.Vin, "--reception", reception, "--radio", air.Radio, "--memory", memory.File, "--transaction-id", "t-1" }.Concat(more).ToArray());

        [Fact]
        public async Task Information_prints_each_frame_as_an_SDK_RESULT_with_the_O2X_model()
        {
            using var air = await CarOnAir.StartAsync();
            using var memory = new TempMemory();
            await using var phone = Subscribe(air, memory, "information");

            var first = await phone.NextAsync(PhoneRun.IsData);
            Assert.Equal("t-1", (string)first["transactionId"]);
            var result = first["result"];
            Assert.Equal("VR1AB12C3D4567890", (string)result["vin"]);
            Assert.Equal("parked", (string)result["status"]);
            Assert.Matches(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$", (string)result["receivedAt"]);
            Assert.Equal("65", (string)result["data"]["batterySoc"]["value"]);
            Assert.Equal("%", (string)result["data"]["batterySoc"]["unit"]);
            Assert.Equal("12345", (string)result["data"]["totalOdometer"]["value"]);
            Assert.Equal("neutral", (string)result["data"]["rnd"]);
            Assert.Equal("activated", (string)result["data"]["parkBrakeStatus"]);
            Assert.False((bool)result["currentAlert"]["parkingBrake"]);

            // Information: the repeats are printed too, with no change of the car.
            var second = await phone.NextAsync(PhoneRun.IsData);
            Assert.Equal("parked", (string)second["result"]["status"]);
            Assert.Equal(0, await phone.StopAsync());
        }

        [Fact]
        public async Task Status_prints_on_a_change_of_status_made_through_simulation_control()
        {
            using var air = await CarOnAir.StartAsync();
            using var memory = new TempMemory();
            await using var phone = Subscribe(air, memory, "status");

            Assert.Equal("parked", (string)(await phone.NextAsync(PhoneRun.IsData))["result"]["status"]);
            air.Set("{\"ignition\":\"Start\",\"gear\":\"drive\",\"speed\":30,\"parkBrake\":false}");
            // Repeats of an unchanged status are not printed, so the very next message is the change.
            var driving = await phone.NextAsync(_ => true);
            Assert.Equal("driving", (string)driving["result"]["status"]);
            Assert.Equal("drive", (string)driving["result"]["data"]["rnd"]);

            air.Set("{\"speed\":0,\"gear\":\"neutral\",\"ignition\":\"Stop\",\"parkBrake\":true,\"plugged\":true}");
            Assert.Equal("charging", (string)(await phone.NextAsync(_ => true))["result"]["status"]);
        }

        [Fact]
        public async Task CantCharge_is_sent_when_plugged_with_a_charge_expected_and_the_park_brake_off()
        {
            using var air = await CarOnAir.StartAsync();
            using var memory = new TempMemory();
            await using var phone = Subscribe(air, memory, "status");
            await phone.NextAsync(PhoneRun.IsData);

            air.Set("{\"parkBrake\":false,\"plugged\":true}");
            var evt = await phone.NextAsync(m => m["result"]?["event"] != null);
            Assert.Equal("cantCharge", (string)evt["result"]["event"]);
            Assert.Equal("t-1", (string)evt["transactionId"]);
            lock (air.Lock) Assert.False(air.Car.State.Charging);

            // Setting the brake lets the charge start: the status follows.
            air.Set("{\"parkBrake\":true}");
            Assert.Equal("charging", (string)(await phone.NextAsync(PhoneRun.IsData))["result"]["status"]);
        }

        [Fact]
        public async Task Disconnected_when_the_car_goes_away_and_data_again_when_it_comes_back()
        {
            using var air = await CarOnAir.StartAsync();
            using var memory = new TempMemory();
            await using var phone = Subscribe(air, memory, "information");
            await phone.NextAsync(PhoneRun.IsData);

            air.Ble.Dongle.Dispose();
            await phone.NextAsync(m => PhoneRun.IsEvent(m, "disconnected"));
            // The link itself dropped (the phone did not have to wait out the 5 s of silence).
            Assert.Contains(phone.Diagnostics.All, l => l.Contains("link to VR1AB12C3D4567890 dropped"));

            // Found once, the car is looked for again with no scan limit: a new dongle on the same air is picked up.
            using var again = await O2xDongle.StartAsync(air.Ble.Radio.CreateController().ConnectInProcess(), air.Car.Vin, () => { lock (air.Lock) return VehicleO2xReading.Read(air.Car); }, null).WaitAsync(Waits.Long);
            Assert.Equal("VR1AB12C3D4567890", (string)(await phone.NextAsync(PhoneRun.IsData))["result"]["vin"]);
        }

        [Fact]
        public async Task Disconnected_when_a_connected_car_sends_no_data_for_the_loose_connection_time()
        {
            using var radio = new VirtualRadio();
            using var endpoint = radio.ListenTcp();
            var silent = new O2xCarPeripheral("VF3ABCDEFGH123456");
            using var car = new BleHost(radio.CreateController().ConnectInProcess(), silent.Server);
            await car.StartAsync().WaitAsync(Waits.Long);
            await silent.StartAdvertisingAsync(car).WaitAsync(Waits.Long);
            var subscribed = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
            silent.EventSubscriptionChanged += s => subscribed.TrySetResult(s.Notify);
            using var memory = new TempMemory();

            await using var phone = PhoneRun.Start("subscribe", "--vin", "VF3ABCDEFGH123456", "--reception", "information",
                "--radio", $"tcp:127.0.0.1:{endpoint.Port}", "--memory", memory.File, "--loose-connection", "1500");
            Assert.True(await subscribed.Task.WaitAsync(Waits.Long));
            var evt = await phone.NextAsync(_ => true);
            Assert.True(PhoneRun.IsEvent(evt, "disconnected"), evt.ToJsonString());
            Assert.Contains(phone.Diagnostics.All, l => l.Contains("no data from VF3ABCDEFGH123456 for 1500 ms"));
        }

        [Fact]
        public async Task A_car_whose_VIN_characteristic_disagrees_with_its_advertising_is_left_and_the_scan_still_ends_in_2201()
        {
            using var radio = new VirtualRadio();
            using var endpoint = radio.ListenTcp();
            // Advertises VF3ABCDEFGH123456 but says VR1AB12C3D4567890 when read.
            var server = new GattServer("impostor");
            server.AddService(new GattService(BleUuid.Parse(O2xProfile.ServiceUuid),
                new GattCharacteristic(BleUuid.Parse(O2xProfile.StatusUuid), GattProperties.Read | GattProperties.Notify),
                new GattCharacteristic(BleUuid.Parse(O2xProfile.VinUuid), GattProperties.Read, O2xVin.ToBytes("VR1AB12C3D4567890")),
                new GattCharacteristic(BleUuid.Parse(O2xProfile.EventUuid), GattProperties.Notify)));
            using var car = new BleHost(radio.CreateController().ConnectInProcess(), server);
            await car.StartAsync().WaitAsync(Waits.Long);
            await car.StartAdvertisingAsync(O2xAdvertising.BuildAdvertisement(), O2xAdvertising.BuildScanResponse("VF3ABCDEFGH123456")).WaitAsync(Waits.Long);
            using var memory = new TempMemory();

            await using var phone = PhoneRun.Start("subscribe", "--vin", "VF3ABCDEFGH123456", "--reception", "status",
                "--radio", $"tcp:127.0.0.1:{endpoint.Port}", "--memory", memory.File, "--scan-timeout", "3000");
            var failed = await phone.NextAsync(_ => true);
            Assert.Equal("2201", (string)failed["error"]["code"]);
            Assert.Equal(1, await phone.Exit.WaitAsync(Waits.Long));
            Assert.Contains(phone.Diagnostics.All, l => l.Contains("its VIN characteristic reads 'VR1AB12C3D4567890'"));
        }

        [Fact]
        public async Task First_connection_to_an_absent_VIN_fails_with_2201_after_the_scan_timeout()
        {
            using var air = await CarOnAir.StartAsync();
            using var memory = new TempMemory();
            await using var phone = PhoneRun.Start("subscribe", "--vin", "VF3ABCDEFGH123456", "--reception", "status",
                "--radio", air.Radio, "--memory", memory.File, "--scan-timeout", "1500", "--transaction-id", "t-9");

            var failed = await phone.NextAsync(_ => true);
            Assert.Equal("{\"transactionId\":\"t-9\",\"status\":\"FAILED\",\"error\":{\"code\":\"2201\",\"label\":\"Timeout\"}}", failed.ToJsonString());
            Assert.Equal(1, await phone.Exit.WaitAsync(Waits.Long));
        }

        [Fact]
        public async Task Previous_reconnects_to_the_remembered_car_and_get_prints_the_last_data()
        {
            using var air = await CarOnAir.StartAsync();
            using var memory = new TempMemory();
            await using (var first = Subscribe(air, memory, "information"))
            {
                await first.NextAsync(PhoneRun.IsData);
                Assert.Equal(0, await first.StopAsync());
            }

            await using (var get = PhoneRun.Start("get", "--memory", memory.File, "--transaction-id", "g"))
            {
                var last = await get.NextAsync(_ => true);
                Assert.Equal("RESULT", (string)last["status"]);
                Assert.Equal("VR1AB12C3D4567890", (string)last["result"]["vin"]);
                Assert.Equal("65", (string)last["result"]["data"]["batterySoc"]["value"]);
                Assert.Equal(0, await get.Exit.WaitAsync(Waits.Long));
            }

            air.Set("{\"soc\":42}");
            await using var previous = PhoneRun.Start("subscribe", "--previous", "--reception", "information", "--radio", air.Radio, "--memory", memory.File);
            var data = await previous.NextAsync(PhoneRun.IsData);
            Assert.Equal("VR1AB12C3D4567890", (string)data["result"]["vin"]);
            Assert.Equal("42", (string)data["result"]["data"]["batterySoc"]["value"]);
        }
    }
}
