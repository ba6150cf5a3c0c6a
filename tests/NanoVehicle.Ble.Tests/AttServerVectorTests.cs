using System;
using System.Collections.Generic;
using NanoVehicle.Ble.Att;
using NanoVehicle.Ble.Gatt;
using Xunit;

namespace NanoVehicle.Ble.Tests
{
    /// <summary>ATT server answers, byte for byte, written from the PDU formats of Core Vol 3 Part F §3.4 against a
    /// database whose handles are known:
    /// 1 GAP service, 2-3 Device Name "car", 4-5 Appearance; 6 Battery service 0x180F, 7 declaration, 8 Battery
    /// Level 0x2A19 (read, notify) = 0x64, 9 its CCCD; 10 a 128-bit service, 11 declaration, 12 a write-only
    /// 128-bit characteristic.</summary>
    public class AttServerVectorTests
    {
        private const string Uuid128 = "00112233-4455-6677-8899-aabbccddeeff";
        // The same UUID least significant byte first, as ATT carries it.
        private const string Uuid128Le = "FFEEDDCCBBAA99887766554433221100";

        private readonly GattServer server = new GattServer("car");
        private readonly List<byte[]> sent = new List<byte[]>();
        private readonly AttBearer bearer;
        private readonly GattCharacteristic battery;
        private readonly GattCharacteristic writeOnly;
        private readonly List<GattSubscriptionChange> changes = new List<GattSubscriptionChange>();

        public AttServerVectorTests()
        {
            bearer = new AttBearer(p => sent.Add(p));
            battery = new GattCharacteristic(BleUuid.From16(0x2A19), GattProperties.Read | GattProperties.Notify, new byte[] { 0x64 });
            battery.SubscriptionChanged += c => changes.Add(c);
            writeOnly = new GattCharacteristic(BleUuid.Parse(Uuid128), GattProperties.Write);
            server.AddService(new GattService(BleUuid.From16(0x180F), battery));
            server.AddService(new GattService(BleUuid.Parse(Uuid128), writeOnly));
            server.Attach(bearer);
        }

        private string Exchange(string requestHex)
        {
            sent.Clear();
            server.Receive(bearer, Convert.FromHexString(requestHex.Replace(" ", "")));
            Assert.True(sent.Count <= 1, "at most one response per request");
            return sent.Count == 0 ? null : Convert.ToHexString(sent[0]);
        }

        private static string H(string hex) => hex.Replace(" ", "");

        [Fact]
        public void Handles_are_laid_out_as_the_database_says()
        {
            Assert.Equal(8, battery.ValueHandle);
            Assert.Equal(9, battery.CccdHandle);
            Assert.Equal(12, writeOnly.ValueHandle);
            Assert.Equal(0, writeOnly.CccdHandle);
        }

        [Theory]
        [InlineData("02 00 02", "03 05 02", 512)] // client 512, server 517: 512 in force
        [InlineData("02 0A 00", "03 05 02", 23)]  // below the LE minimum: 23
        [InlineData("02 05 02", "03 05 02", 517)]
        public void Exchange_mtu(string request, string response, int mtu)
        {
            Assert.Equal(H(response), Exchange(request));
            Assert.Equal(mtu, bearer.Mtu);
        }

        [Theory]
        // Primary services: entries of one length only, so the 128-bit service comes in a second response.
        [InlineData("10 01 00 FF FF 00 28", "11 06 0100 0500 0018 0600 0900 0F18")]
        [InlineData("10 0A 00 FF FF 00 28", "11 14 0A00 0C00 " + Uuid128Le)]
        [InlineData("10 0D 00 FF FF 00 28", "01 10 0D00 0A")] // Attribute Not Found, start handle
        [InlineData("10 01 00 FF FF 03 28", "01 10 0100 10")] // Unsupported Group Type
        [InlineData("10 00 00 FF FF 00 28", "01 10 0000 01")] // start 0: Invalid Handle
        [InlineData("10 05 00 01 00 00 28", "01 10 0500 01")] // start > end: Invalid Handle
        [InlineData("10 01 00 FF FF 00", "01 10 0000 04")]    // truncated: Invalid PDU
        public void Read_by_group_type(string request, string response) => Assert.Equal(H(response), Exchange(request));

