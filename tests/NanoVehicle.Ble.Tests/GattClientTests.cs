using System;
using System.IO;
using System.Threading.Tasks;
using NanoVehicle.Ble.Att;
using NanoVehicle.Ble.Gatt;
using Xunit;

namespace NanoVehicle.Ble.Tests
{
    /// <summary>The GATT client against a scripted server: what it sends, and how it treats bad answers.</summary>
    public class GattClientTests
    {
        private static readonly TimeSpan Wait = TimeSpan.FromSeconds(20);

        /// <summary>A client whose every request is answered by <paramref name="answer"/> (null: no answer).</summary>
        private static (GattClient Client, System.Collections.Concurrent.ConcurrentQueue<string> Sent) Scripted(Func<byte[], string> answer)
        {
            var sent = new System.Collections.Concurrent.ConcurrentQueue<string>();
            GattClient client = null;
            var bearer = new AttBearer(pdu =>
            {
                sent.Enqueue(Convert.ToHexString(pdu));
                var a = answer(pdu);
                if (a != null) Task.Run(() => client.Receive(Convert.FromHexString(a.Replace(" ", ""))));
            });
            client = new GattClient(bearer) { Timeout = TimeSpan.FromSeconds(10) };
            return (client, sent);
        }

        [Theory]
        [InlineData("11 06 0100")]                      // entry cut short
        [InlineData("11 05 0100 0500 0018")]            // impossible entry length
        [InlineData("11 06")]                           // no entries
        [InlineData("11 06 0500 0100 0018")]            // end before start
        public async Task Malformed_discovery_responses_raise_invalid_data(string response)
        {
            var (client, _) = Scripted(_ => response);
            await Assert.ThrowsAsync<InvalidDataException>(() => client.DiscoverServicesAsync().WaitAsync(Wait));
        }

        [Fact]
        public async Task Discovery_walks_the_handle_range_until_attribute_not_found()
        {
            var (client, sent) = Scripted(pdu => pdu[1] == 1
                ? "11 06 0100 0500 0018 0600 0900 0F18"
                : "01 10 0A00 0A");
            var services = await client.DiscoverServicesAsync().WaitAsync(Wait);
            Assert.Equal(2, services.Count);
            Assert.Equal(BleUuid.From16(0x180F), services[1].Uuid);
            Assert.Equal(new[] { "100100FFFF0028", "100A00FFFF0028" }, sent.ToArray());
        }

        [Fact]
        public async Task An_error_response_for_another_request_and_a_stray_response_are_ignored_until_the_real_answer()
        {
            var (client, _) = Scripted(_ => null);
            var read = client.ReadAsync(0x0003);
            client.Receive(Convert.FromHexString("01120300 01".Replace(" ", "")));   // error for a Write, not our Read
            client.Receive(Convert.FromHexString("1300"));                          // Write Response
            client.Receive(Convert.FromHexString("0B414243"));
            Assert.Equal("ABC", System.Text.Encoding.ASCII.GetString(await read.WaitAsync(Wait)));
        }

        [Fact]
        public async Task An_error_response_surfaces_with_code_and_handle()
        {
            var (client, _) = Scripted(_ => "01 0A 0300 02");
            var e = await Assert.ThrowsAsync<AttErrorException>(() => client.ReadAsync(3).WaitAsync(Wait));
            Assert.Equal(AttError.ReadNotPermitted, e.Error);
            Assert.Equal(3, e.Handle);
        }

        [Fact]
        public async Task No_answer_is_a_timeout_and_a_closed_link_fails_at_once()
        {
            var (client, _) = Scripted(_ => null);
            client.Timeout = TimeSpan.FromMilliseconds(200);
            await Assert.ThrowsAsync<TimeoutException>(() => client.ReadAsync(3));
            client.Close("gone");
            var e = await Assert.ThrowsAsync<IOException>(() => client.ReadAsync(3));
            Assert.Contains("gone", e.Message);
        }

        [Fact]
        public async Task Indications_are_confirmed_and_notifications_are_not()
        {
            var (client, sent) = Scripted(_ => null);
            var values = new System.Collections.Concurrent.BlockingCollection<(ushort, byte[])>();
            client.NotificationReceived += (h, v) => values.Add((h, v));
            client.Receive(Convert.FromHexString("1B0800AA"));
            client.Receive(Convert.FromHexString("1D0900BB"));
            client.Receive(Convert.FromHexString("1D09"));   // too short: dropped, not confirmed
            Assert.True(values.TryTake(out var n, Wait));
            Assert.Equal((ushort)8, n.Item1);
            Assert.True(values.TryTake(out var i, Wait));
            Assert.Equal(new byte[] { 0xBB }, i.Item2);
            Assert.Equal(new[] { "1E" }, sent.ToArray());
            await Task.CompletedTask;
        }

        [Fact]
        public async Task Writes_that_do_not_fit_the_mtu_are_refused_before_sending()
        {
            var (client, sent) = Scripted(_ => "13");
            await Assert.ThrowsAsync<ArgumentException>(() => client.WriteAsync(5, new byte[21]));
            Assert.Throws<ArgumentException>(() => client.WriteWithoutResponse(5, new byte[21]));
            await client.WriteAsync(5, new byte[20]).WaitAsync(Wait);
            Assert.Single(sent);
        }
    }
}
