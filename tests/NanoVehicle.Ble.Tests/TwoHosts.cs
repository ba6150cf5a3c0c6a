using System;
using System.Collections.Concurrent;
using System.Threading.Tasks;
using NanoVehicle.Ble.Gatt;
using NanoVehicle.Ble.Radio;
using NanoVehicle.Ble.Transports;

namespace NanoVehicle.Ble.Tests
{
    /// <summary>A virtual radio with two controllers served over TCP H4 endpoints, and a started host on each.</summary>
    internal sealed class TwoHosts : IAsyncDisposable
    {
        public static readonly TimeSpan Wait = TimeSpan.FromSeconds(20);

        public VirtualRadio Radio { get; private set; }
        public H4TcpEndpoint PeripheralEndpoint { get; private set; }
        public H4TcpEndpoint CentralEndpoint { get; private set; }
        public BleHost Peripheral { get; private set; }
        public BleHost Central { get; private set; }
        public ConcurrentQueue<string> Log { get; } = new ConcurrentQueue<string>();

        public static async Task<TwoHosts> StartAsync(GattServer peripheralServer = null, TimeSpan? advertisingPeriod = null)
        {
            var t = new TwoHosts();
            t.Radio = new VirtualRadio(advertisingPeriod ?? TimeSpan.FromMilliseconds(50));
            var pc = t.Radio.CreateController();
            var cc = t.Radio.CreateController();
            pc.Diagnostic += m => t.Log.Enqueue("vc-p: " + m);
            cc.Diagnostic += m => t.Log.Enqueue("vc-c: " + m);
            t.PeripheralEndpoint = pc.ListenTcp();
            t.CentralEndpoint = cc.ListenTcp();
            t.Peripheral = new BleHost(await HciTransports.OpenAsync($"tcp-client:127.0.0.1:{t.PeripheralEndpoint.Port}"), peripheralServer);
            t.Central = new BleHost(await HciTransports.OpenAsync($"tcp-client:127.0.0.1:{t.CentralEndpoint.Port}"));
            t.Peripheral.Diagnostic += m => t.Log.Enqueue("p: " + m);
            t.Central.Diagnostic += m => t.Log.Enqueue("c: " + m);
            await t.Peripheral.StartAsync().WaitAsync(Wait);
            await t.Central.StartAsync().WaitAsync(Wait);
            return t;
        }

        public async ValueTask DisposeAsync()
        {
            Peripheral?.Dispose();
            Central?.Dispose();
            PeripheralEndpoint?.Dispose();
            CentralEndpoint?.Dispose();
            Radio?.Dispose();
            await Task.CompletedTask;
        }
    }
}
