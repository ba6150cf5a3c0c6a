using System;

namespace NanoVehicle.Ble.L2cap
{
    /// <summary>The security manager channel (CID 0x0006, Core Vol 3 Part H §3). This host does not pair: a
    /// Pairing Request (0x01) or a Security Request (0x0B) is answered with Pairing Failed (0x05), reason
    /// Pairing Not Supported (0x05) (§3.5.5). Other codes are dropped, as are empty frames.</summary>
    public sealed class SecurityManager
    {
        /// <summary>Pairing Request.</summary>
        public const byte PairingRequest = 0x01;
        /// <summary>Pairing Failed.</summary>
        public const byte PairingFailed = 0x05;
        /// <summary>Security Request.</summary>
        public const byte SecurityRequest = 0x0B;
        /// <summary>Reason: Pairing Not Supported.</summary>
        public const byte PairingNotSupported = 0x05;

        private readonly Action<byte[]> send;

        /// <summary>SMP for one connection; <paramref name="send"/> takes the channel payload.</summary>
        public SecurityManager(Action<byte[]> send) { this.send = send; }

        /// <summary>Dropped input and answers, for logs.</summary>
        public event Action<string> Diagnostic;

        /// <summary>Handles one SMP payload.</summary>
        public void Receive(byte[] payload)
        {
            if (payload.Length == 0)
            {
                Diagnostic?.Invoke("empty SMP frame dropped");
                return;
            }
            switch (payload[0])
            {
                case PairingRequest:
                case SecurityRequest:
                    Diagnostic?.Invoke($"SMP 0x{payload[0]:X2} answered with Pairing Failed: pairing not supported");
                    send(new byte[] { PairingFailed, PairingNotSupported });
                    return;
                default:
                    Diagnostic?.Invoke($"SMP code 0x{payload[0]:X2} dropped: no pairing in progress");
                    return;
            }
        }
    }
}
