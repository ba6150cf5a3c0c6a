using System;
using System.Collections;
using System.Text;
using NanoVehicle.Core.State;

namespace NanoVehicle.Core.Configuration
{
    /// <summary>
    /// The settings of one flashed car, read from the JSON file the device keeps on its internal drive:
    /// Wi-Fi, MQTT broker and credentials, the car's identity (VIN, customer id, vehicle profile) and the board.
    /// </summary>
    /// <remarks>
    /// Shape of the file (keys are case-sensitive):
    /// <code>
    /// {
    ///   "wifi":    { "ssid": "…", "password": "…" },
    ///   "mqtt":    { "broker": "mqtts://host:8883", "username": "…", "password": "…", "clientId": "…",
    ///                "caCertificateFile": "I:\\ca.pem", "validateServerCertificate": true, "keepAliveSeconds": 60 },
    ///   "vehicle": { "vin": "VR3UHZKXZMT000001", "customerId": "AP-ACNT200000000001", "profile": "e-208" },
    ///   "board":   "esp32-devkitc",
    ///   "ble":     { "enabled": true }
    /// }
    /// </code>
    /// Only <c>wifi.ssid</c>, <c>mqtt.broker</c>, <c>vehicle.vin</c>, <c>vehicle.customerId</c>,
    /// <c>vehicle.profile</c> and <c>board</c> are required.
    /// </remarks>
    public sealed class DeviceConfiguration
    {
        /// <summary>The MQTT keep-alive used when the file gives none, in seconds.</summary>
        public const int DefaultKeepAliveSeconds = 60;

        private DeviceConfiguration()
        {
        }

        /// <summary>Name of the Wi-Fi network to join.</summary>
        public string WifiSsid { get; private set; }

        /// <summary>Wi-Fi passphrase; empty for an open network.</summary>
        public string WifiPassword { get; private set; }

        /// <summary>The broker to connect to.</summary>
        public BrokerAddress Broker { get; private set; }

        /// <summary>MQTT user name, or null to connect without credentials.</summary>
        public string MqttUsername { get; private set; }

        /// <summary>MQTT password, or null.</summary>
        public string MqttPassword { get; private set; }

        /// <summary>MQTT client id; defaults to <c>nv-&lt;VIN&gt;</c>.</summary>
        public string MqttClientId { get; private set; }

        /// <summary>Path of a PEM CA certificate on the device that signs the broker's certificate, or null.</summary>
        public string CaCertificateFile { get; private set; }

        /// <summary>False to accept any broker certificate (test brokers with self-signed certificates).</summary>
        public bool ValidateServerCertificate { get; private set; }

        /// <summary>MQTT keep-alive period in seconds.</summary>
        public int KeepAliveSeconds { get; private set; }

        /// <summary>The car's 17-character VIN.</summary>
        public string Vin { get; private set; }

        /// <summary>The MQTT customer id the remote-service topics are addressed to (e.g. <c>AP-ACNT…</c>).</summary>
        public string CustomerId { get; private set; }

        /// <summary>Id of the vehicle profile the core simulates (<see cref="VehicleProfile.Find"/>).</summary>
        public string Profile { get; private set; }

        /// <summary>Id of the board definition (a folder name under <c>boards/</c>).</summary>
        public string Board { get; private set; }

        /// <summary>False to keep the Bluetooth radio off.</summary>
        public bool BleEnabled { get; private set; }

