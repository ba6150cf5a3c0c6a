using System;
using System.Collections.Concurrent;
using System.Diagnostics;
using System.Linq;
using System.Threading.Tasks;
using NanoVehicle.Ble;
using NanoVehicle.Ble.Gap;
using NanoVehicle.Ble.Gatt;
using NanoVehicle.Ble.Transports;
using NanoVehicle.Core.O2x;
using NanoVehicle.Emulator.Ble;
using Xunit;

namespace NanoVehicle.Emulator.Tests.O2x
{
    /// <summary>The emulator's car as any BLE central sees it through the virtual radio's TCP H4 endpoint.</summary>
    public class CarGattTests
    {
        private static async Task<(BleHost Phone, BleConnection Link)> ConnectAsync(CarOnAir air)
        {
            var phone = new BleHost(await HciTransports.OpenAsync(air.Radio).WaitAsync(Waits.Long));
            await phone.StartAsync().WaitAsync(Waits.Long);
            var found = new TaskCompletionSource<BdAddr>(TaskCreationOptions.RunContinuationsAsynchronously);
            var ads = new ConcurrentDictionary<ulong, byte[]>();
            phone.AdvertisementReceived += a =>
            {
                if (a.EventType != AdvertisingEventType.ScanResponse) { ads[a.Address.Value] = a.Data; return; }
                ads.TryGetValue(a.Address.Value, out var ad);
                if (O2xAdvertising.Parse(ad, a.Data).Matches(air.Car.Vin)) found.TrySetResult(a.Address);
            };
            await phone.StartScanningAsync(active: true);
            var address = await found.Task.WaitAsync(Waits.Long);
            await phone.StopScanningAsync();
            return (phone, await phone.ConnectAsync(address, Waits.Long));
        }

        [Fact]
        public async Task Car_serves_the_O2X_profile_VIN_and_current_status()
        {
            using var air = await CarOnAir.StartAsync();
            var (phone, link) = await ConnectAsync(air);
            using var _ = phone;

            var services = await link.Gatt.DiscoverServicesAsync(BleUuid.Parse(O2xProfile.ServiceUuid));
            var chars = await link.Gatt.DiscoverCharacteristicsAsync(Assert.Single(services));
            Assert.Equal(new[] { O2xProfile.StatusUuid, O2xProfile.VinUuid, O2xProfile.EventUuid }.Select(BleUuid.Parse), chars.Select(c => c.Uuid));
            Assert.Equal(GattProperties.Read | GattProperties.Notify, chars[0].Properties);
            Assert.Equal(GattProperties.Read, chars[1].Properties);
            Assert.Equal(GattProperties.Notify, chars[2].Properties);

            Assert.Equal("VR1AB12C3D4567890", O2xVin.FromBytes(await link.Gatt.ReadAsync(chars[1].ValueHandle), 0, 17));

            var frame = O2xStatusFrame.Decode(await link.Gatt.ReadAsync(chars[0].ValueHandle));
            Assert.True(frame.Succeeded, frame.Error);
            O2xStatus expected;
            lock (air.Lock) expected = VehicleO2xReading.Read(air.Car).Status;
            Assert.True(expected.SameAs(frame.Status), "the Status read differs from the car's state");
            Assert.Equal(O2xVehicleStatus.Parked, frame.Status.Status);
            Assert.Equal(130, frame.Status.BatterySocHalfPercent); // the default 65 %
            Assert.Equal(O2xParkBrake.Activated, frame.Status.ParkBrake);
            Assert.Equal(12345, frame.Status.TotalOdometerKm);
        }

        [Fact]
        public async Task A_state_change_is_notified_within_a_second_and_repeats_come_at_least_every_second_or_so()
        {
            using var air = await CarOnAir.StartAsync();
            var (phone, link) = await ConnectAsync(air);
            using var _ = phone;
            var chars = await link.Gatt.DiscoverCharacteristicsAsync((await link.Gatt.DiscoverServicesAsync(BleUuid.Parse(O2xProfile.ServiceUuid)))[0]);
            var frames = System.Threading.Channels.Channel.CreateUnbounded<(long At, O2xStatus Status)>();
            await link.Gatt.SubscribeAsync(chars[0], v =>
            {
                var f = O2xStatusFrame.Decode(v);
                if (f.Succeeded) frames.Writer.TryWrite((Stopwatch.GetTimestamp(), f.Status));
            });

            // Unchanged car: the repeats alone keep the phone fed (it drops the link after 5 s of silence).
            var previous = await frames.Reader.ReadAsync().AsTask().WaitAsync(Waits.Long);
            for (int i = 0; i < 3; i++)
            {
                var next = await frames.Reader.ReadAsync().AsTask().WaitAsync(Waits.Long);
                Assert.Equal(O2xVehicleStatus.Parked, next.Status.Status);
                var gap = Stopwatch.GetElapsedTime(previous.At, next.At);
                Assert.True(gap < TimeSpan.FromMilliseconds(2500), $"repeat after {gap.TotalMilliseconds} ms");
                previous = next;
            }

            long changedAt = Stopwatch.GetTimestamp();
            air.Set("{\"ignition\":\"Start\",\"gear\":\"drive\",\"speed\":40,\"parkBrake\":false}");
            (long At, O2xStatus Status) driving;
            do driving = await frames.Reader.ReadAsync().AsTask().WaitAsync(Waits.Long);
            while (driving.Status.Status != O2xVehicleStatus.Driving);
            var delay = Stopwatch.GetElapsedTime(changedAt, driving.At);
            Assert.True(delay <= TimeSpan.FromSeconds(1), $"driving notified {delay.TotalMilliseconds} ms after the change");
            Assert.Equal(O2xGear.Drive, driving.Status.Gear);
            Assert.Equal(O2xParkBrake.NotActivated, driving.Status.ParkBrake);
            Assert.Equal(O2xSystemState.Driving, driving.Status.SystemState);
        }
    }
}
