using System;
using System.Threading.Tasks;
using NanoVehicle.Ble.Gap;
using NanoVehicle.Ble.Gatt;
using NanoVehicle.Ble.Hci;
using NanoVehicle.Ble.Radio;
using Xunit;

namespace NanoVehicle.Ble.Tests
{
    /// <summary>Connection set-up and tear-down on the virtual radio, seen from the GAP roles.</summary>
    public class RadioBehaviourTests
    {
        private static readonly TimeSpan Wait = TimeSpan.FromSeconds(20);

        private static async Task<BleHost> HostAsync(VirtualRadio radio, GattServer server = null)
        {
            var host = new BleHost(radio.CreateController().ConnectInProcess(), server);
            await host.StartAsync().WaitAsync(Wait);
            return host;
        }

        [Fact]
        public async Task Connecting_to_an_address_nobody_advertises_times_out_and_the_host_can_connect_afterwards()
        {
            using var radio = new VirtualRadio(TimeSpan.FromMilliseconds(20));
            using var central = await HostAsync(radio);
            using var peripheral = await HostAsync(radio);
            var error = await Assert.ThrowsAsync<TimeoutException>(() => central.ConnectAsync(BdAddr.Parse("00:00:00:00:00:01"), TimeSpan.FromMilliseconds(200)));
            Assert.Contains("00:00:00:00:00:01", error.Message);
            await peripheral.StartAdvertisingAsync(new byte[] { 2, 1, 6 });
            var link = await central.ConnectAsync(peripheral.Address, Wait);
            Assert.True(link.IsConnected);
        }

        [Fact]
        public async Task A_pending_connection_completes_when_the_peripheral_starts_advertising()
        {
            using var radio = new VirtualRadio(TimeSpan.FromMilliseconds(20));
            using var central = await HostAsync(radio);
            using var peripheral = await HostAsync(radio);
            var connecting = central.ConnectAsync(peripheral.Address, Wait);
            await peripheral.StartAdvertisingAsync(new byte[] { 2, 1, 6 });
            var link = await connecting.WaitAsync(Wait);
            Assert.Equal(peripheral.Address, link.PeerAddress);
        }

        [Fact]
        public async Task Non_connectable_advertisers_cannot_be_connected()
        {
            using var radio = new VirtualRadio(TimeSpan.FromMilliseconds(20));
            using var central = await HostAsync(radio);
            using var peripheral = await HostAsync(radio);
            await peripheral.StartAdvertisingAsync(new byte[] { 2, 1, 6 }, connectable: false);
            await Assert.ThrowsAsync<TimeoutException>(() => central.ConnectAsync(peripheral.Address, TimeSpan.FromMilliseconds(200)));
        }

        [Fact]
        public async Task When_a_host_goes_away_its_peer_is_told_and_the_peripheral_advertises_again()
        {
            using var radio = new VirtualRadio(TimeSpan.FromMilliseconds(20));
            using var peripheral = await HostAsync(radio);
            var central = await HostAsync(radio);
            var gone = new TaskCompletionSource<byte>(TaskCreationOptions.RunContinuationsAsynchronously);
            var arrived = new TaskCompletionSource<BleConnection>(TaskCreationOptions.RunContinuationsAsynchronously);
            peripheral.Disconnected += (c, reason) => gone.TrySetResult(reason);
            peripheral.Connected += c => arrived.TrySetResult(c);
            await peripheral.StartAdvertisingAsync(new byte[] { 2, 1, 6 });
            var link = await central.ConnectAsync(peripheral.Address, Wait);
            await arrived.Task.WaitAsync(Wait);
            Assert.False(peripheral.IsAdvertising);
            central.Dispose();
            Assert.Equal(HciStatus.ConnectionTimeout, await gone.Task.WaitAsync(Wait));
            Assert.Equal(HciStatus.ConnectionTimeout, await link.Closed.WaitAsync(Wait));

            // Advertising comes back on its own; a new central finds it and connects.
            using var second = await HostAsync(radio);
            var seen = new TaskCompletionSource<Advertisement>(TaskCreationOptions.RunContinuationsAsynchronously);
            second.AdvertisementReceived += a => { if (a.Address == peripheral.Address) seen.TrySetResult(a); };
            await second.StartScanningAsync();
            await seen.Task.WaitAsync(Wait);
            await second.StopScanningAsync();
            var again = await second.ConnectAsync(peripheral.Address, Wait);
            Assert.True(again.IsConnected);
        }

        [Fact]
        public async Task Peripheral_can_end_the_link_and_both_sides_are_told()
        {
            using var radio = new VirtualRadio(TimeSpan.FromMilliseconds(20));
            using var peripheral = await HostAsync(radio);
            using var central = await HostAsync(radio);
            var pConnected = new TaskCompletionSource<BleConnection>(TaskCreationOptions.RunContinuationsAsynchronously);
            peripheral.Connected += c => pConnected.TrySetResult(c);
            var centralTold = new TaskCompletionSource<byte>(TaskCreationOptions.RunContinuationsAsynchronously);
            central.Disconnected += (c, r) => centralTold.TrySetResult(r);
            await peripheral.StartAdvertisingAsync(new byte[] { 2, 1, 6 });
            var link = await central.ConnectAsync(peripheral.Address, Wait);
            var pLink = await pConnected.Task.WaitAsync(Wait);
            await pLink.DisconnectAsync().WaitAsync(Wait);
            Assert.Equal(HciStatus.ConnectionTerminatedByLocalHost, await pLink.Closed);
            Assert.Equal(HciStatus.RemoteUserTerminatedConnection, await centralTold.Task.WaitAsync(Wait));
            Assert.False(link.IsConnected);
        }

