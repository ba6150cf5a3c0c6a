using NanoVehicle.Core.Json;
using NanoVehicle.Core.State;
using NanoVehicle.Core.Text;

namespace NanoVehicle.Core.Snapshots
{
    /// <summary>
    /// The full simulated state as JSON (MQTT <c>nanovehicle/&lt;VIN&gt;/sim/state</c>). Its settable members use the
    /// names and forms <see cref="Simulation.StateOverrides"/> accepts, so a document can be edited and sent back;
    /// <c>vin</c>, <c>profile</c>, <c>time</c> and <c>derived</c> are read-only (ignored when sent back).
    /// </summary>
    public static class StateDocument
    {
        /// <summary>Renders the document.</summary>
        public static string Render(Vehicle vehicle)
        {
            var json = new JsonWriter();
            Write(json, vehicle);
            return json.ToString();
        }

        /// <summary>Writes the document.</summary>
        public static void Write(JsonWriter json, Vehicle vehicle)
        {
            VehicleState s = vehicle.State;
            VehicleProfile profile = vehicle.Profile;
            json.BeginObject();
            json.Property("vin", s.Vin).Property("profile", profile.Id).Property("time", Iso8601.FormatTimestamp(vehicle.Now));
            json.Property("timeScale", s.TimeScale);
            json.Name("soc").Fixed(s.SocTenths, 1);
            json.Name("odometer").Fixed(s.OdometerMeters / 100, 1);
            json.Property("auxBattery", s.AuxBatteryPercent);
            json.Property("quickCharger", s.QuickCharger);
            json.Property("chargingFault", ChargingFault.Names[s.ChargingFault]);
            json.Property("chargingStandby", s.ChargingStandby);
            json.Property("parkBrake", ParkBrake.Names[s.ParkBrake]);
            json.Property("plugged", s.Plugged);
            json.Property("chargingStatus", ChargingStatus.Names[s.ChargingStatus]);
            json.Property("deferredTime", Iso8601.FormatDuration(s.DeferredMinute * 60L));
            json.Property("deferredEnabled", s.DeferredEnabled);
            json.Property("immobilized", s.Immobilized);
            json.Property("ignition", Ignition.Names[s.Ignition]);
            json.Property("gear", Gear.Names[s.Gear]);
            json.Property("speed", s.SpeedKmh);
            json.Property("locked", s.Locked);
            WriteNames(json, "openDoors", Doors.Names, s.OpenDoors);
            json.Property("privacy", Privacy.Names[s.Privacy]);
            json.Property("stolen", s.Stolen);
            json.Property("reachable", s.Reachable);
            json.Property("awake", s.Awake);
            json.Property("wakeUpsThisMonth", s.WakeUpsThisMonth);
            json.Property("preconditioningFault", s.PreconditioningFault);
            json.Property("deferredStale", s.DeferredStale);
            json.Property("programsStale", s.ProgramsStale);
            json.Property("doorsStale", s.DoorsStale);
            WriteNames(json, "alerts", O2xAlerts.Names, s.CurrentAlerts);
            json.Property("o2xSystemState", s.O2xSystemState < 0 ? "auto" : O2xStates.SystemStates[s.O2xSystemState]);
            json.Property("o2xBatteryState", s.O2xBatteryState < 0 ? "auto" : O2xStates.BatteryStates[s.O2xBatteryState]);

            json.Name("derived").BeginObject();
            json.Property("autonomy", O2xReadings.AutonomyKm(s, profile));
            json.Property("chargingMode", ChargingMode.Names[ChargeReadings.Mode(s, profile)]);
            json.Property("cantCharge", s.CantCharge);
            json.Property("preconditioning", PreconditioningStatus.Names[s.PreconditioningStatus]);
            json.Property("lightsOn", s.LightsOn);
            json.Property("immobilized", s.Immobilized);
            WriteNames(json, "previousAlerts", O2xAlerts.Names, s.PreviousAlerts);
            json.Property("o2xStatus", O2xStates.Status[O2xReadings.Status(s)]);
            json.Property("o2xSystemState", O2xStates.SystemStates[O2xReadings.SystemState(s)]);
            json.Property("o2xBatteryState", O2xStates.BatteryStates[O2xReadings.BatteryState(s)]);
            json.Property("chargeDelayMinutes", O2xReadings.ChargeDelayMinutes(s, vehicle.Now));
            json.Property("lastUpdate", Iso8601.FormatTimestamp(s.LastUpdate));
            json.EndObject();
            json.EndObject();
        }

        private static void WriteNames(JsonWriter json, string name, string[] names, int mask)
        {
            json.Name(name).BeginArray();
            for (int i = 0; i < names.Length; i++)
            {
                if ((mask & (1 << i)) != 0)
                {
                    json.String(names[i]);
                }
            }

            json.EndArray();
        }
    }
}
