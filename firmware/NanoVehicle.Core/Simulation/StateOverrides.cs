using System;
using System.Collections;
using NanoVehicle.Core.Json;
using NanoVehicle.Core.State;
using NanoVehicle.Core.Text;

namespace NanoVehicle.Core.Simulation
{
    /// <summary>
    /// Simulation control: a JSON object of state overrides (MQTT <c>nanovehicle/&lt;VIN&gt;/sim/set</c>) applied to a
    /// staged copy of the state, so the caller commits all or nothing. Keys (any subset):
    /// <c>ignition</c> (Stop|StartUp|Start), <c>speed</c> (km/h), <c>gear</c> (unknown|reverse|neutral|drive),
    /// <c>parkBrake</c> (activated|notActivated|unknown, or a boolean), <c>plugged</c>, <c>quickCharger</c>,
    /// <c>chargingStatus</c>, <c>chargingStandby</c>, <c>chargingFault</c> (none|communication|external),
    /// <c>soc</c> (%), <c>odometer</c> (km), <c>locked</c>, <c>openDoors</c> (array of Driver, Passenger, RearLeft,
    /// RearRight, Trunk, RearWindow, RoofWindow), <c>privacy</c> (None|Geolocation|Full), <c>stolen</c>,
    /// <c>immobilized</c>, <c>auxBattery</c> (12 V level, %), <c>reachable</c>, <c>awake</c>, <c>wakeUpsThisMonth</c>,
    /// <c>preconditioningFault</c>, <c>deferredTime</c> (PTxxHxxM), <c>deferredEnabled</c>, <c>deferredStale</c>,
    /// <c>programsStale</c>, <c>doorsStale</c>, <c>alerts</c> (array of O2X alert names), <c>o2xSystemState</c>,
    /// <c>o2xBatteryState</c> (a name or "auto"), <c>timeScale</c> (1..3600).
    /// </summary>
    public static class StateOverrides
    {
        /// <summary>Every key understood, in the order they are applied.</summary>
        public static readonly string[] Keys =
        {
            "timeScale", "soc", "odometer", "auxBattery", "quickCharger", "chargingFault", "chargingStandby", "parkBrake",
            "deferredTime", "deferredEnabled", "plugged", "chargingStatus", "immobilized", "ignition", "gear", "speed",
            "locked", "openDoors", "privacy", "stolen", "reachable", "awake", "wakeUpsThisMonth", "preconditioningFault",
            "deferredStale", "programsStale", "doorsStale", "alerts", "o2xSystemState", "o2xBatteryState",
        };

        private static readonly string[] ParkBrakeNames = ParkBrake.Names;

        // Read-only members of the state document: accepted and ignored, so a document can be sent back as is.
        private static readonly string[] ReadOnlyKeys = { "vin", "profile", "time", "derived" };

        /// <summary>
        /// Applies <paramref name="overrides"/> to <paramref name="s"/> (a staged copy). Returns null on success, else
        /// "field: reason" for the first bad field (the copy is then to be discarded).
        /// </summary>
        public static string Apply(object overrides, VehicleState s, VehicleProfile profile, DateTime now, ArrayList events)
        {
            return Apply(overrides, s, profile, now, events, 180);
        }

        /// <summary>As above, with the awake window (s) a forced <c>awake:true</c> opens.</summary>
        public static string Apply(object overrides, VehicleState s, VehicleProfile profile, DateTime now, ArrayList events, int awakeWindowSeconds)
        {
            Hashtable o = overrides as Hashtable;
            if (o == null)
            {
                return "overrides: expected a JSON object";
            }

            string unknown = FirstUnknownKey(o);
            if (unknown != null)
            {
                return unknown + ": unknown field (known: " + KnownList() + ")";
            }

            bool wasPlugged = s.Plugged;
            int wasFault = s.ChargingFault;
            int wasAlerts = s.CurrentAlerts;
            for (int k = 0; k < Keys.Length; k++)
            {
                string key = Keys[k];
                if (!o.Contains(key))
                {
                    continue;
                }

                string error = ApplyOne(key, o[key], s, profile, now, events, awakeWindowSeconds);
                if (error != null)
                {
                    return key + ": " + error;
                }

                if (key == "plugged")
                {
                    PlugChanged(s, profile, wasPlugged, now, events, o.Contains("chargingStatus"));
                }
            }

            if (s.ChargingFault != ChargingFault.None && wasFault == ChargingFault.None && s.Charging)
            {
                ChargeSystem.Stop(s, ChargingStatus.Failure, now, events);
            }

            if (s.SpeedKmh > 0 && s.Ignition != Ignition.Start)
            {
                return "speed: the car can only move with ignition Start";
            }

            if (s.Immobilized && s.Ignition != Ignition.Stop && o.Contains("ignition"))
            {
                return "ignition: the car is immobilized and will not start";
            }

            if (s.Charging && !s.Plugged)
            {
                return "chargingStatus: InProgress needs plugged=true";
            }

            if (!s.Plugged && s.ChargingStatus != ChargingStatus.Disconnected)
            {
                return "chargingStatus: an unplugged car is Disconnected";
            }

            if (s.Plugged && s.ChargingStatus == ChargingStatus.Disconnected)
            {
                return "chargingStatus: a plugged car is not Disconnected";
            }

            // Alerts that cleared become previous alerts.
            s.PreviousAlerts |= wasAlerts & ~s.CurrentAlerts;
            return null;
        }

