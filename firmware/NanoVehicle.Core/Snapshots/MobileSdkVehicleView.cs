using System;
using NanoVehicle.Core.Json;
using NanoVehicle.Core.State;
using NanoVehicle.Core.Text;

namespace NanoVehicle.Core.Snapshots
{
    /// <summary>
    /// The Mobile SDK <c>vehicle</c> object (stellantis-remote.md §3.3), as <c>pims.vehicle.informations</c> and
    /// <c>pims.vehicle.signal</c> carry it. Key names and enum case follow the SDK model (<c>ressources</c>,
    /// <c>ChargingInfo</c>, upper-case charging enums); a car without fuel writes <c>fuelInformation</c> as null.
    /// </summary>
    public static class MobileSdkVehicleView
    {
        private static readonly string[] PrecondStatus = { "Disabled", "Enabled", "Finished", "Failure" };
        private static readonly string[] SdkDays = { "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun" };

        /// <summary>Renders the object.</summary>
        public static string Render(Vehicle vehicle)
        {
            var json = new JsonWriter();
            Write(json, vehicle);
            return json.ToString();
        }

        /// <summary>Writes the object.</summary>
        public static void Write(JsonWriter json, Vehicle vehicle)
        {
            VehicleState s = vehicle.State;
            VehicleProfile profile = vehicle.Profile;
            string at = Iso8601.FormatTimestamp(s.LastUpdate);
            json.BeginObject();
            json.Name("ressources").BeginObject().Name("status").BeginObject();
            json.Property("lastUpdate", at);
            json.Name("fuelInformation").Null();

            json.Name("doorStateInformation").BeginObject();
            for (int i = 0; i < Doors.SdkKeys.Length; i++)
            {
                json.Property(Doors.SdkKeys[i], (s.OpenDoors & (1 << i)) != 0);
            }

            json.Name("state").BeginArray().String(s.Locked ? "Locked" : "Unlocked").EndArray();
            json.EndObject();

            json.Name("precondInformation").BeginObject();
            json.Property("lastUpdate", at);
            json.Name("PrecondScheduling").BeginArray();
            for (int i = 0; i < 4; i++)
            {
                PreconditioningProgram p = s.PreconditioningPrograms[i];
                if (!p.Set)
                {
                    continue;
                }

                json.BeginObject().Property("hour", p.StartMinute / 60).Property("minute", p.StartMinute % 60)
                    .Property("isEnabled", p.Enabled).Property("recurrence", p.Daily ? "Daily" : "None");
                json.Name("occurrence").BeginArray();
                for (int d = 0; d < 7; d++)
                {
                    if ((p.Days & (1 << d)) != 0)
                    {
                        json.String(SdkDays[d]);
                    }
                }

                json.EndArray().Property("slot", p.Slot).EndObject();
            }

            json.EndArray();
            json.Property("status", PrecondStatus[s.PreconditioningStatus]);
            json.EndObject();

            json.Name("electricInformation").BeginObject();
            json.Property("autonomy", O2xReadings.AutonomyKm(s, profile));
            json.Name("ChargingInfo").BeginObject();
            json.Property("chargingMode", ChargingMode.SdkNames[ChargeReadings.Mode(s, profile)]);
            json.Name("chargingRate").Fixed(ChargeReadings.RateKmPerHour(s, profile) * 10L, 1);
            json.Property("isPlugged", s.Plugged);
            DateTime next = ChargeReadings.NextDeferredStart(s, vehicle.Now);
            if (next == DateTime.MinValue)
            {
                json.Name("nextDeferredChargingDate").Null();
            }
            else
            {
                json.Property("nextDeferredChargingDate", Iso8601.FormatTimestamp(next));
            }

            json.Property("chargingState", ChargingStatus.SdkNames[s.ChargingStatus]);
            json.Property("remainingTime", Iso8601.FormatDuration(ChargeReadings.RemainingSeconds(s, profile, vehicle.Settings)));
            json.EndObject();
            json.Name("chargingLevel").Fixed(s.SocTenths, 1);
            json.Property("lastUpdate", at);
            json.Property("type", "electric");
            json.EndObject();

            json.Property("vehicleType", "electric");
            json.Property("vin", s.Vin);
            json.EndObject().EndObject(); // status, ressources

            json.Name("attributes").BeginObject().Property("engine", profile.Engine).Property("vin", s.Vin).Property("brand", profile.Brand).EndObject();
            json.EndObject();
        }
    }
}
