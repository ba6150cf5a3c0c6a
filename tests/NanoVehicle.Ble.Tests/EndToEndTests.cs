using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using NanoVehicle.Ble.Att;
using NanoVehicle.Ble.Gap;
using NanoVehicle.Ble.Gatt;
using NanoVehicle.Ble.Hci;
using Xunit;

namespace NanoVehicle.Ble.Tests
{
    /// <summary>Two host stacks joined through the virtual radio over TCP H4 endpoints.</summary>
    public class EndToEndTests
    {
        private static readonly BleUuid ServiceUuid = BleUuid.Parse("6e400001-b5a3-f393-e0a9-e50e24dcca9e");
        private static readonly BleUuid StatusUuid = BleUuid.Parse("6e400002-b5a3-f393-e0a9-e50e24dcca9e");
        private static readonly BleUuid LongUuid = BleUuid.Parse("6e400003-b5a3-f393-e0a9-e50e24dcca9e");
        private static readonly BleUuid CommandUuid = BleUuid.Parse("6e400004-b5a3-f393-e0a9-e50e24dcca9e");

        private sealed class Profile
        {
            public GattServer Server = new GattServer("car");
            public GattCharacteristic Status;
            public GattCharacteristic Long;
            public GattCharacteristic Command;
            public readonly List<byte[]> Written = new List<byte[]>();
            public readonly TaskCompletionSource<GattSubscriptionChange> Subscribed = new TaskCompletionSource<GattSubscriptionChange>(TaskCreationOptions.RunContinuationsAsynchronously);
            public readonly TaskCompletionSource<byte[]> CommandWritten = new TaskCompletionSource<byte[]>(TaskCreationOptions.RunContinuationsAsynchronously);

            public Profile()
            {
                Status = new GattCharacteristic(StatusUuid, GattProperties.Read | GattProperties.Notify, new byte[] { 1, 2, 3 },
                    new GattDescriptor(GattUuids.UserDescription, Encoding.UTF8.GetBytes("status")));
                Long = new GattCharacteristic(LongUuid, GattProperties.Read);
                Long.ReadHandler = _ => Enumerable.Range(0, 300).Select(i => (byte)i).ToArray();
                Command = new GattCharacteristic(CommandUuid, GattProperties.Write | GattProperties.WriteWithoutResponse);
                Command.WriteHandler = (c, v) =>
                {
                    if (v.Length == 0) throw new AttErrorException(AttError.InvalidAttributeValueLength);
                    lock (Written) Written.Add(v);
                    if (v[0] == 0xEE) CommandWritten.TrySetResult(v);
                };
                Status.SubscriptionChanged += s => { if (s.Notify) Subscribed.TrySetResult(s); };
                Server.AddService(new GattService(ServiceUuid, Status, Long, Command));
            }
        }

        private static async Task<Advertisement> ScanForAsync(BleHost central, BdAddr address, bool needScanResponse)
        {
            var adv = new TaskCompletionSource<Advertisement>(TaskCreationOptions.RunContinuationsAsynchronously);
            var rsp = new TaskCompletionSource<Advertisement>(TaskCreationOptions.RunContinuationsAsynchronously);
            central.AdvertisementReceived += a =>
            {
                if (a.Address != address) return;
                if (a.EventType == AdvertisingEventType.ScanResponse) rsp.TrySetResult(a);
                else adv.TrySetResult(a);
            };
            await central.StartScanningAsync(active: true);
            var first = await adv.Task.WaitAsync(TwoHosts.Wait);
            if (needScanResponse) await rsp.Task.WaitAsync(TwoHosts.Wait);
            await central.StopScanningAsync();
            return needScanResponse ? rsp.Task.Result : first;
        }

        [Fact]
        public async Task Peripheral_advertises_and_central_sees_the_ad_data_and_scan_response()
        {
            await using var t = await TwoHosts.StartAsync();
            var ad = AdStructure.Encode(new[] { AdStructure.GeneralDiscoverableFlags(), AdStructure.Name("VF3ABC") });
            var sr = AdStructure.Encode(new[] { AdStructure.ServiceUuid(ServiceUuid) });
            await t.Peripheral.StartAdvertisingAsync(ad, sr);

            var adv = new TaskCompletionSource<Advertisement>(TaskCreationOptions.RunContinuationsAsynchronously);
            var rsp = new TaskCompletionSource<Advertisement>(TaskCreationOptions.RunContinuationsAsynchronously);
            t.Central.AdvertisementReceived += a =>
            {
                if (a.EventType == AdvertisingEventType.ScanResponse) rsp.TrySetResult(a); else adv.TrySetResult(a);
            };
            await t.Central.StartScanningAsync(active: true);
            var a1 = await adv.Task.WaitAsync(TwoHosts.Wait);
            var a2 = await rsp.Task.WaitAsync(TwoHosts.Wait);

            Assert.Equal(t.Peripheral.Address, a1.Address);
            Assert.True(a1.IsConnectable);
            Assert.Equal(ad, a1.Data);
            Assert.Equal("VF3ABC", a1.LocalName);
            Assert.Equal(new byte[] { 0x06 }, a1.Find(AdStructure.Flags).Data);
            Assert.Equal(-50, a1.Rssi);
            var uuids = a2.Find(AdStructure.CompleteServiceUuids128);
            Assert.NotNull(uuids);
            Assert.Equal(ServiceUuid, BleUuid.FromBytes(uuids.Data));
        }

