using System;
using System.Collections;
using System.Text;
using NanoVehicle.Core;
using NanoVehicle.Core.Json;
using NanoVehicle.Core.Outcomes;
using NanoVehicle.Core.Ports;
using NanoVehicle.Core.Snapshots;
using NanoVehicle.Core.Text;
using NanoVehicle.Firmware.Network;

namespace NanoVehicle.Firmware
{
    /// <summary>
    /// The car's MQTT topics (psa-mqtt.md §2, §5, §6 and the simulation-control topics of design.md §4): PSA
    /// requests in, progress and final replies out, event snapshots, simulation control. All decisions and all
    /// payload content come from the core (<see cref="Vehicle"/>, <see cref="Outcome"/>, the snapshot
    /// renderers); this class only reads the envelope and names the topics.
    /// </summary>
    /// <remarks>
    /// Interim device adapter: when the core's own PSA protocol object lands (issue 4, <c>NanoVehicle.Core.Protocol</c>),
    /// this class shrinks to forwarding to it, so that the ESP32 and the emulator answer byte for byte alike
    /// (duplicate correlation ids, error replies for malformed requests). Until then a malformed request is
    /// reported on the debug output and not answered.
    /// </remarks>
    public sealed class RemoteServices
    {
        private const string RequestPrefix = "psa/RemoteServices/from/cid/";
        private const string ReplyPrefix = "psa/RemoteServices/to/cid/";
        private const string EventsPrefix = "psa/RemoteServices/events/MPHRTServices/";

        private readonly Vehicle _car;
        private readonly string _customerId;
        private readonly IJsonPort _json;
        private readonly string _requests;
        private readonly string _simSet;
        private readonly JsonWriter _writer = new JsonWriter();

        /// <summary>The topics of <paramref name="car"/>, addressed to <paramref name="customerId"/>.</summary>
        public RemoteServices(Vehicle car, string customerId, IJsonPort json)
        {
            _car = car;
            _customerId = customerId;
            _json = json;
            _requests = RequestPrefix + customerId + "/";
            _simSet = SimTopic("set");
        }

        /// <summary>Retained <c>online</c> while connected, <c>offline</c> as the last will.</summary>
        public string StatusTopic
        {
            get { return "nanovehicle/" + _car.Vin + "/status"; }
        }

        /// <summary>What the car subscribes to: its customer's requests and its simulation control.</summary>
        public string[] Subscriptions
        {
            get { return new string[] { _requests + "#", _simSet }; }
        }

        /// <summary>
        /// Handles one received message, adding what to publish to <paramref name="outgoing"/>. Returns true when
        /// the car ran a command or took overrides (its state should be saved). Never throws for bad input.
        /// </summary>
        public bool Handle(MqttMessage message, ArrayList outgoing)
        {
            string text = message.Payload == null ? string.Empty : Encoding.UTF8.GetString(message.Payload, 0, message.Payload.Length);
            if (message.Topic == _simSet)
            {
                return SimSet(text, outgoing);
            }

            if (message.Topic.StartsWith(_requests) && message.Topic.Length > _requests.Length)
            {
                return Request(message.Topic.Substring(_requests.Length), text, outgoing);
            }

            return false;
        }

        /// <summary>The full snapshot for <c>psa/RemoteServices/events/MPHRTServices/&lt;VIN&gt;</c>.</summary>
        public MqttMessage Snapshot()
        {
            return Message(EventsPrefix + _car.Vin, PsaEventSnapshot.Render(_car), false);
        }

        /// <summary>The full state, retained, for <c>nanovehicle/&lt;VIN&gt;/sim/state</c>.</summary>
        public MqttMessage SimState()
        {
            return Message(SimTopic("state"), StateDocument.Render(_car), true);
        }

        private bool Request(string service, string text, ArrayList outgoing)
        {
            Hashtable envelope = ParseObject(text, "request on " + service);
            if (envelope == null)
            {
                return false;
            }

            string vin;
            if (JsonValues.ReadString(envelope, "vin", out vin) != JsonValues.Ok || vin != _car.Vin)
            {
                // Requests for other cars of the same customer are theirs.
                return false;
            }

            string correlation;
            if (JsonValues.ReadString(envelope, "correlation_id", out correlation) != JsonValues.Ok)
            {
                correlation = string.Empty;
            }

            Outcome outcome = _car.ExecutePsa(service, JsonValues.Get(envelope, "req_parameters"));
            Console.WriteLine("psa: " + service + " " + correlation + " -> " + outcome.ToString());

            string replyTopic = ReplyPrefix + _customerId + "/" + service;
            int[] progress = outcome.PsaProgress;
            for (int i = 0; i < progress.Length; i++)
            {
                _writer.Reset();
                _writer.BeginObject()
                    .Property("process_date", Iso8601.FormatTimestamp(_car.Now))
                    .Property("vin", _car.Vin)
                    .Property("correlation_id", correlation)
                    .Property("process_code", progress[i].ToString())
                    .Property("process_message", Outcome.PsaProgressMessage(progress[i]))
                    .EndObject();
                outgoing.Add(Message(replyTopic + "/ProcessManagement", _writer.ToString(), false));
            }

            _writer.Reset();
            _writer.BeginObject()
                .Property("resp_date", Iso8601.FormatTimestamp(_car.Now))
                .Property("vin", _car.Vin)
                .Property("correlation_id", correlation)
                .Property("return_code", outcome.PsaReturnCode);
            if (outcome.PsaReason != null)
            {
                _writer.Property("reason", outcome.PsaReason);
            }

            _writer.Name("resp_data");
            outcome.WritePsaRespData(_writer);
            _writer.Name("sdk").BeginObject();
            outcome.WriteSdk(_writer);
            _writer.EndObject();
            _writer.Name("eventStatus");
            outcome.WriteWebApiEventStatus(_writer);
            _writer.EndObject();
            outgoing.Add(Message(replyTopic, _writer.ToString(), false));
            return true;
        }

        private bool SimSet(string text, ArrayList outgoing)
        {
            Hashtable overrides = ParseObject(text, "sim/set");
            string error = overrides == null ? "the payload must be a JSON object" : _car.ApplyOverrides(overrides);
            _writer.Reset();
            _writer.BeginObject().Property("ok", error == null);
            if (error != null)
            {
                _writer.Property("error", error);
                Console.WriteLine("sim/set refused: " + error);
            }

            _writer.EndObject();
            outgoing.Add(Message(SimTopic("result"), _writer.ToString(), false));
            return error == null;
        }

        private Hashtable ParseObject(string text, string what)
        {
            object tree;
            try
            {
                tree = _json.Parse(text);
            }
            catch (Exception ex)
            {
                Console.WriteLine(what + ": not JSON (" + ex.Message + ")");
                return null;
            }

            Hashtable table = tree as Hashtable;
            if (table == null)
            {
                Console.WriteLine(what + ": not a JSON object");
            }

            return table;
        }

        private string SimTopic(string leaf)
        {
            return "nanovehicle/" + _car.Vin + "/sim/" + leaf;
        }

        private static MqttMessage Message(string topic, string json, bool retain)
        {
            return new MqttMessage(topic, Encoding.UTF8.GetBytes(json), retain, true);
        }
    }
}
