using System;
using System.Collections.Generic;
using System.Threading;

namespace NanoVehicle.Ble.Radio
{
    /// <summary>A virtual LE radio: the air between <see cref="VirtualController"/>s. Advertisers are heard by
    /// every scanning controller on each advertising tick; connections join two controllers; ACL data passes
    /// between them. Everything happens under one lock, so the controllers see one consistent air.</summary>
    public sealed class VirtualRadio : IDisposable
    {
        internal readonly object Sync = new object();
        private readonly List<VirtualController> controllers = new List<VirtualController>();
        private readonly Timer timer;
        private ulong nextAddress = 0xC0FFEE000001UL;
        private ushort nextHandle = 0x0040;
        private bool disposed;

        /// <summary>A radio whose advertisers send an advertising event every <paramref name="advertisingPeriod"/>
        /// (100 ms when not given).</summary>
        public VirtualRadio(TimeSpan? advertisingPeriod = null)
        {
            var period = advertisingPeriod ?? TimeSpan.FromMilliseconds(100);
            timer = new Timer(_ => Tick(), null, period, period);
        }

        /// <summary>Signal strength every report carries, in dBm.</summary>
        public sbyte Rssi { get; set; } = -50;

        /// <summary>The controllers on this radio.</summary>
        public IReadOnlyList<VirtualController> Controllers { get { lock (Sync) return controllers.ToArray(); } }

        /// <summary>Adds a controller with the given public address, or the next free one.</summary>
        public VirtualController CreateController(BdAddr? address = null)
        {
            lock (Sync)
            {
                if (disposed) throw new ObjectDisposedException(nameof(VirtualRadio));
                var a = address ?? new BdAddr(nextAddress++, BdAddrType.Public);
                foreach (var c in controllers)
                    if (c.Address.Value == a.Value) throw new ArgumentException($"a controller with address {a} is already on this radio");
                var controller = new VirtualController(this, a);
                controllers.Add(controller);
                return controller;
            }
        }

        /// <summary>Serves the radio itself over TCP: every H4 host that connects gets a controller of its own,
        /// with the next free address, which leaves the radio when that host disconnects. This is how the
        /// emulator lets any number of scanners (the CLI, Bumble, …) join its car on the air.</summary>
        public H4TcpEndpoint ListenTcp(System.Net.IPAddress address = null, int port = 0) =>
            new H4TcpEndpoint(() => CreateController(), true, address ?? System.Net.IPAddress.Loopback, port);

        internal ushort AllocateHandle()
        {
            // Handles are unique across the radio so both ends of a link can share one.
            ushort h = nextHandle;
            nextHandle = nextHandle >= 0x0EFF ? (ushort)0x0040 : (ushort)(nextHandle + 1);
            return h;
        }

        internal VirtualController Find(BdAddr address)
        {
            foreach (var c in controllers) if (c.Address.Value == address.Value) return c;
            return null;
        }

        internal IEnumerable<VirtualController> All => controllers;

        internal void Remove(VirtualController controller)
        {
            lock (Sync) controllers.Remove(controller);
        }

        private void Tick()
        {
            lock (Sync)
            {
                if (disposed) return;
                foreach (var advertiser in controllers)
                {
                    if (!advertiser.IsAdvertisingUnlocked) continue;
                    foreach (var scanner in controllers)
                        if (scanner != advertiser) scanner.Hear(advertiser);
                }
            }
        }

        /// <summary>Stops the radio and every controller on it.</summary>
        public void Dispose()
        {
            VirtualController[] all;
            lock (Sync)
            {
                if (disposed) return;
                disposed = true;
                all = controllers.ToArray();
            }
            timer.Dispose();
            foreach (var c in all) c.Dispose();
        }
    }
}
