using System.Text;
using NanoVehicle.Core.Codes;
using NanoVehicle.Core.Json;
using NanoVehicle.Core.Outcomes;
using NanoVehicle.Core.Ports;
using NanoVehicle.Core.State;
using NanoVehicle.Core.Tests.Support;

namespace NanoVehicle.Core.Tests.Docs
{
    /// <summary>
    /// Generates docs/behaviour.md: every scenario is run on a real <see cref="Vehicle"/> and its outcome written in
    /// the three vocabularies, so the document is the code's behaviour. Regenerate with
    /// <c>NANOVEHICLE_WRITE_DOCS=1 dotnet test tests/NanoVehicle.Core.Tests/NanoVehicle.Core.Tests.Host.csproj</c>.
    /// </summary>
    public static class BehaviourTable
    {
        // command label, state label, profile, overrides, earlier API|service|payload ("" for none), seconds waited, API, service, payload
        private static readonly string[][] Scenarios =
        {
            Row("Doors lock", "awake, unlocked", "e208", "{\"locked\":false}", "", 0, "psa", "Doors", "{\"action\":\"lock\"}"),
            Row("Doors lock", "asleep, unlocked", "e208", "{\"locked\":false,\"awake\":false}", "", 0, "psa", "Doors", "{\"action\":\"lock\"}"),
            Row("Doors lock", "all locked", "e208", "{}", "", 0, "psa", "Doors", "{\"action\":\"lock\"}"),
            Row("Doors unlock", "all unlocked", "e208", "{\"locked\":false}", "", 0, "sdk", "", "{\"action\":\"doors\",\"doorState\":\"unlock\"}"),
            Row("Doors lock", "trunk open", "e208", "{\"locked\":false,\"openDoors\":[\"Trunk\"]}", "", 0, "web", "", "{\"door\":{\"state\":\"Locked\"}}"),
            Row("Doors unlock", "door state stale", "e208", "{\"doorsStale\":true}", "", 0, "psa", "Doors", "{\"action\":\"unlock\"}"),
            Row("Doors unlock", "ignition on (doors ignore SEV)", "e208", "{\"ignition\":\"Start\"}", "", 0, "psa", "Doors", "{\"action\":\"unlock\"}"),
            Row("Horn", "parked", "e208", "{}", "", 0, "psa", "Horn", "{\"nb_horn\":\"2\",\"action\":\"activate\"}"),
            Row("Horn", "honked 10 s ago", "e208", "{}", "psa|Horn|{\"action\":\"activate\"}", 10, "sdk", "", "{\"action\":\"horn\"}"),
            Row("Horn", "horn still sounding", "e208", "{}", "psa|Horn|{\"nb_horn\":5,\"action\":\"activate\"}", 2, "web", "", "{\"horn\":{\"state\":\"Activated\"}}"),
            Row("Doors unlock", "horn still sounding", "e208", "{}", "psa|Horn|{\"nb_horn\":5,\"action\":\"activate\"}", 2, "web", "", "{\"door\":{\"state\":\"Unlocked\"}}"),
            Row("Horn", "ignition on", "e208", "{\"ignition\":\"Start\"}", "", 0, "sdk", "", "{\"action\":\"horn\"}"),
            Row("Lights", "parked", "e208", "{}", "", 0, "psa", "Lights", "{\"action\":\"activate\",\"duration\":10}"),
            Row("Lights", "flashed 20 s ago", "e208", "{}", "psa|Lights|{\"action\":\"activate\",\"duration\":5}", 20, "sdk", "", "{\"action\":\"warning\"}"),
            Row("Lights", "ignition starting", "e208", "{\"ignition\":\"StartUp\"}", "", 0, "sdk", "", "{\"action\":\"warning\"}"),
            Row("Charge now", "plugged, waiting for 22:30", "e208", "{\"deferredEnabled\":true,\"plugged\":true}", "", 0, "sdk", "", "{\"action\":\"charge\",\"startNow\":\"true\"}"),
            Row("Charge now", "ignition on", "e208", "{\"deferredEnabled\":true,\"plugged\":true,\"ignition\":\"Start\"}", "", 0, "sdk", "", "{\"action\":\"charge\",\"startNow\":true}"),
            Row("Charge now", "charging system on standby", "e208", "{\"deferredEnabled\":true,\"plugged\":true,\"chargingStandby\":true}", "", 0, "psa", "VehCharge", "{\"type\":\"immediate\",\"program\":{\"hour\":22,\"minute\":30}}"),
            Row("Charge now", "no cable", "e208", "{}", "", 0, "psa", "VehCharge", "{\"type\":\"immediate\",\"program\":{\"hour\":22,\"minute\":30}}"),
            Row("Charge now", "already charging", "e208", "{\"plugged\":true}", "", 0, "web", "", "{\"charging\":{\"immediate\":true}}"),
            Row("Charge now", "charger communication fault", "e208", "{\"deferredEnabled\":true,\"plugged\":true,\"chargingFault\":\"communication\"}", "", 0, "sdk", "", "{\"action\":\"charge\",\"startNow\":true}"),
            Row("Charge now", "external charger fault", "e208", "{\"deferredEnabled\":true,\"plugged\":true,\"chargingFault\":\"external\"}", "", 0, "web", "", "{\"charging\":{\"immediate\":true}}"),
            Row("Charge now at another deferred hour", "plugged, waiting for 22:30", "e208", "{\"deferredEnabled\":true,\"plugged\":true}", "", 0, "psa", "VehCharge", "{\"type\":\"immediate\",\"program\":{\"hour\":23,\"minute\":0}}"),
            Row("Deferred charge at 01:00", "immediate charge running", "e208", "{\"deferredEnabled\":true,\"plugged\":true}", "sdk||{\"action\":\"charge\",\"startNow\":true}", 0, "psa", "VehCharge", "{\"type\":\"delayed\",\"program\":{\"hour\":1,\"minute\":0}}"),
            Row("Deferred charge at 22:30 (stop idiom)", "immediate charge running", "e208", "{\"deferredEnabled\":true,\"plugged\":true}", "sdk||{\"action\":\"charge\",\"startNow\":true}", 0, "psa", "VehCharge", "{\"type\":\"delayed\",\"program\":{\"hour\":22,\"minute\":30}}"),
            Row("Deferred charge at 22:30", "already set to 22:30", "e208", "{\"deferredEnabled\":true,\"plugged\":true}", "", 0, "psa", "VehCharge", "{\"type\":\"delayed\",\"program\":{\"hour\":22,\"minute\":30}}"),
            Row("Deferred charge at 01:00", "deferred hours stale", "e208", "{\"deferredStale\":true}", "", 0, "sdk", "", "{\"action\":\"chargeDeferredTime\",\"startNow\":false,\"deferredTime\":\"PT1H\",\"checkStartCharge\":true}"),
            Row("Deferred charge at 01:00", "parked", "e208", "{}", "", 0, "sdk", "", "{\"action\":\"chargeDeferredTime\",\"startNow\":false,\"deferredTime\":\"PT1H\",\"checkStartCharge\":true}"),
            Row("Charge stop", "not charging", "e208", "{}", "", 0, "web", "", "{\"charging\":{\"immediate\":false}}"),
            Row("Preconditioning start", "parked", "e208", "{}", "", 0, "psa", "ThermalPrecond", "{\"asap\":\"activate\"}"),
            Row("Preconditioning start", "already running", "e208", "{}", "psa|ThermalPrecond|{\"asap\":\"activate\"}", 0, "psa", "ThermalPrecond", "{\"asap\":\"activate\"}"),
            Row("Preconditioning start", "preconditioning fault", "e208", "{\"preconditioningFault\":true}", "", 0, "web", "", "{\"preconditioning\":{\"airConditioning\":{\"immediate\":true}}}"),
            Row("Preconditioning start", "ignition on", "e208", "{\"ignition\":\"Start\"}", "", 0, "sdk", "", "{\"action\":\"preconditioning\",\"startNow\":true,\"programs\":[]}"),
            Row("Preconditioning stop", "running, ignition on", "e208", "{}", "psa|ThermalPrecond|{\"asap\":\"activate\"}|{\"ignition\":\"Start\"}", 0, "psa", "ThermalPrecond", "{\"asap\":\"deactivate\"}"),
            Row("Preconditioning stop", "not running", "e208", "{}", "", 0, "psa", "ThermalPrecond", "{\"asap\":\"deactivate\"}"),
            Row("Preconditioning start with programs", "programs stale", "e208", "{\"programsStale\":true}", "", 0, "sdk", "", "{\"action\":\"preconditioning\",\"startNow\":true,\"programs\":[{\"hour\":7,\"minute\":0,\"isEnabled\":true,\"occurrence\":[\"mon\"],\"slot\":1}]}"),
            Row("State refresh", "parked", "e208", "{}", "", 0, "psa", "VehCharge/state", "{\"action\":\"state\"}"),
            Row("State refresh", "driving", "e208", "{\"ignition\":\"Start\",\"gear\":\"drive\",\"speed\":50}", "", 0, "psa", "VehCharge/state", "{\"action\":\"state\"}"),
            Row("Doors unlock", "AMI (no remote service)", "ami", "{}", "", 0, "psa", "Doors", "{\"action\":\"unlock\"}"),
            Row("Doors unlock", "asleep, 20 wake-ups this month", "e208", "{\"awake\":false,\"wakeUpsThisMonth\":20}", "", 0, "web", "", "{\"door\":{\"state\":\"Unlocked\"}}"),
            Row("Doors unlock", "12 V battery at 10 %", "e208", "{\"auxBattery\":10}", "", 0, "web", "", "{\"door\":{\"state\":\"Unlocked\"}}"),
            Row("Doors unlock", "asleep, unreachable", "e208", "{\"awake\":false,\"reachable\":false}", "", 0, "psa", "Doors", "{\"action\":\"unlock\"}"),
            Row("Horn", "privacy Full", "e208", "{\"privacy\":\"Full\"}", "", 0, "psa", "Horn", "{\"action\":\"activate\"}"),
            Row("Horn", "declared stolen", "e208", "{\"stolen\":true}", "", 0, "web", "", "{\"horn\":{\"state\":\"Activated\"}}"),
            Row("Navigation", "asleep", "e208", "{\"awake\":false}", "", 0, "web", "", "{\"navigation\":{\"positions\":[{\"type\":\"Point\",\"coordinates\":[2.35,48.85]}]}}"),
            Row("Immobilization on", "already immobilized", "e208", "{\"immobilized\":true}", "", 0, "web", "", "{\"immobilization\":{\"activate\":true}}"),
            Row("Charge with a missing parameter", "parked", "e208", "{}", "", 0, "sdk", "", "{\"action\":\"charge\"}"),
            Row("Deferred charge, bad duration", "parked", "e208", "{}", "", 0, "sdk", "", "{\"action\":\"chargeDeferredTime\",\"startNow\":false,\"deferredTime\":\"22:30\",\"checkStartCharge\":true}"),
        };

