using System;
using NanoVehicle.Core.Json;
using NanoVehicle.Core.State;
using NanoVehicle.Core.Text;

namespace NanoVehicle.Core.Snapshots
{
    /// <summary>
    /// The Web API <c>Status</c> resource of the car (stellantis-remote.md §7): ignition, kinetic, odometer, the
    /// electric energy with its charging block, preconditioning, doors, privacy, 12 V battery, lights, gearbox, and a
    /// <c>stolen</c> block only while stolen.
    /// </summary>
    public static class WebApiStatusView
    {
        /// <summary>Renders the view.</summary>
        public static string Render(Vehicle vehicle)
        {
            var json = new JsonWriter();
            Write(json, vehicle);
            return json.ToString();
        }

        /// <summary>Writes the view.</summary>
        public static void Write(JsonWriter json, Vehicle vehicle)
        {
            VehicleState s = vehicle.State;
            VehicleProfile profile = vehicle.Profile;
            string at = Iso8601.FormatTimestamp(s.LastUpdate);
            json.BeginObject();
            json.Name("_links").BeginObject().Name("self").BeginObject().Property("href", "/vehicles/" + s.Vin + "/status").EndObject().EndObject();
            json.Property("vin", s.Vin);
            json.Property("createdAt", Iso8601.FormatTimestamp(vehicle.Now));
            json.Name("ignition").BeginObject().Property("type", Ignition.Names[s.Ignition]).Property("createdAt", at).EndObject();
            json.Name("kinetic").BeginObject().Property("moving", s.Moving).Property("speed", s.SpeedKmh).Property("createdAt", at).EndObject();
            json.Name("odometer").BeginObject().Name("mileage").Fixed(s.OdometerMeters / 100, 1).Property("createdAt", at).EndObject();
            json.Name("transmission").BeginObject().Name("gearbox").BeginObject().Property("ratio", Gear.WebApiRatios[s.Gear]).EndObject().EndObject();

            json.Name("energies").BeginArray().BeginObject();
            json.Property("type", "Electric").Property("subType", "ElectricEnergy");
            json.Name("level").Fixed(s.SocTenths, 1);
            json.Property("autonomy", O2xReadings.AutonomyKm(s, profile));
            json.Name("extension").BeginObject().Name("electric").BeginObject();
            json.Name("battery").BeginObject().Name("load").BeginObject()
                .Property("capacity", profile.BatteryWh).Property("residual", (long)profile.BatteryWh * s.SocTenths / 1000)
                .EndObject().EndObject();
            json.Name("charging").BeginObject();
            json.Property("plugged", s.Plugged);
            json.Property("status", ChargingStatus.Names[s.ChargingStatus]);
            json.Property("remainingTime", Iso8601.FormatDuration(ChargeReadings.RemainingSeconds(s, profile, vehicle.Settings)));
            json.Property("chargingRate", ChargeReadings.RateKmPerHour(s, profile));
            json.Property("chargingMode", ChargingMode.Names[ChargeReadings.Mode(s, profile)]);
            if (s.PreferenceLevel > 0)
            {
                json.Property("chargingPowerLevel", ChargePreferences.Levels[s.PreferenceLevel]);
            }

            // psacc reads nextDelayedTime as the start time of day (PT22H30M).
            json.Property("nextDelayedTime", Iso8601.FormatDuration(s.DeferredMinute * 60L));
            json.Property("type", ChargePreferences.Types[s.PreferenceType]);
            json.Name("schedule").BeginObject().Name("programs").BeginArray();
            for (int i = 0; i < 4; i++)
            {
                ChargeProgram p = s.ChargePrograms[i];
                if (!p.Set)
                {
                    continue;
                }

                json.BeginObject().Property("slot", p.Slot).Property("enabled", p.Enabled)
                    .Property("start", Iso8601.FormatDuration(p.StartMinute * 60L)).Property("end", Iso8601.FormatDuration(p.EndMinute * 60L));
                WriteDays(json, p.Days);
                json.Property("chargeUntilFull", p.UntilFull).EndObject();
            }

            json.EndArray().EndObject();
            json.EndObject(); // charging
            json.EndObject().EndObject(); // electric, extension
            json.Property("createdAt", at);
            json.EndObject().EndArray();

            json.Name("preconditioning").BeginObject().Name("airConditioning").BeginObject();
            json.Property("status", PreconditioningStatus.Names[s.PreconditioningStatus]);
            if (s.Preconditioning)
            {
                json.Property("startingCause", s.PreconditioningScheduled ? "Scheduled" : "Immediate");
            }

            json.Name("programs").BeginArray();
            for (int i = 0; i < 4; i++)
            {
                PreconditioningProgram p = s.PreconditioningPrograms[i];
                if (!p.Set)
                {
                    continue;
                }

                json.BeginObject().Property("slot", p.Slot).Property("enabled", p.Enabled)
                    .Property("recurrence", p.Daily ? "Daily" : "None").Property("start", Iso8601.FormatDuration(p.StartMinute * 60L));
                WriteDays(json, p.Days);
                json.EndObject();
            }

            json.EndArray().Property("createdAt", at).EndObject().EndObject();

            json.Name("doorsState").BeginObject();
            json.Name("lockedStates").BeginArray().String(s.Locked ? "Locked" : "Unlocked").EndArray();
            json.Name("opening").BeginArray();
            for (int i = 0; i < Doors.Names.Length; i++)
            {
                if ((vehicle.Profile.DoorMask & (1 << i)) != 0)
                {
                    json.BeginObject().Property("identifier", Doors.Names[i]).Property("state", (s.OpenDoors & (1 << i)) != 0 ? "Open" : "Closed").EndObject();
                }
            }

            json.EndArray().Property("createdAt", at).EndObject();
            json.Name("privacy").BeginObject().Property("state", Privacy.Names[s.Privacy]).Property("createdAt", at).EndObject();
            json.Name("battery").BeginObject().Property("voltage", s.AuxBatteryPercent).Property("createdAt", at).EndObject();
            json.Name("lightingSystem").BeginObject().Name("turn").BeginArray();
            string light = s.LightsOn ? "On" : "Off";
            json.BeginObject().Property("direction", "Left").Property("position", "Front").Property("status", light).EndObject();
            json.BeginObject().Property("direction", "Right").Property("position", "Front").Property("status", light).EndObject();
            json.EndArray().Property("createdAt", at).EndObject();
            if (s.Stolen)
            {
                json.Name("stolen").BeginObject().Property("state", true).Property("startedAt", Iso8601.FormatTimestamp(s.StolenSince)).EndObject();
            }

            json.EndObject();
        }

        private static void WriteDays(JsonWriter json, int days)
        {
            json.Name("occurence").BeginObject().Name("day").BeginArray();
            for (int d = 0; d < 7; d++)
            {
                if ((days & (1 << d)) != 0)
                {
                    json.String(WeekDays.Names[d]);
                }
            }

            json.EndArray().EndObject();
        }
    }
}
