using System;
using System.Collections;
using System.Text;
using NanoVehicle.Core.Commands;
using NanoVehicle.Core.Json;
using NanoVehicle.Core.Outcomes;
using NanoVehicle.Core.Ports;
using NanoVehicle.Core.Simulation;
using NanoVehicle.Core.Snapshots;
using NanoVehicle.Core.Text;

namespace NanoVehicle.Core.Protocol
{
    /// <summary>
    /// The car's MQTT protocol, without I/O: give it each incoming message (topic and payload bytes) and it returns
    /// the messages to publish. It answers PSA remote-service requests addressed to this VIN (progress 900/901/903,
    /// the final reply, then a snapshot), refuses repeated correlation ids with 502, answers bad input with an error
    /// reply wherever the topic names a customer, runs simulation control (<c>nanovehicle/&lt;VIN&gt;/sim/set</c>),
    /// and publishes a snapshot and the retained simulation state on every state change.
    /// Not thread-safe: the adapter serialises calls to <see cref="Handle"/>, <see cref="Advance"/> and the car.
    /// </summary>
    public sealed class VehicleProtocol
    {
        /// <summary>Largest payload read by default (a full preconditioning request is well under 1 KB).</summary>
        public const int DefaultMaxPayloadBytes = 16384;
        /// <summary>How many recent correlation ids are remembered by default.</summary>
        public const int DefaultRememberedIds = 256;

        private readonly Vehicle _car;
        private readonly IJsonPort _json;
        private readonly IClock _clock;
        private readonly JsonWriter _writer = new JsonWriter();
        private readonly CorrelationMemory _seen;
        private readonly string _simSet;

        /// <summary>Creates the protocol of <paramref name="car"/>; <paramref name="clock"/> dates the replies.</summary>
        public VehicleProtocol(Vehicle car, IJsonPort json, IClock clock)
            : this(car, json, clock, DefaultRememberedIds)
        {
        }

        /// <summary>Creates the protocol, remembering <paramref name="rememberedIds"/> correlation ids.</summary>
        public VehicleProtocol(Vehicle car, IJsonPort json, IClock clock, int rememberedIds)
        {
            _car = car;
            _json = json;
            _clock = clock;
            _seen = new CorrelationMemory(rememberedIds);
            _simSet = ProtocolTopics.SimSet(car.Vin);
            MaxPayloadBytes = DefaultMaxPayloadBytes;
        }

        /// <summary>Payloads larger than this are refused unread.</summary>
        public int MaxPayloadBytes { get; set; }

        /// <summary>The car.</summary>
        public Vehicle Car
        {
            get { return _car; }
        }

        /// <summary>Topic filters to subscribe to (QoS 1): every customer's requests and this car's sim/set.</summary>
        public string[] Subscriptions
        {
            get { return new string[] { ProtocolTopics.RequestFilter, _simSet }; }
        }

        /// <summary>The online message (retained), to publish once connected.</summary>
        public OutgoingMessage Online()
        {
            return StatusMessage("online");
        }

        /// <summary>The offline message (retained): the last will, and what a clean shutdown publishes.</summary>
        public OutgoingMessage Offline()
        {
            return StatusMessage("offline");
        }

        /// <summary>What to publish after (re)connecting: online, a snapshot and the retained simulation state.</summary>
        public ProtocolResult Start()
        {
            var result = new ProtocolResult();
            result.Add(Online());
            result.SetEvents(_car.Advance());
            AddSnapshots(result, true);
            return result;
        }

        /// <summary>
        /// Brings the simulation up to the clock (call it every second or so) and returns a snapshot and the simulation
        /// state when the state changed, with the events raised.
        /// </summary>
        public ProtocolResult Advance()
        {
            var result = new ProtocolResult();
            result.SetEvents(_car.Advance());
            bool changed = HasStateChanged(result.Events);
            if (changed)
            {
                AddSnapshots(result, true);
            }

            return result;
        }

        /// <summary>Handles one incoming message. Never throws for bad input.</summary>
        public ProtocolResult Handle(string topic, byte[] payload)
        {
            var result = new ProtocolResult();
            if (topic == _simSet)
            {
                HandleSimSet(payload, result);
                return result;
            }

            string cid, service;
            if (!ProtocolTopics.TrySplitRequest(topic, out cid, out service))
            {
                result.Ignored = true;
                return result;
            }

            HandleRequest(cid, service, payload, result);
            return result;
        }