        [Theory]
        [InlineData("08 01 00 05 00 03 28", "09 07 0200 02 0300 002A 0400 02 0500 012A")]
        [InlineData("08 06 00 FF FF 03 28", "09 07 0700 12 0800 192A")] // stops where the entry length changes
        [InlineData("08 0B 00 FF FF 03 28", "09 15 0B00 08 0C00 " + Uuid128Le)]
        [InlineData("08 01 00 FF FF 19 2A", "09 03 0800 64")]
        [InlineData("08 0C 00 0C 00 " + Uuid128Le, "01 08 0C00 02")] // first match not readable: Read Not Permitted, its handle
        [InlineData("08 0D 00 FF FF 03 28", "01 08 0D00 0A")]
        [InlineData("08 01 00 FF FF 03", "01 08 0000 04")]
        public void Read_by_type(string request, string response) => Assert.Equal(H(response), Exchange(request));

        [Theory]
        [InlineData("04 08 00 09 00", "05 01 0800 192A 0900 0229")]
        [InlineData("04 0B 00 0C 00", "05 01 0B00 0328")] // stops before the 128-bit type
        [InlineData("04 0C 00 0C 00", "05 02 0C00 " + Uuid128Le)]
        [InlineData("04 0D 00 FF FF", "01 04 0D00 0A")]
        [InlineData("04 09 00 08 00", "01 04 0900 01")]
        [InlineData("04 01 00", "01 04 0000 04")]
        public void Find_information(string request, string response) => Assert.Equal(H(response), Exchange(request));

        [Theory]
        [InlineData("06 01 00 FF FF 00 28 0F 18", "07 0600 0900")]
        [InlineData("06 01 00 FF FF 00 28 " + Uuid128Le, "07 0A00 0C00")]
        [InlineData("06 01 00 FF FF 00 28 0A 18", "01 06 0100 0A")]
        [InlineData("06 01 00 FF FF 19 2A 64", "07 0800 0800")] // a non-grouping attribute ends at itself
        [InlineData("06 00 00 FF FF 00 28 0F 18", "01 06 0000 01")]
        [InlineData("06 01 00 FF FF 00", "01 06 0000 04")]
        public void Find_by_type_value(string request, string response) => Assert.Equal(H(response), Exchange(request));

        [Theory]
        [InlineData("0A 03 00", "0B 636172")]
        [InlineData("0A 01 00", "0B 0018")]
        [InlineData("0A 0B 00", "0B 08 0C00 " + Uuid128Le)]
        [InlineData("0A 09 00", "0B 0000")]
        [InlineData("0A 20 00", "01 0A 2000 01")]
        [InlineData("0A 00 00", "01 0A 0000 01")]
        [InlineData("0A 0C 00", "01 0A 0C00 02")]
        [InlineData("0A 03", "01 0A 0000 04")]
        [InlineData("0A 03 00 00", "01 0A 0000 04")]
        [InlineData("0C 03 00 01 00", "0D 6172")]
        [InlineData("0C 03 00 03 00", "0D")]
        [InlineData("0C 03 00 04 00", "01 0C 0300 07")]
        [InlineData("0C 20 00 00 00", "01 0C 2000 01")]
        [InlineData("0C 03 00 01", "01 0C 0000 04")]
        public void Read_and_read_blob(string request, string response) => Assert.Equal(H(response), Exchange(request));

        [Theory]
        [InlineData("0E 03 00 05 00", "01 0E 0000 06")] // Read Multiple: not supported
        [InlineData("16 0C 00 00 00 01", "01 16 0000 06")] // Prepare Write: not supported
        [InlineData("18 01", "01 18 0000 06")]
        [InlineData("3F", "01 3F 0000 06")] // unknown request
        [InlineData("7F 01 02", null)] // unknown command: no answer
        [InlineData("0B 01", null)] // a response sent to a server: dropped
        [InlineData("1E", null)] // confirmation with nothing outstanding: dropped
        [InlineData("", null)]
        public void Unsupported_and_stray_pdus(string request, string response) => Assert.Equal(response == null ? null : H(response), Exchange(request));