        [Fact]
        public async Task Passive_scan_with_duplicate_filter_reports_an_advertiser_once_and_no_scan_response()
        {
            await using var t = await TwoHosts.StartAsync();
            // A second scanner, unfiltered, counts the advertising events that really went out.
            var probe = t.Radio.CreateController();
            using var probeHost = new BleHost(probe.ConnectInProcess());
            await probeHost.StartAsync().WaitAsync(TwoHosts.Wait);
            int heard = 0;
            var thirdEvent = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
            probeHost.AdvertisementReceived += a =>
            {
                if (a.Address == t.Peripheral.Address && a.EventType != AdvertisingEventType.ScanResponse && System.Threading.Interlocked.Increment(ref heard) >= 3)
                    thirdEvent.TrySetResult(true);
            };

            var reports = new System.Collections.Concurrent.ConcurrentQueue<Advertisement>();
            t.Central.AdvertisementReceived += reports.Enqueue;
            await t.Central.StartScanningAsync(active: false, filterDuplicates: true);
            await probeHost.StartScanningAsync(active: false, filterDuplicates: false);
            await t.Peripheral.StartAdvertisingAsync(new byte[] { 2, 1, 6 }, new byte[] { 3, 9, (byte)'x', (byte)'y' });
            await thirdEvent.Task.WaitAsync(TwoHosts.Wait);
            // The answer to this command comes after every report already queued for the central.
            await t.Central.StopScanningAsync();

            var fromPeripheral = Assert.Single(reports);
            Assert.Equal(t.Peripheral.Address, fromPeripheral.Address);
            Assert.Equal(AdvertisingEventType.ConnectableUndirected, fromPeripheral.EventType);
            Assert.Equal(new byte[] { 2, 1, 6 }, fromPeripheral.Data);
        }