        private void HandleRequest(string cid, string service, byte[] payload, ProtocolResult result)
        {
            string replyService = service.Length == 0 ? "unknown" : service;
            string problem;
            Hashtable envelope = ReadObject(payload, out problem);
            if (envelope == null)
            {
                Reject(result, cid, replyService, string.Empty, string.Empty, Refusal.InvalidParameter, "payload", problem);
                return;
            }

            string vin;
            int status = JsonValues.ReadString(envelope, "vin", out vin);
            if (status != JsonValues.Ok)
            {
                Reject(result, cid, replyService, string.Empty, ReadCorrelation(envelope), Refused(status), "vin",
                    status == JsonValues.Missing ? "the envelope has no vin" : "vin is not a string");
                return;
            }

            if (!JsonValues.EqualsIgnoreCase(vin, _car.Vin))
            {
                result.Ignored = true; // many cars share a broker: another car answers it
                return;
            }

            string correlationId;
            status = JsonValues.ReadString(envelope, "correlation_id", out correlationId);
            if (status != JsonValues.Ok || correlationId.Length == 0)
            {
                Reject(result, cid, replyService, _car.Vin, string.Empty, status == JsonValues.Missing ? Refusal.MissingParameter : Refusal.InvalidParameter,
                    "correlation_id", status == JsonValues.Missing ? "the envelope has no correlation_id" : "correlation_id is not a non-empty string");
                return;
            }

            if (_seen.Contains(correlationId))
            {
                string date = Now();
                if (cid.Length > 0)
                {
                    result.Add(new OutgoingMessage(ProtocolTopics.Reply(cid, replyService),
                        PsaReplies.Duplicate(_writer, date, _car.Vin, correlationId), 1, false));
                }

                result.AddLog(replyService + " " + correlationId + ": duplicate correlation_id, answered 502 and not run again");
                return;
            }

            string field = CheckOptionalEnvelope(envelope);
            if (field != null)
            {
                Reject(result, cid, replyService, _car.Vin, correlationId, Refusal.InvalidParameter, field, field + " has the wrong type or format");
                return;
            }

            if (!JsonValues.Has(envelope, "req_parameters"))
            {
                Reject(result, cid, replyService, _car.Vin, correlationId, Refusal.MissingParameter, "req_parameters", "the envelope has no req_parameters");
                return;
            }

            if (cid.Length == 0)
            {
                result.AddLog("request on a topic without a customer id: nowhere to answer, not run");
                return;
            }

            _seen.Remember(correlationId);
            Outcome outcome = _car.ExecutePsa(service, JsonValues.Get(envelope, "req_parameters"));
            result.Outcome = outcome;
            string when = Now();
            int[] progress = outcome.PsaProgress;
            for (int i = 0; i < progress.Length; i++)
            {
                result.Add(new OutgoingMessage(ProtocolTopics.Progress(cid, replyService),
                    PsaReplies.Progress(_writer, when, _car.Vin, correlationId, progress[i]), 1, false));
            }

            result.Add(new OutgoingMessage(ProtocolTopics.Reply(cid, replyService),
                PsaReplies.Final(_writer, when, _car.Vin, correlationId, outcome), 1, false));
            result.AddLog(replyService + " " + correlationId + " from " + cid + ": " + outcome.ToString());
            result.SetEvents(_car.Advance());
            AddSnapshots(result, HasStateChanged(result.Events));
        }

        private void HandleSimSet(byte[] payload, ProtocolResult result)
        {
            string problem;
            Hashtable overrides = ReadObject(payload, out problem);
            string error = overrides == null ? "payload: " + problem : _car.ApplyOverrides(overrides);
            _writer.Reset();
            _writer.BeginObject().Property("date", Now()).Property("vin", _car.Vin).Property("ok", error == null);
            if (error != null)
            {
                _writer.Property("error", error);
            }

            _writer.EndObject();
            result.Add(new OutgoingMessage(ProtocolTopics.SimResult(_car.Vin), _writer.ToString(), 1, false));
            if (error != null)
            {
                result.AddLog("sim/set refused: " + error);
                return;
            }

            result.AddLog("sim/set applied");
            result.SetEvents(_car.Advance());
            AddSnapshots(result, true);
        }

