using System;
using System.Collections;
using System.Text;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using NanoVehicle.Core;
using NanoVehicle.Core.Json;
using NanoVehicle.Core.Outcomes;
using NanoVehicle.Core.Ports;
using NanoVehicle.Core.Protocol;
using NanoVehicle.Core.State;
using NanoVehicle.Core.Text;
using NanoVehicle.Host;

namespace NanoVehicle.Benchmarks.Core
{
    /// <summary>
    /// One PSA remote command through the core, as the car handles it: parse the MQTT payload (JSON port), read the
    /// command, apply the rules, render the final reply. Beside it, the floor: the same payload only read with
    /// <see cref="Utf8JsonReader"/>. Targets: ≤ 3× the floor's time and ≤ 2 KB allocated per command.
    /// Two payloads alternate so each run changes the car the same way (lock/unlock, start/stop, 22:30/23:00).
    /// </summary>
    [MemoryDiagnoser]
    public class CommandPipelineBenchmarks
    {
        private byte[][] _payloads;
        private ManualClock _clock;
        private Vehicle _car;
        private JsonWriter _reply;
        private int _turn;

        /// <summary>The PSA service benchmarked.</summary>
        [Params("Doors", "VehCharge", "ThermalPrecond")]
        public string Service { get; set; }

        /// <summary>Builds the car and the two request payloads.</summary>
        [GlobalSetup]
        public void Setup()
        {
            _clock = new ManualClock(new DateTime(2026, 3, 10, 10, 0, 0));
            _car = new Vehicle(VehicleProfile.E208(), new VehicleSettings(), _clock, "VR3UHZKXZLT123456");
            _car.ApplyOverrides(SystemTextJsonPort.Instance.Parse("{\"plugged\":true,\"deferredEnabled\":true,\"chargingStatus\":\"Stopped\"}"));
            _reply = new JsonWriter(new StringBuilder(512));
            string[] parameters = Service switch
            {
                "Doors" => new[] { "{\"action\":\"unlock\"}", "{\"action\":\"lock\"}" },
                "VehCharge" => new[] { "{\"program\":{\"hour\":23,\"minute\":0},\"type\":\"delayed\"}", "{\"program\":{\"hour\":22,\"minute\":30},\"type\":\"delayed\"}" },
                _ => new[]
                {
                    "{\"asap\":\"activate\",\"programs\":{\"program1\":{\"day\":[1,1,1,1,1,0,0],\"hour\":7,\"minute\":15,\"on\":1},\"program2\":{\"day\":[0,0,0,0,0,0,0],\"hour\":34,\"minute\":7,\"on\":0},\"program3\":{\"day\":[0,0,0,0,0,0,0],\"hour\":34,\"minute\":7,\"on\":0},\"program4\":{\"day\":[0,0,0,0,0,0,0],\"hour\":34,\"minute\":7,\"on\":0}}}",
                    "{\"asap\":\"deactivate\",\"programs\":{\"program1\":{\"day\":[1,1,1,1,1,0,0],\"hour\":7,\"minute\":15,\"on\":1},\"program2\":{\"day\":[0,0,0,0,0,0,0],\"hour\":34,\"minute\":7,\"on\":0},\"program3\":{\"day\":[0,0,0,0,0,0,0],\"hour\":34,\"minute\":7,\"on\":0},\"program4\":{\"day\":[0,0,0,0,0,0,0],\"hour\":34,\"minute\":7,\"on\":0}}}",
                },
            };
            _payloads = new byte[2][];
            for (int i = 0; i < 2; i++)
            {
                _payloads[i] = Encoding.UTF8.GetBytes(
                    "{\"access_token\":\"3f6b0c1e-9a7d-4c55-b1e2-0d8f2a6c7e91\",\"customer_id\":\"AP-ACNT200000000001\","
                    + "\"correlation_id\":\"6a1f3c9e8b2d4e7f9a0b1c2d3e4f5a6b20260310100000123\",\"req_date\":\"2026-03-10T10:00:00Z\","
                    + "\"vin\":\"VR3UHZKXZLT123456\",\"req_parameters\":" + parameters[i] + "}");
            }
        }

        /// <summary>
        /// The floor: read the payload's values with <see cref="Utf8JsonReader"/> — every string materialised, every
        /// number converted — and nothing else (no tree, no rules, no reply).
        /// </summary>
        [Benchmark(Baseline = true)]
        public int ReadValuesWithUtf8JsonReader()
        {
            var reader = new Utf8JsonReader(_payloads[_turn++ & 1]);
            int total = 0;
            while (reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.PropertyName:
                    case JsonTokenType.String:
                        total += reader.GetString().Length;
                        break;
                    case JsonTokenType.Number:
                        total += reader.GetInt32();
                        break;
                }
            }

            return total;
        }

        /// <summary>A lower reference still: walk the tokens without materialising anything.</summary>
        [Benchmark]
        public int WalkTokensWithUtf8JsonReader()
        {
            var reader = new Utf8JsonReader(_payloads[_turn++ & 1]);
            int tokens = 0;
            while (reader.Read())
            {
                if (reader.TokenType == JsonTokenType.PropertyName || reader.TokenType == JsonTokenType.String)
                {
                    tokens += reader.ValueSpan.Length;
                }

                tokens++;
            }

            return tokens;
        }

        /// <summary>
        /// Parse → rules → the final reply, rendered by the product's <see cref="PsaReplies.Final"/> as the car's protocol
        /// calls it: the date read from the clock and formatted to text, the reply returned as the string the transport
        /// publishes (both allocations counted).
        /// </summary>
        [Benchmark]
        public int ParseRulesRender()
        {
            var envelope = (Hashtable)SystemTextJsonPort.Instance.ParseUtf8(_payloads[_turn++ & 1]);
            Outcome outcome = _car.ExecutePsa(Service, envelope["req_parameters"]);
            string reply = PsaReplies.Final(_reply, Iso8601.FormatTimestamp(_clock.UtcNow), (string)envelope["vin"], (string)envelope["correlation_id"], outcome);
            return reply.Length;
        }
    }
}
