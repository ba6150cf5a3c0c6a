using System;
using System.Buffers.Binary;
using System.Collections.Generic;
using System.IO;
using System.Threading.Tasks;
using NanoVehicle.Ble.Hci;
using NanoVehicle.Ble.Radio;
using Xunit;

namespace NanoVehicle.Ble.Tests
{
    public class BtSnoopTests
    {
        [Fact]
        public async Task A_capture_holds_every_packet_with_direction_and_kind()
        {
            string path = Path.Combine(Path.GetTempPath(), $"nv-ble-{Guid.NewGuid():N}.btsnoop");
            try
            {
                using (var radio = new VirtualRadio())
                {
                    var transport = radio.CreateController().ConnectInProcess();
                    using var host = new BleHost(transport);
                    using (BtSnoopWriter.Capture(transport, path))
                        await host.StartAsync().WaitAsync(TimeSpan.FromSeconds(20));
                }
                var bytes = File.ReadAllBytes(path);
                Assert.Equal("btsnoop\0", System.Text.Encoding.ASCII.GetString(bytes, 0, 8));
                Assert.Equal(1u, BinaryPrimitives.ReadUInt32BigEndian(bytes.AsSpan(8)));
                Assert.Equal(1002u, BinaryPrimitives.ReadUInt32BigEndian(bytes.AsSpan(12)));
                var records = new List<(uint Flags, string Data)>();
                int i = 16;
                while (i < bytes.Length)
                {
                    uint len = BinaryPrimitives.ReadUInt32BigEndian(bytes.AsSpan(i));
                    Assert.Equal(len, BinaryPrimitives.ReadUInt32BigEndian(bytes.AsSpan(i + 4)));
                    long micros = BinaryPrimitives.ReadInt64BigEndian(bytes.AsSpan(i + 16));
                    Assert.True(micros > 0x00E03AB44A676000L, "timestamp after 1970");
                    records.Add((BinaryPrimitives.ReadUInt32BigEndian(bytes.AsSpan(i + 8)), Convert.ToHexString(bytes, i + 24, (int)len)));
                    i += 24 + (int)len;
                }
                Assert.Equal(bytes.Length, i);
                Assert.Equal(12, records.Count); // start-up: 6 commands, each answered by one Command Complete
                Assert.Equal((2u, "01030C00"), records[0]);
                Assert.Equal((3u, "040E0401030C00"), records[1]);
                Assert.All(records, r => Assert.Equal(r.Data.StartsWith("01") ? 2u : 3u, r.Flags));
            }
            finally
            {
                File.Delete(path);
            }
        }
    }
}
