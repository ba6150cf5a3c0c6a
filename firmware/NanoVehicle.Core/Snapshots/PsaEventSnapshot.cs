using NanoVehicle.Core.Json;
using NanoVehicle.Core.State;
using NanoVehicle.Core.Text;

namespace NanoVehicle.Core.Snapshots
{
    /// <summary>
    /// The full vehicle snapshot the PSA back end pushes on <c>psa/RemoteServices/events/MPHRTServices/&lt;VIN&gt;</c>
    /// (psa-mqtt.md §7): <c>date</c>, <c>vin</c>, <c>obj_counter</c>, <c>reason</c>, SEV and network state, privacy,
    /// <c>charging_state</c>, <c>precond_state</c> and <c>doors_state</c>, with the field meanings observed by the
    /// open-source clients (e.g. <c>cable_detected</c> 0 when plugged).
    /// </summary>
    public static class PsaEventSnapshot
    {
        /// <summary>Renders the next snapshot (counts it in <c>obj_counter</c>).</summary>
        public static string Render(Vehicle vehicle)
        {
            var json = new JsonWriter();
            Write(json, vehicle);
            return json.ToString();
        }

        /// <summary>Writes the next snapshot (counts it in <c>obj_counter</c>).</summary>
        public static void Write(JsonWriter json, Vehicle vehicle)
        {
            VehicleState s = vehicle.State;
            VehicleProfile profile = vehicle.Profile;
            s.EventCounter++;
            json.BeginObject();
            json.Property("date", Iso8601.FormatTimestamp(vehicle.Now));
            json.Property("vin", s.Vin);
            json.Property("obj_counter", s.EventCounter);
            json.Property("reason", s.EventCounter == 1 ? 0 : s.LastReason);
            json.Property("signal_quality", s.Reachable ? 4 : 0);
            json.Property("etat_res_elec", s.Charging || s.Ignition == Ignition.Start ? 5 : 0);
            json.Property("sev_state", Ignition.PsaSevState[s.Ignition]);
            json.Property("stolen_state", s.Stolen ? 1 : 0);
            json.Property("privacy_customer", s.Privacy);
            json.Property("privacy_applicable", s.Privacy);
            json.Property("privacy_applicable_max", Privacy.Full);

            json.Name("charging_state").BeginObject();
            json.Property("soc_batt", s.SocTenths / 10);
            json.Property("autonomy_zev", O2xReadings.AutonomyKm(s, profile));
            json.Property("rate", ChargeReadings.RateKmPerHour(s, profile));
            json.Property("remaining_time", ChargeReadings.RemainingSeconds(s, profile, vehicle.Settings) / 60);
            json.Property("cable_detected", s.Plugged ? 0 : 1);
            json.Property("mode", ChargingMode.PsaMode[ChargeReadings.Mode(s, profile)]);
            json.Property("type", s.PreferenceType);
            json.Property("available", 1);
            json.Property("aff", 0);
            json.Property("hmi_state", s.Charging ? 1 : s.ChargingStatus == ChargingStatus.Finished ? 3 : 0);
            json.Name("program").BeginObject().Property("hour", s.DeferredMinute / 60).Property("minute", s.DeferredMinute % 60).EndObject();
            json.EndObject();

            json.Name("precond_state").BeginObject();
            json.Property("available", profile.Supports(Commands.CommandFamily.Preconditioning) ? 1 : 0);
            json.Property("asap", s.Preconditioning && !s.PreconditioningScheduled ? 1 : 0);
            json.Property("aff", 0);
            json.Property("status", s.PreconditioningStatus == PreconditioningStatus.Failure ? 0 : s.PreconditioningStatus);
            json.Name("programs").BeginObject();
            for (int i = 0; i < 4; i++)
            {
                WriteProgram(json, s.PreconditioningPrograms[i]);
            }

            json.EndObject();
            json.EndObject();

            json.Name("doors_state").BeginObject();
            json.Name("doors_opening_state").BeginArray();
            for (int i = 0; i < 7; i++)
            {
                json.Number((s.OpenDoors & (1 << i)) != 0 ? 1 : 0);
            }

            json.EndArray();
            json.Property("doors_locking_state", s.Locked ? 1 : 3);
            json.Property("driver_sel_state", 0);
            json.EndObject();
            json.EndObject();
        }

        /// <summary>Writes one <c>programN</c> member as PSA does: hour 34 / minute 7 for a slot never set.</summary>
        public static void WriteProgram(JsonWriter json, PreconditioningProgram p)
        {
            json.Name("program" + p.Slot.ToString()).BeginObject();
            json.Name("day").BeginArray();
            for (int d = 0; d < 7; d++)
            {
                json.Number((p.Days & (1 << d)) != 0 ? 1 : 0);
            }

            json.EndArray();
            json.Property("hour", p.Set ? p.StartMinute / 60 : Commands.PsaCommandReader.UnsetProgramHour);
            json.Property("minute", p.Set ? p.StartMinute % 60 : 7);
            json.Property("on", p.Set && p.Enabled ? 1 : 0);
            json.EndObject();
        }
    }
}