        [Fact]
        public async Task Full_gatt_session_over_the_virtual_radio()
        {
            var profile = new Profile();
            await using var t = await TwoHosts.StartAsync(profile.Server);
            var peripheralConnected = new TaskCompletionSource<BleConnection>(TaskCreationOptions.RunContinuationsAsynchronously);
            var peripheralDisconnected = new TaskCompletionSource<byte>(TaskCreationOptions.RunContinuationsAsynchronously);
            t.Peripheral.Connected += c => peripheralConnected.TrySetResult(c);
            t.Peripheral.Disconnected += (c, r) => peripheralDisconnected.TrySetResult(r);

            await t.Peripheral.StartAdvertisingAsync(AdStructure.Encode(new[] { AdStructure.GeneralDiscoverableFlags(), AdStructure.Name("car") }));
            var seen = await ScanForAsync(t.Central, t.Peripheral.Address, needScanResponse: false);
            var link = await t.Central.ConnectAsync(seen.Address, TwoHosts.Wait);
            var pLink = await peripheralConnected.Task.WaitAsync(TwoHosts.Wait);
            Assert.Equal(BleRole.Central, link.Role);
            Assert.Equal(BleRole.Peripheral, pLink.Role);
            Assert.Equal(t.Central.Address, pLink.PeerAddress);
            Assert.Equal(link.Handle, pLink.Handle);
            Assert.False(t.Peripheral.IsAdvertising);

            var gatt = link.Gatt;
            Assert.Equal(185, await gatt.ExchangeMtuAsync(185));
            Assert.Equal(185, pLink.Att.Mtu);

            var services = await gatt.DiscoverServicesAsync();
            Assert.Equal(2, services.Count);
            Assert.Equal(GattUuids.GenericAccess, services[0].Uuid);
            var svc = services[1];
            Assert.Equal(ServiceUuid, svc.Uuid);
            Assert.Equal(profile.Server.Services[1].Handle, svc.Handle);
            Assert.Equal(profile.Server.Services[1].EndHandle, svc.EndHandle);
            var byUuid = await gatt.DiscoverServicesAsync(ServiceUuid);
            Assert.Equal(svc.Handle, Assert.Single(byUuid).Handle);

            var chars = await gatt.DiscoverCharacteristicsAsync(svc);
            Assert.Equal(new[] { StatusUuid, LongUuid, CommandUuid }, chars.Select(c => c.Uuid));
            var status = chars[0];
            Assert.Equal(GattProperties.Read | GattProperties.Notify, status.Properties);
            Assert.Equal(profile.Status.ValueHandle, status.ValueHandle);
            var descs = await gatt.DiscoverDescriptorsAsync(status);
            Assert.Equal(new[] { GattUuids.ClientCharacteristicConfiguration, GattUuids.UserDescription }, descs.Select(d => d.Uuid));
            Assert.Equal("status", Encoding.UTF8.GetString(await gatt.ReadAsync(descs[1].Handle)));

            Assert.Equal(new byte[] { 1, 2, 3 }, await gatt.ReadAsync(status.ValueHandle));
            var name = await gatt.ReadAsync((await gatt.DiscoverCharacteristicsAsync(services[0]))[0].ValueHandle);
            Assert.Equal("car", Encoding.UTF8.GetString(name));

            // 300 bytes at MTU 185: a read then a read blob, all through 27-byte ACL fragments.
            var longValue = await gatt.ReadAsync(chars[1].ValueHandle);
            Assert.Equal(Enumerable.Range(0, 300).Select(i => (byte)i).ToArray(), longValue);
            Assert.Equal(Enumerable.Range(200, 100).Select(i => (byte)i).ToArray(), await gatt.ReadBlobAsync(chars[1].ValueHandle, 200));
            var blobError = await Assert.ThrowsAsync<AttErrorException>(() => gatt.ReadBlobAsync(chars[1].ValueHandle, 301));
            Assert.Equal(AttError.InvalidOffset, blobError.Error);

            await gatt.WriteAsync(chars[2].ValueHandle, new byte[] { 0x10, 0x20 });
            var rejected = await Assert.ThrowsAsync<AttErrorException>(() => gatt.WriteAsync(chars[2].ValueHandle, Array.Empty<byte>()));
            Assert.Equal(AttError.InvalidAttributeValueLength, rejected.Error);
            Assert.Equal(chars[2].ValueHandle, rejected.Handle);
            var notWritable = await Assert.ThrowsAsync<AttErrorException>(() => gatt.WriteAsync(status.ValueHandle, new byte[] { 1 }));
            Assert.Equal(AttError.WriteNotPermitted, notWritable.Error);
            gatt.WriteWithoutResponse(chars[2].ValueHandle, new byte[] { 0xEE, 1 });
            Assert.Equal(new byte[] { 0xEE, 1 }, await profile.CommandWritten.Task.WaitAsync(TwoHosts.Wait));
            lock (profile.Written) Assert.Equal(new byte[] { 0x10, 0x20 }, profile.Written[0]);

            var received = new System.Collections.Concurrent.BlockingCollection<byte[]>();
            await gatt.SubscribeAsync(status, v => received.Add(v));
            var sub = await profile.Subscribed.Task.WaitAsync(TwoHosts.Wait);
            Assert.Same(pLink, sub.Connection);
            Assert.Equal(1, profile.Status.Notify(new byte[] { 9, 8, 7 }));
            var big = Enumerable.Range(0, 150).Select(i => (byte)(i * 3)).ToArray();
            Assert.Equal(1, profile.Status.Notify(big));
            Assert.True(received.TryTake(out var n1, TwoHosts.Wait));
            Assert.Equal(new byte[] { 9, 8, 7 }, n1);
            Assert.True(received.TryTake(out var n2, TwoHosts.Wait));
            Assert.Equal(big, n2);
            Assert.Equal(big, await gatt.ReadAsync(status.ValueHandle));

            await link.DisconnectAsync();
            Assert.Equal(HciStatus.ConnectionTerminatedByLocalHost, await link.Closed.WaitAsync(TwoHosts.Wait));
            Assert.Equal(HciStatus.RemoteUserTerminatedConnection, await peripheralDisconnected.Task.WaitAsync(TwoHosts.Wait));
            Assert.False(pLink.IsConnected);
            Assert.Empty(t.Central.Connections);
            Assert.Equal(0, profile.Status.Notify(new byte[] { 1 }));
            await Assert.ThrowsAsync<System.IO.IOException>(() => gatt.ReadAsync(status.ValueHandle));
        }
    }
}