        [Fact]
        public void Writes_and_their_errors()
        {
            Assert.Equal("13", Exchange("12 0C 00 AA BB"));
            Assert.Equal(new byte[] { 0xAA, 0xBB }, writeOnly.Value);
            Assert.Equal(H("01 12 0800 03"), Exchange("12 08 00 01"));       // read-only value: Write Not Permitted
            Assert.Equal(H("01 12 0300 03"), Exchange("12 03 00 41"));       // device name is read-only
            Assert.Equal(H("01 12 2000 01"), Exchange("12 20 00 01"));       // Invalid Handle
            Assert.Equal(H("01 12 0000 04"), Exchange("12 0C"));             // Invalid PDU
            Assert.Null(Exchange("52 0C 00 CC"));                             // Write Command on a characteristic without it: ignored
            Assert.Equal(new byte[] { 0xAA, 0xBB }, writeOnly.Value);
            writeOnly.WriteHandler = (c, v) => throw new AttErrorException((AttError)0x80);
            Assert.Equal(H("01 12 0C00 80"), Exchange("12 0C 00 01"));       // application error passed through
            writeOnly.WriteHandler = (c, v) => throw new InvalidOperationException("boom");
            Assert.Equal(H("01 12 0C00 0E"), Exchange("12 0C 00 01"));       // handler failure: Unlikely Error
            var tooLong = "12 0C 00 " + new string('0', 2 * 513);
            Assert.Equal(H("01 12 0C00 0D"), Exchange(tooLong));
        }

        [Fact]
        public void Cccd_subscribe_notify_and_unsubscribe()
        {
            Assert.Equal(H("01 12 0900 0D"), Exchange("12 09 00 01"));       // one byte: bad length
            Assert.Equal(H("01 12 0900 FD"), Exchange("12 09 00 02 00"));    // indicate not permitted: CCCD improperly configured
            Assert.Empty(changes);
            Assert.Equal(0, battery.Notify(new byte[] { 0x63 }));
            Assert.Equal("13", Exchange("12 09 00 01 00"));
            Assert.True(Assert.Single(changes).Notify);
            Assert.Equal(H("0B 0100"), Exchange("0A 09 00"));
            sent.Clear();
            Assert.Equal(1, battery.Notify(new byte[] { 0x62 }));
            Assert.Equal(H("1B 0800 62"), Convert.ToHexString(Assert.Single(sent)));
            Assert.Equal(H("0B 62"), Exchange("0A 08 00"));
            // A value longer than MTU-3 is cut to fit one notification.
            sent.Clear();
            battery.Notify(new byte[30]);
            Assert.Equal(23, Assert.Single(sent).Length);
            Assert.Equal("13", Exchange("12 09 00 00 00"));
            Assert.False(changes[1].Notify);
            sent.Clear();
            Assert.Equal(0, battery.Notify(new byte[] { 0x61 }));
            Assert.Empty(sent);
        }

        [Fact]
        public void Indications_wait_for_confirmation()
        {
            var ind = new GattCharacteristic(BleUuid.From16(0x2A05), GattProperties.Indicate);
            server.AddService(new GattService(BleUuid.From16(0x1801), ind));
            Assert.Equal("13", Exchange($"12 {ind.CccdHandle:X2} 00 02 00"));
            sent.Clear();
            ind.Notify(new byte[] { 1 });
            ind.Notify(new byte[] { 2 });
            var h = $"{ind.ValueHandle:X2}00";
            Assert.Equal(H($"1D {h} 01"), Convert.ToHexString(Assert.Single(sent)));
            Assert.Equal(H($"1D {h} 02"), Exchange("1E"));
            Assert.Null(Exchange("1E"));
            Assert.Null(Exchange("1E")); // nothing outstanding any more
        }

        [Fact]
        public void Detach_ends_subscriptions()
        {
            Exchange("12 09 00 01 00");
            server.Detach(bearer);
            Assert.False(changes[^1].Notify);
            sent.Clear();
            Assert.Equal(0, battery.Notify(new byte[] { 1 }));
            Assert.Empty(sent);
        }

        [Fact]
        public void Read_is_cut_to_mtu_minus_one_and_read_by_type_values_to_mtu_minus_four()
        {
            battery.Value = new byte[40];
            Assert.Equal(23, Convert.FromHexString(Exchange("0A 08 00")).Length);
            var rsp = Convert.FromHexString(Exchange("08 08 00 08 00 19 2A"));
            Assert.Equal(2 + 2 + 19, rsp.Length);
            Assert.Equal(21, rsp[1]);
            Assert.Equal(H("0D") + new string('0', 2 * 18), Exchange("0C 08 00 16 00")); // from offset 22: 18 bytes left, all fit
        }
    }
}