        [Fact]
        public async Task Indications_reach_the_client_which_confirms_them()
        {
            using var radio = new VirtualRadio(TimeSpan.FromMilliseconds(20));
            var ind = new GattCharacteristic(BleUuid.Parse("a0b40001-0000-1000-8000-00805f9b34fb"), GattProperties.Indicate);
            var server = new GattServer("ind");
            server.AddService(new GattService(BleUuid.Parse("a0b40000-0000-1000-8000-00805f9b34fb"), ind));
            using var peripheral = await HostAsync(radio, server);
            using var central = await HostAsync(radio);
            await peripheral.StartAdvertisingAsync(new byte[] { 2, 1, 6 });
            var link = await central.ConnectAsync(peripheral.Address, Wait);
            var svc = (await link.Gatt.DiscoverServicesAsync(BleUuid.Parse("a0b40000-0000-1000-8000-00805f9b34fb")))[0];
            var ch = (await link.Gatt.DiscoverCharacteristicsAsync(svc))[0];
            var got = new System.Collections.Concurrent.BlockingCollection<byte[]>();
            await link.Gatt.SubscribeAsync(ch, got.Add);
            for (byte i = 0; i < 5; i++) ind.Notify(new[] { i });
            // Each one goes out only after the previous was confirmed, so all five arrive, in order.
            for (byte i = 0; i < 5; i++)
            {
                Assert.True(got.TryTake(out var v, Wait));
                Assert.Equal(new[] { i }, v);
            }
            await link.Gatt.UnsubscribeAsync(ch);
            var cccd = ch.Descriptors[0].Handle;
            Assert.Equal(new byte[] { 0, 0 }, await link.Gatt.ReadAsync(cccd));
        }
    
        [Fact]
        public async Task The_radio_endpoint_gives_each_tcp_host_its_own_controller()
        {
            using var radio = new VirtualRadio(TimeSpan.FromMilliseconds(20));
            using var endpoint = radio.ListenTcp();
            var a = new BleHost(await Transports.HciTransports.OpenAsync($"tcp-client:127.0.0.1:{endpoint.Port}"));
            using var b = new BleHost(await Transports.HciTransports.OpenAsync($"tcp-client:127.0.0.1:{endpoint.Port}"));
            await a.StartAsync().WaitAsync(Wait);
            await b.StartAsync().WaitAsync(Wait);
            Assert.NotEqual(a.Address, b.Address);
            Assert.Equal(2, radio.Controllers.Count);
            await a.StartAdvertisingAsync(new byte[] { 2, 1, 6 });
            var link = await b.ConnectAsync(a.Address, Wait);
            a.Dispose();
            Assert.Equal(HciStatus.ConnectionTimeout, await link.Closed.WaitAsync(Wait));
            // The departed host's controller leaves the radio.
            var deadline = DateTime.UtcNow + Wait;
            while (radio.Controllers.Count != 1 && DateTime.UtcNow < deadline) await Task.Delay(10);
            Assert.Single(radio.Controllers);
        }

        [Fact]
        public async Task A_peripheral_parameter_request_is_applied_by_the_central_and_both_see_it()
        {
            using var radio = new VirtualRadio(TimeSpan.FromMilliseconds(20));
            using var peripheral = await HostAsync(radio);
            using var central = await HostAsync(radio);
            var pConnected = new TaskCompletionSource<BleConnection>(TaskCreationOptions.RunContinuationsAsynchronously);
            peripheral.Connected += c => pConnected.TrySetResult(c);
            await peripheral.StartAdvertisingAsync(new byte[] { 2, 1, 6 });
            var link = await central.ConnectAsync(peripheral.Address, Wait);
            var pLink = await pConnected.Task.WaitAsync(Wait);
            Assert.Equal(24, link.ConnectionInterval);
            Assert.Equal(500, pLink.SupervisionTimeout);

            var centralSaw = new TaskCompletionSource<BleConnection>(TaskCreationOptions.RunContinuationsAsynchronously);
            var peripheralSaw = new TaskCompletionSource<BleConnection>(TaskCreationOptions.RunContinuationsAsynchronously);
            link.ParametersUpdated += c => centralSaw.TrySetResult(c);
            pLink.ParametersUpdated += c => peripheralSaw.TrySetResult(c);
            pLink.RequestParameterUpdate(40, 56, 2, 400);
            await centralSaw.Task.WaitAsync(Wait);
            await peripheralSaw.Task.WaitAsync(Wait);
            Assert.Equal(56, link.ConnectionInterval);
            Assert.Equal(56, pLink.ConnectionInterval);
            Assert.Equal(2, pLink.PeripheralLatency);
            Assert.Equal(400, pLink.SupervisionTimeout);
            Assert.Throws<InvalidOperationException>(() => link.RequestParameterUpdate(40, 56, 0, 400));
        }
    }
}