        private static void PlugChanged(VehicleState s, VehicleProfile profile, bool wasPlugged, DateTime now, ArrayList events, bool statusGiven)
        {
            if (s.Plugged == wasPlugged || statusGiven)
            {
                if (statusGiven && !s.Plugged && wasPlugged && s.Charging)
                {
                    ChargeSystem.Stop(s, ChargingStatus.Disconnected, now, events);
                }

                return;
            }

            if (!s.Plugged)
            {
                ChargeSystem.Stop(s, ChargingStatus.Disconnected, now, events);
                return;
            }

            // Plugged in: charge now, unless a deferred time is armed.
            s.ChargingStatus = ChargingStatus.Stopped;
            if (!s.DeferredEnabled && s.SocTenths < 1000)
            {
                ChargeSystem.Start(s, profile, false, now, events);
            }
        }

        private static string ApplyOne(string key, object raw, VehicleState s, VehicleProfile profile, DateTime now, ArrayList events, int awakeWindowSeconds)
        {
            int index;
            bool flag;
            int number;
            switch (key)
            {
                case "timeScale":
                    return Int(raw, 1, 3600, "a whole number from 1 to 3600", out s.TimeScale);
                case "soc":
                    return JsonValues.ToTenths(raw, 0, 1000, out s.SocTenths) == JsonValues.Ok ? null : "expected a number from 0 to 100";
                case "odometer":
                    if (JsonValues.ToTenths(raw, 0, 99999999, out number) != JsonValues.Ok)
                    {
                        return "expected a number of km from 0 to 9999999.9";
                    }

                    s.OdometerMeters = number * 100L;
                    return null;
                case "auxBattery":
                    return Int(raw, 0, 100, "a whole number from 0 to 100", out s.AuxBatteryPercent);
                case "quickCharger":
                    return Bool(raw, out s.QuickCharger);
                case "chargingFault":
                    return Choice(raw, ChargingFault.Names, out s.ChargingFault);
                case "chargingStandby":
                    return Bool(raw, out s.ChargingStandby);
                case "parkBrake":
                    if (JsonValues.ToBool(raw, out flag) == JsonValues.Ok)
                    {
                        s.ParkBrake = flag ? ParkBrake.Activated : ParkBrake.NotActivated;
                        return null;
                    }

                    return Choice(raw, ParkBrakeNames, out s.ParkBrake);
                case "plugged":
                    return Bool(raw, out s.Plugged);
                case "chargingStatus":
                    string error = Choice(raw, ChargingStatus.Names, out index);
                    if (error != null)
                    {
                        return error;
                    }

                    if (index == ChargingStatus.InProgress)
                    {
                        if (!s.Charging)
                        {
                            ChargeSystem.Start(s, profile, false, now, events);
                            if (!s.Charging)
                            {
                                return "the car cannot charge now (unplugged, fault, standby or park brake off)";
                            }
                        }
                    }
                    else if (s.Charging)
                    {
                        ChargeSystem.Stop(s, index, now, events);
                    }
                    else
                    {
                        s.ChargingStatus = index;
                    }

                    return null;
                case "deferredTime":
                    string text = raw as string;
                    return text != null && Iso8601.TryParseTimeOfDay(text, out s.DeferredMinute) ? null : "expected a time of day such as PT22H30M";
                case "deferredEnabled":
                    return Bool(raw, out s.DeferredEnabled);
                case "immobilized":
                    return Bool(raw, out s.Immobilized);
                case "ignition":
                    return Choice(raw, Ignition.Names, out s.Ignition);
                case "gear":
                    return Choice(raw, Gear.Names, out s.Gear);
                case "speed":
                    return Int(raw, 0, 250, "a whole number of km/h from 0 to 250", out s.SpeedKmh);
                case "locked":
                    return Bool(raw, out s.Locked);
                case "openDoors":
                    return Names(raw, Doors.Names, profile.DoorMask, out s.OpenDoors);
                case "privacy":
                    return Choice(raw, Privacy.Names, out s.Privacy);
                case "stolen":
                    error = Bool(raw, out flag);
                    if (error == null && flag != s.Stolen)
                    {
                        s.Stolen = flag;
                        s.StolenSince = flag ? now : DateTime.MinValue;
                    }

                    return error;
                case "reachable":
                    return Bool(raw, out s.Reachable);
                case "awake":
                    error = Bool(raw, out flag);
                    if (error == null)
                    {
                        s.Awake = flag;
                        s.AwakeUntil = flag ? now.AddSeconds(awakeWindowSeconds) : now;
                    }

                    return error;
                case "wakeUpsThisMonth":
                    return Int(raw, 0, 100000, "a whole number from 0", out s.WakeUpsThisMonth);
                case "preconditioningFault":
                    return Bool(raw, out s.PreconditioningFault);
                case "deferredStale":
                    return Bool(raw, out s.DeferredStale);
                case "programsStale":
                    return Bool(raw, out s.ProgramsStale);
                case "doorsStale":
                    return Bool(raw, out s.DoorsStale);
                case "alerts":
                    return Names(raw, O2xAlerts.Names, O2xAlerts.All, out s.CurrentAlerts);
                case "o2xSystemState":
                    return Automatic(raw, O2xStates.SystemStates, out s.O2xSystemState);
                default:
                    return Automatic(raw, O2xStates.BatteryStates, out s.O2xBatteryState);
            }
        }