        // Reads the payload as a JSON object; null with a reason when it is too large, not UTF-8 text, not JSON or not an object.
        private Hashtable ReadObject(byte[] payload, out string problem)
        {
            problem = null;
            int length = payload == null ? 0 : payload.Length;
            if (length > MaxPayloadBytes)
            {
                problem = "the payload is " + length.ToString() + " bytes, over the " + MaxPayloadBytes.ToString() + "-byte limit";
                return null;
            }

            if (length == 0)
            {
                problem = "the payload is empty";
                return null;
            }

            object tree;
            try
            {
                tree = _json.Parse(Encoding.UTF8.GetString(payload, 0, length));
            }
            catch (Exception ex)
            {
                problem = "the payload is not JSON (" + ex.Message + ")";
                return null;
            }

            Hashtable obj = tree as Hashtable;
            if (obj == null)
            {
                problem = "the payload is JSON but not an object";
            }

            return obj;
        }

        private string ReadCorrelation(Hashtable envelope)
        {
            string id;
            return JsonValues.ReadString(envelope, "correlation_id", out id) == JsonValues.Ok ? id : string.Empty;
        }

        // The envelope members the car does not need must still have their documented types when present.
        private static string CheckOptionalEnvelope(Hashtable envelope)
        {
            string text;
            if (JsonValues.Has(envelope, "customer_id") && JsonValues.ReadString(envelope, "customer_id", out text) != JsonValues.Ok)
            {
                return "customer_id";
            }

            if (JsonValues.Has(envelope, "access_token") && JsonValues.ReadString(envelope, "access_token", out text) != JsonValues.Ok)
            {
                return "access_token";
            }

            if (JsonValues.Has(envelope, "req_date"))
            {
                DateTime date;
                if (JsonValues.ReadString(envelope, "req_date", out text) != JsonValues.Ok || !Iso8601.TryParseTimestamp(text, out date))
                {
                    return "req_date";
                }
            }

            return null;
        }

        private static int Refused(int readStatus)
        {
            return readStatus == JsonValues.Missing ? Refusal.MissingParameter : Refusal.InvalidParameter;
        }

        // Answers an input error on the reply topic when the topic names a customer, and logs it either way.
        private void Reject(ProtocolResult result, string cid, string service, string vin, string correlationId, int refusal, string field, string why)
        {
            var outcome = new Outcome(PsaCommandReader.FamilyOf(service), -1, refusal, field, false);
            result.Outcome = outcome;
            if (cid.Length > 0)
            {
                result.Add(new OutgoingMessage(ProtocolTopics.Reply(cid, service),
                    PsaReplies.Final(_writer, Now(), vin, correlationId, outcome), 1, false));
                result.AddLog("bad request on " + service + " from " + cid + ": " + why + " (answered " + outcome.PsaReturnCode + ", SDK " + outcome.SdkCode.ToString() + ")");
            }
            else
            {
                result.AddLog("bad request on " + service + " without a customer id: " + why + " (nowhere to answer)");
            }
        }

        private void AddSnapshots(ProtocolResult result, bool stateChanged)
        {
            result.Add(new OutgoingMessage(ProtocolTopics.Events(_car.Vin), PsaEventSnapshot.Render(_car), 1, false));
            if (stateChanged)
            {
                result.StateChanged = true;
                result.Add(new OutgoingMessage(ProtocolTopics.SimState(_car.Vin), StateDocument.Render(_car), 1, true));
            }
        }

        private static bool HasStateChanged(VehicleEvent[] events)
        {
            for (int i = 0; i < events.Length; i++)
            {
                if (events[i].Name == VehicleEvent.StateChanged)
                {
                    return true;
                }
            }

            return false;
        }

        private OutgoingMessage StatusMessage(string status)
        {
            var json = new JsonWriter();
            json.BeginObject().Property("vin", _car.Vin).Property("status", status).EndObject();
            return new OutgoingMessage(ProtocolTopics.Status(_car.Vin), json.ToString(), 1, true);
        }

        private string Now()
        {
            return Iso8601.FormatTimestamp(_clock.UtcNow);
        }
    }
}
