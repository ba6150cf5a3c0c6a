using System;
using System.Device.Wifi;
using System.Net.NetworkInformation;
using System.Threading;
using nanoFramework.Networking;

namespace NanoVehicle.Firmware.Network
{
    /// <summary>
    /// The Wi-Fi station link: joins the configured network with DHCP, waits for the RTC to be set by the
    /// firmware's SNTP client (the network helper's <c>requiresDateTime</c>), and lets the radio reconnect on its
    /// own after a loss (automatic reconnection), with <see cref="Rejoin"/> for when it stays down.
    /// </summary>
    public sealed class WifiLink
    {
        private readonly string _ssid;
        private readonly string _password;
        private bool _joined;
        private bool _available;
        private Thread _supervisor;

        /// <summary>A link to the network <paramref name="ssid"/>.</summary>
        public WifiLink(string ssid, string password)
        {
            _ssid = ssid;
            _password = password;
            NetworkChange.NetworkAvailabilityChanged += OnAvailabilityChanged;
        }

        /// <summary>True while the station has an address on the network.</summary>
        public bool IsUp
        {
            get { return _joined && _available; }
        }

        /// <summary>What went wrong in the last join, for the debug output; null after a success.</summary>
        public string LastProblem { get; private set; }

        /// <summary>
        /// Joins the network and waits, at most <paramref name="timeoutMilliseconds"/>, for an address and the
        /// network time. Returns false with <see cref="LastProblem"/> set when either does not come. Never throws.
        /// </summary>
        public bool Join(int timeoutMilliseconds)
        {
            CancellationTokenSource cancel = new CancellationTokenSource(timeoutMilliseconds);
            bool ok = WifiNetworkHelper.ConnectDhcp(_ssid, _password, WifiReconnectionKind.Automatic, true, 0, cancel.Token);
            return Settle(ok, "join \"" + _ssid + "\"");
        }

        /// <summary>
        /// Asks the helper to reconnect with the stored credentials after a loss that automatic reconnection did
        /// not repair, waiting at most <paramref name="timeoutMilliseconds"/>. Never throws.
        /// </summary>
        public bool Rejoin(int timeoutMilliseconds)
        {
            CancellationTokenSource cancel = new CancellationTokenSource(timeoutMilliseconds);
            bool ok = WifiNetworkHelper.Reconnect(true, 0, cancel.Token);
            return Settle(ok, "rejoin \"" + _ssid + "\"");
        }

        /// <summary>
        /// Starts a background thread that watches the link: when it has been down for 30 s (automatic
        /// reconnection did not bring it back), it asks for a rejoin, then waits longer each time (up to 5 min).
        /// </summary>
        public void Supervise()
        {
            _supervisor = new Thread(Watch);
            _supervisor.Start();
        }

        private void Watch()
        {
            const int CheckMilliseconds = 10000;
            const int DownBeforeRejoinMilliseconds = 30000;
            const int MaxPauseMilliseconds = 300000;
            int down = 0;
            int pause = DownBeforeRejoinMilliseconds;
            while (true)
            {
                Thread.Sleep(CheckMilliseconds);
                if (IsUp)
                {
                    down = 0;
                    pause = DownBeforeRejoinMilliseconds;
                    continue;
                }

                down += CheckMilliseconds;
                if (down < pause)
                {
                    continue;
                }

                Console.WriteLine("wifi: down for " + (down / 1000).ToString() + " s, rejoining");
                down = 0;
                if (!(_joined ? Rejoin(60000) : Join(60000)))
                {
                    pause = pause >= MaxPauseMilliseconds / 2 ? MaxPauseMilliseconds : pause * 2;
                }
            }
        }

        /// <summary>The station's IPv4 address, or an empty string.</summary>
        public string Address()
        {
            NetworkInterface[] interfaces = NetworkInterface.GetAllNetworkInterfaces();
            for (int i = 0; i < interfaces.Length; i++)
            {
                if (interfaces[i].NetworkInterfaceType == NetworkInterfaceType.Wireless80211)
                {
                    return interfaces[i].IPv4Address;
                }
            }

            return string.Empty;
        }

        private bool Settle(bool ok, string what)
        {
            _joined = ok;
            _available = ok;
            if (ok)
            {
                LastProblem = null;
                Console.WriteLine("wifi: " + what + " done, address " + Address() + ", time " + DateTime.UtcNow.ToString("o"));
                return true;
            }

            Exception ex = WifiNetworkHelper.HelperException;
            LastProblem = "could not " + what + " (" + Describe(WifiNetworkHelper.Status) + (ex == null ? ")" : ", " + ex.Message + ")");
            Console.WriteLine("wifi: " + LastProblem);
            return false;
        }

        private static string Describe(NetworkHelperStatus status)
        {
            switch (status)
            {
                case NetworkHelperStatus.TokenExpiredWaitingIPAddress:
                    return "no address from DHCP in time: check the SSID, the password and the signal";
                case NetworkHelperStatus.TokenExpiredWaitingDateTime:
                    return "no network time in time: the network must reach an NTP server (UDP 123)";
                case NetworkHelperStatus.ErrorConnetingToWiFiWhileScanning:
                    return "the network was not found while scanning";
                case NetworkHelperStatus.FailedNoNetworkInterface:
                    return "no Wi-Fi interface in this firmware image";
                case NetworkHelperStatus.ExceptionOccurred:
                    return "the network helper failed";
                default:
                    return "status " + ((int)status).ToString();
            }
        }

        private void OnAvailabilityChanged(object sender, NetworkAvailabilityEventArgs e)
        {
            _available = e.IsAvailable;
            Console.WriteLine(e.IsAvailable ? "wifi: network available" : "wifi: network lost");
        }
    }
}