        private static string Int(object raw, int min, int max, string expected, out int value)
        {
            return JsonValues.ToInt(raw, min, max, out value) == JsonValues.Ok ? null : "expected " + expected;
        }

        private static string Bool(object raw, out bool value)
        {
            return JsonValues.ToBool(raw, out value) == JsonValues.Ok ? null : "expected true or false";
        }

        private static string Choice(object raw, string[] names, out int value)
        {
            if (JsonValues.ToChoice(raw, names, out value) == JsonValues.Ok)
            {
                return null;
            }

            return "expected one of " + List(names);
        }

        private static string Automatic(object raw, string[] names, out int value)
        {
            string text = raw as string;
            if (text != null && JsonValues.EqualsIgnoreCase(text, "auto"))
            {
                value = -1;
                return null;
            }

            string error = Choice(raw, names, out value);
            return error == null ? null : error + " or auto";
        }

        private static string Names(object raw, string[] names, int allowedMask, out int mask)
        {
            mask = 0;
            ArrayList list = raw as ArrayList;
            if (list == null)
            {
                return "expected an array of names (" + List(names) + ")";
            }

            for (int i = 0; i < list.Count; i++)
            {
                int index;
                if (JsonValues.ToChoice(list[i], names, out index) != JsonValues.Ok || (allowedMask & (1 << index)) == 0)
                {
                    return "this car has no " + (list[i] == null ? "null" : list[i].ToString()) + " (expected " + ListMask(names, allowedMask) + ")";
                }

                mask |= 1 << index;
            }

            return null;
        }

        private static string FirstUnknownKey(Hashtable o)
        {
            string first = null;
            foreach (DictionaryEntry entry in o)
            {
                string key = entry.Key as string;
                if (key == null || (IndexOf(Keys, key) < 0 && IndexOf(ReadOnlyKeys, key) < 0))
                {
                    string name = key ?? "?";
                    if (first == null || Ordinal(name, first) < 0)
                    {
                        first = name; // smallest name first, so both homes report the same one
                    }
                }
            }

            return first;
        }

        private static int IndexOf(string[] names, string key)
        {
            for (int i = 0; i < names.Length; i++)
            {
                if (names[i] == key)
                {
                    return i;
                }
            }

            return -1;
        }

        private static int Ordinal(string a, string b)
        {
            int n = a.Length < b.Length ? a.Length : b.Length;
            for (int i = 0; i < n; i++)
            {
                if (a[i] != b[i])
                {
                    return a[i] - b[i];
                }
            }

            return a.Length - b.Length;
        }

        private static string KnownList()
        {
            return List(Keys);
        }

        private static string List(string[] names)
        {
            var text = new System.Text.StringBuilder();
            for (int i = 0; i < names.Length; i++)
            {
                if (names[i] == null || names[i].Length == 0)
                {
                    continue;
                }

                if (text.Length > 0)
                {
                    text.Append(", ");
                }

                text.Append(names[i]);
            }

            return text.ToString();
        }

        private static string ListMask(string[] names, int mask)
        {
            var text = new System.Text.StringBuilder();
            for (int i = 0; i < names.Length; i++)
            {
                if ((mask & (1 << i)) == 0)
                {
                    continue;
                }

                if (text.Length > 0)
                {
                    text.Append(", ");
                }

                text.Append(names[i]);
            }

            return text.ToString();
        }
    }
}