        private static string[] Row(string command, string state, string profile, string overrides, string before, int wait, string api, string service, string payload)
        {
            return new string[] { command, state, profile, overrides, before, wait.ToString(), api, service, payload };
        }

        /// <summary>The whole document.</summary>
        public static string Generate()
        {
            var md = new StringBuilder();
            md.Append("# Vehicle behaviour: command × state → outcome\n\n");
            md.Append("Generated from the code by `tests/NanoVehicle.Core.Tests/Docs/BehaviourTable.cs`; a test regenerates it and fails\n");
            md.Append("when this file differs. To refresh it after a behaviour change:\n\n");
            md.Append("```sh\nNANOVEHICLE_WRITE_DOCS=1 dotnet test tests/NanoVehicle.Core.Tests/NanoVehicle.Core.Tests.Host.csproj\n```\n\n");
            md.Append("Each row runs one command on a fresh e-208-like car (or the AMI-like one) set up with simulation-control overrides.\n");
            md.Append("One outcome, three vocabularies: PSA MQTT progress codes and final reply, the Mobile SDK result and the Web API\n");
            md.Append("`eventStatus` sequence.\n\n");
            md.Append("| Command (API) | Vehicle state | PSA progress → final `return_code` / `reason` / `resp_data` | Mobile SDK | Web API eventStatus |\n");
            md.Append("|---|---|---|---|---|\n");
            for (int i = 0; i < Scenarios.Length; i++)
            {
                AppendRow(md, Scenarios[i]);
            }

            md.Append("\n## Refusals and their codes\n\n");
            md.Append("| Refusal | Mobile SDK | PSA `return_code` / `reason` | Web API |\n|---|---|---|---|\n");
            for (int r = 1; r < Refusal.Count; r++)
            {
                var outcome = new Outcome(-1, -1, r, null, false);
                md.Append("| ").Append(Refusal.Names[r]).Append(" | ");
                md.Append(outcome.SdkCode == 0 ? "SUCCEEDED" : outcome.SdkCode.ToString() + " " + Escape(MobileSdkErrors.Label(outcome.SdkCode)));
                md.Append(" | ").Append(outcome.PsaReturnCode).Append(' ').Append(outcome.PsaReason == null ? "" : "`" + outcome.PsaReason + "`");
                md.Append(" | ").Append(outcome.WebApiDoneStatus).Append(outcome.WebApiFailureCause == null ? "" : " / " + outcome.WebApiFailureCause);
                md.Append(" |\n");
            }

            var settings = new VehicleSettings();
            md.Append("\n## Values the public docs leave open (VehicleSettings defaults)\n\n");
            md.Append("| Setting | Default |\n|---|---|\n");
            md.Append("| Horn cool-down (2358) | ").Append(settings.HornCoolDownSeconds).Append(" s |\n");
            md.Append("| Lights cool-down (2359) | ").Append(settings.LightsCoolDownSeconds).Append(" s |\n");
            md.Append("| Horn beep length (horn in progress) | ").Append(settings.HornBeepSeconds).Append(" s per beep |\n");
            md.Append("| Lights flash when no duration is given | ").Append(settings.LightsFlashSeconds).Append(" s |\n");
            md.Append("| Wake-ups per calendar month (UTC) | ").Append(settings.WakeUpsPerMonth).Append(" |\n");
            md.Append("| 12 V level below which remotes are refused | ").Append(settings.LowAuxBatteryPercent).Append(" % |\n");
            md.Append("| Command timeout | ").Append(settings.CommandTimeoutSeconds).Append(" s |\n");
            md.Append("| Awake window, and what each message adds | ").Append(settings.AwakeWindowSeconds).Append(" s |\n");
            md.Append("| Immediate preconditioning run | ").Append(settings.PreconditioningMinutes).Append(" min |\n");
            md.Append("| Partial charge stops at | ").Append(settings.PartialChargePercent).Append(" % |\n");
            md.Append("| Time scale | ").Append(settings.TimeScale).Append(" (simulated s per real s) |\n");
            return md.ToString();
        }

