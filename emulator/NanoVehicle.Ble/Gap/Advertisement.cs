using System;
using System.Collections.Generic;
using System.Text;

namespace NanoVehicle.Ble.Gap
{
    /// <summary>The kind of advertising PDU a report came from (Core Vol 4 Part E §7.7.65.2).</summary>
    public enum AdvertisingEventType : byte
    {
        /// <summary>Connectable and scannable undirected (ADV_IND).</summary>
        ConnectableUndirected = 0x00,
        /// <summary>Connectable directed (ADV_DIRECT_IND).</summary>
        ConnectableDirected = 0x01,
        /// <summary>Scannable undirected (ADV_SCAN_IND).</summary>
        ScannableUndirected = 0x02,
        /// <summary>Non-connectable undirected (ADV_NONCONN_IND).</summary>
        NonConnectableUndirected = 0x03,
        /// <summary>Scan response (SCAN_RSP).</summary>
        ScanResponse = 0x04,
    }

    /// <summary>One advertising report seen while scanning.</summary>
    public sealed class Advertisement
    {
        internal Advertisement(AdvertisingEventType eventType, BdAddr address, sbyte rssi, byte[] data, IReadOnlyList<AdStructure> structures)
        {
            EventType = eventType;
            Address = address;
            Rssi = rssi;
            Data = data;
            Structures = structures;
        }

        /// <summary>What was received: advertising or scan response.</summary>
        public AdvertisingEventType EventType { get; }
        /// <summary>The advertiser.</summary>
        public BdAddr Address { get; }
        /// <summary>Received signal strength in dBm (127: not available).</summary>
        public sbyte Rssi { get; }
        /// <summary>The raw payload.</summary>
        public byte[] Data { get; }
        /// <summary>The payload's AD structures.</summary>
        public IReadOnlyList<AdStructure> Structures { get; }

        /// <summary>True when the advertiser accepts connections.</summary>
        public bool IsConnectable => EventType == AdvertisingEventType.ConnectableUndirected || EventType == AdvertisingEventType.ConnectableDirected;

        /// <summary>The first structure of a type, or null.</summary>
        public AdStructure Find(byte adType)
        {
            foreach (var s in Structures) if (s.Type == adType) return s;
            return null;
        }

        /// <summary>The complete or shortened local name, or null.</summary>
        public string LocalName
        {
            get
            {
                var s = Find(AdStructure.CompleteLocalName) ?? Find(AdStructure.ShortenedLocalName);
                return s == null ? null : Encoding.UTF8.GetString(s.Data);
            }
        }

        /// <inheritdoc/>
        public override string ToString() => $"{EventType} from {Address} rssi {Rssi} {Convert.ToHexString(Data)}";
    }
}
