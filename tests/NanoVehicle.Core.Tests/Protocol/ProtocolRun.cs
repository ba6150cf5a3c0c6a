using System.Collections;
using System.Text;
using NanoVehicle.Core.Protocol;
using NanoVehicle.Core.Tests.Support;

namespace NanoVehicle.Core.Tests.Protocol
{
    /// <summary>Builds requests and reads replies for the protocol tests. Static: the device launcher has no instances.</summary>
    public static class ProtocolRun
    {
        /// <summary>The test car's VIN (see <see cref="Cars"/>).</summary>
        public const string Vin = "VR3UHZKXZLT123456";
        /// <summary>A customer id shaped like the real ones.</summary>
        public const string Cid = "AP-ACNT200000000001";

        /// <summary>A protocol over a fresh e-208 on the manual clock.</summary>
        public static VehicleProtocol E208()
        {
            Vehicle car = Cars.E208();
            return new VehicleProtocol(car, TestJson.Port, car.Clock);
        }

        /// <summary>The request envelope, as the open-source clients send it.</summary>
        public static string Envelope(string vin, string correlationId, string reqParameters)
        {
            return "{\"access_token\":\"token\",\"customer_id\":\"" + Cid + "\",\"correlation_id\":\"" + correlationId
                + "\",\"req_date\":\"2026-03-10T10:00:00Z\",\"vin\":\"" + vin + "\",\"req_parameters\":" + reqParameters + "}";
        }

        /// <summary>Sends a request for this car.</summary>
        public static ProtocolResult Send(VehicleProtocol protocol, string service, string correlationId, string reqParameters)
        {
            return Raw(protocol, ProtocolTopics.Request(Cid, service), Envelope(Vin, correlationId, reqParameters));
        }

        /// <summary>Sends any payload text on any topic.</summary>
        public static ProtocolResult Raw(VehicleProtocol protocol, string topic, string payload)
        {
            return protocol.Handle(topic, Encoding.UTF8.GetBytes(payload));
        }

        /// <summary>The parsed final reply on <paramref name="service"/>, or null.</summary>
        public static Hashtable Reply(ProtocolResult result, string service)
        {
            OutgoingMessage m = result.Find(ProtocolTopics.Reply(Cid, service));
            return m == null ? null : TestJson.Object(m.Payload);
        }

        /// <summary>The SDK error code of a reply ("0" when it succeeded).</summary>
        public static string SdkCode(Hashtable reply)
        {
            Hashtable sdk = (Hashtable)reply["sdk"];
            if ((string)sdk["status"] == "SUCCEEDED")
            {
                return "0";
            }

            return (string)((Hashtable)sdk["error"])["code"];
        }

        /// <summary>The topics of the result's messages with progress codes, joined by " | ".</summary>
        public static string Sequence(ProtocolResult result)
        {
            OutgoingMessage[] all = result.Messages;
            string text = string.Empty;
            for (int i = 0; i < all.Length; i++)
            {
                string item = all[i].Topic;
                if (item.EndsWith(ProtocolTopics.ProgressSuffix))
                {
                    item = "progress " + (string)TestJson.Object(all[i].Payload)["process_code"];
                }
                else if (item.StartsWith(ProtocolTopics.ReplyPrefix))
                {
                    item = "reply " + (string)TestJson.Object(all[i].Payload)["return_code"];
                }
                else if (item.StartsWith(ProtocolTopics.EventPrefix))
                {
                    item = "snapshot";
                }
                else
                {
                    item = item.Substring(item.LastIndexOf('/') + 1);
                }

                text += (i == 0 ? string.Empty : " | ") + item;
            }

            return text;
        }
    }
}