        private static void AppendRow(StringBuilder md, string[] row)
        {
            var clock = new ManualClock(Cars.Start);
            var car = new Vehicle(VehicleProfile.Find(row[2]), new VehicleSettings(), clock, "VR3UHZKXZLT123456");
            Apply(car, row[3]);
            if (row[4].Length > 0)
            {
                string[] before = row[4].Split('|');
                Run(car, before[0], before[1], before[2]);
                if (before.Length > 3)
                {
                    Apply(car, before[3]);
                }
            }

            long wait;
            JsonValues.TryParseInteger(row[5], out wait);
            clock.AdvanceSeconds(wait);
            Outcome outcome = Run(car, row[6], row[7], row[8]);

            md.Append("| ").Append(row[0]).Append(" (").Append(Api(row[6], row[7])).Append(") | ").Append(row[1]).Append(" | ");
            int[] progress = outcome.PsaProgress;
            for (int i = 0; i < progress.Length; i++)
            {
                md.Append(progress[i]).Append(" → ");
            }

            md.Append("**").Append(outcome.PsaReturnCode).Append("**");
            if (outcome.PsaReason != null)
            {
                md.Append(" `").Append(outcome.PsaReason).Append('`');
            }

            var json = new JsonWriter();
            outcome.WritePsaRespData(json);
            md.Append(" `").Append(json.ToString()).Append("` | ");
            md.Append(outcome.SdkCode == 0 ? "SUCCEEDED" : "FAILED " + outcome.SdkCode.ToString() + " " + Escape(outcome.SdkLabel));
            md.Append(" | ").Append(Cars.Events(outcome)).Append(" |\n");
        }

        private static string Api(string api, string service)
        {
            return api == "psa" ? "PSA " + service : api == "web" ? "Web API" : "SDK";
        }

        private static void Apply(Vehicle car, string overrides)
        {
            string error = car.ApplyOverrides(TestJson.Port.Parse(overrides));
            if (error != null)
            {
                throw new System.ArgumentException("scenario overrides refused: " + error);
            }
        }

        private static Outcome Run(Vehicle car, string api, string service, string payload)
        {
            object tree = TestJson.Port.Parse(payload);
            return api == "psa" ? car.ExecutePsa(service, tree) : api == "web" ? car.ExecuteWebApi(tree) : car.ExecuteMobileSdk(tree);
        }

        private static string Escape(string text)
        {
            // Table cells: a pipe would split the cell.
            var escaped = new StringBuilder();
            for (int i = 0; i < text.Length; i++)
            {
                if (text[i] == '|')
                {
                    escaped.Append("\\|");
                }
                else
                {
                    escaped.Append(text[i]);
                }
            }

            return escaped.ToString().Trim();
        }
    }
}