        /// <summary>
        /// Reads and checks a parsed configuration tree. Returns the configuration, or null when anything is wrong;
        /// then <paramref name="errors"/> holds one message per problem, each naming the field. Never throws.
        /// </summary>
        public static DeviceConfiguration Parse(object tree, ArrayList errors)
        {
            TreeReader read = new TreeReader(errors);
            Hashtable root = tree as Hashtable;
            if (root == null)
            {
                read.Fail("(file)", "must be a JSON object");
                return null;
            }

            DeviceConfiguration c = new DeviceConfiguration();

            Hashtable wifi = read.Object(root, "wifi", "wifi", true);
            c.WifiSsid = read.String(wifi, "ssid", "wifi.ssid", true);
            if (c.WifiSsid != null && c.WifiSsid.Length > 32)
            {
                read.Fail("wifi.ssid", "is longer than 32 characters");
            }

            c.WifiPassword = read.String(wifi, "password", "wifi.password", false);
            if (c.WifiPassword == null)
            {
                c.WifiPassword = string.Empty;
            }
            else if (c.WifiPassword.Length > 0 && (c.WifiPassword.Length < 8 || c.WifiPassword.Length > 63))
            {
                read.Fail("wifi.password", "must be 8 to 63 characters (WPA2), or empty for an open network");
            }

            Hashtable mqtt = read.Object(root, "mqtt", "mqtt", true);
            string url = read.String(mqtt, "broker", "mqtt.broker", true);
            if (url != null)
            {
                string problem;
                c.Broker = BrokerAddress.Parse(url, out problem);
                if (c.Broker == null)
                {
                    read.Fail("mqtt.broker", problem);
                }
            }

            c.MqttUsername = Optional(read.String(mqtt, "username", "mqtt.username", false));
            c.MqttPassword = Optional(read.String(mqtt, "password", "mqtt.password", false));
            if (c.MqttPassword != null && c.MqttUsername == null)
            {
                read.Fail("mqtt.password", "is set without mqtt.username");
            }

            c.MqttClientId = Optional(read.String(mqtt, "clientId", "mqtt.clientId", false));
            if (c.MqttClientId != null && c.MqttClientId.Length > 23)
            {
                // MQTT 3.1.1 §3.1.3.1: brokers must accept ids of 1–23 characters; longer ones may be refused.
                read.Fail("mqtt.clientId", "is longer than 23 characters, which MQTT 3.1.1 brokers may refuse");
            }

            c.CaCertificateFile = Optional(read.String(mqtt, "caCertificateFile", "mqtt.caCertificateFile", false));
            c.ValidateServerCertificate = read.Boolean(mqtt, "validateServerCertificate", "mqtt.validateServerCertificate", true);
            c.KeepAliveSeconds = read.Integer(mqtt, "keepAliveSeconds", "mqtt.keepAliveSeconds", false, DefaultKeepAliveSeconds, 10, 3600);
            if (c.CaCertificateFile != null && c.Broker != null && !c.Broker.Tls)
            {
                read.Fail("mqtt.caCertificateFile", "is set but mqtt.broker is not an mqtts:// URL");
            }

            Hashtable vehicle = read.Object(root, "vehicle", "vehicle", true);
            c.Vin = read.String(vehicle, "vin", "vehicle.vin", true);
            if (c.Vin != null)
            {
                string problem = VinProblem(c.Vin);
                if (problem != null)
                {
                    read.Fail("vehicle.vin", problem);
                }
            }

            c.CustomerId = read.String(vehicle, "customerId", "vehicle.customerId", true);
            if (c.CustomerId != null && !IsTopicLevel(c.CustomerId))
            {
                read.Fail("vehicle.customerId", "must be one MQTT topic level: no '/', '+', '#', spaces or control characters");
            }

            c.Profile = read.String(vehicle, "profile", "vehicle.profile", true);
            if (c.Profile != null && VehicleProfile.Find(c.Profile) == null)
            {
                read.Fail("vehicle.profile", "is not a profile the core knows (got \"" + c.Profile + "\"; the core's VehicleProfile.Find lists them: ami, e208, showcase)");
            }

            c.Board = read.String(root, "board", "board", true);
            if (c.Board != null && !BoardDefinition.IsBoardId(c.Board))
            {
                read.Fail("board", "must be a board id of lower-case letters, digits and '-' (got \"" + c.Board + "\")");
            }

            Hashtable ble = read.Object(root, "ble", "ble", false);
            c.BleEnabled = read.Boolean(ble, "enabled", "ble.enabled", true);

            if (c.MqttClientId == null && c.Vin != null)
            {
                // 3 + 17 characters: within the 23 every MQTT 3.1.1 broker must accept.
                c.MqttClientId = "nv-" + c.Vin;
            }

            return read.Clean ? c : null;
        }

        /// <summary>Joins the messages of <see cref="Parse"/> into one text, one problem per line.</summary>
        public static string Describe(ArrayList errors)
        {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < errors.Count; i++)
            {
                if (i > 0)
                {
                    text.Append('\n');
                }

                text.Append((string)errors[i]);
            }

            return text.ToString();
        }

        /// <summary>
        /// What is wrong with a VIN (ISO 3779: 17 characters, digits and capital letters other than I, O and Q),
        /// or null when it is well formed.
        /// </summary>
        public static string VinProblem(string vin)
        {
            if (vin.Length != 17)
            {
                return "must be 17 characters (got " + vin.Length.ToString() + ")";
            }

            for (int i = 0; i < vin.Length; i++)
            {
                char ch = vin[i];
                bool ok = (ch >= '0' && ch <= '9') || (ch >= 'A' && ch <= 'Z' && ch != 'I' && ch != 'O' && ch != 'Q');
                if (!ok)
                {
                    return "has '" + ch.ToString() + "' at position " + (i + 1).ToString() + "; only digits and capital letters except I, O and Q are allowed";
                }
            }

            return null;
        }

        private static bool IsTopicLevel(string text)
        {
            for (int i = 0; i < text.Length; i++)
            {
                char ch = text[i];
                if (ch == '/' || ch == '+' || ch == '#' || ch <= ' ' || ch == (char)127)
                {
                    return false;
                }
            }

            return true;
        }

        private static string Optional(string text)
        {
            return text == null || text.Length == 0 ? null : text;
        }
    }
}
