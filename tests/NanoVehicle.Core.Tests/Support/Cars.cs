using System;
using NanoVehicle.Core.Outcomes;
using NanoVehicle.Core.Ports;
using NanoVehicle.Core.State;

namespace NanoVehicle.Core.Tests.Support
{
    /// <summary>Cars in realistic states for the tests, on a manual clock. Static: the device launcher has no instances.</summary>
    public static class Cars
    {
        /// <summary>Tuesday 10 March 2026, 10:00 UTC.</summary>
        public static readonly DateTime Start = new DateTime(2026, 3, 10, 10, 0, 0);

        /// <summary>An e-208 parked, locked, ignition off, awake, 65 % SoC, unplugged.</summary>
        public static Vehicle E208()
        {
            return Make(VehicleProfile.E208());
        }

        /// <summary>An e-208 in that state with the overrides of <paramref name="json"/> applied (see <see cref="Set"/>).</summary>
        public static Vehicle E208(string json)
        {
            Vehicle car = E208();
            Set(car, json);
            return car;
        }

        /// <summary>An AMI-like car in the same state.</summary>
        public static Vehicle Ami()
        {
            return Make(VehicleProfile.Ami());
        }

        /// <summary>The showcase car (e-208 with the O2X dongle, park brake needed to charge).</summary>
        public static Vehicle Showcase()
        {
            return Make(VehicleProfile.Showcase());
        }

        /// <summary>A car of <paramref name="profile"/>.</summary>
        public static Vehicle Make(VehicleProfile profile)
        {
            // Each car has its own clock: test classes may run in parallel on the host.
            return new Vehicle(profile, new VehicleSettings(), new ManualClock(Start), "VR3UHZKXZLT123456");
        }

        /// <summary>Applies overrides given as JSON, failing the test when refused.</summary>
        public static void Set(Vehicle vehicle, string json)
        {
            string error = vehicle.ApplyOverrides(TestJson.Object(json));
            if (error != null)
            {
                throw new InvalidOperationException("override refused: " + error);
            }
        }

        /// <summary>The manual clock of a car made here.</summary>
        public static ManualClock ClockOf(Vehicle vehicle)
        {
            return (ManualClock)vehicle.Clock;
        }

        /// <summary>Runs a PSA request.</summary>
        public static Outcome Psa(Vehicle vehicle, string service, string reqParameters)
        {
            return vehicle.ExecutePsa(service, TestJson.Port.Parse(reqParameters));
        }

        /// <summary>Runs a Web API remote.</summary>
        public static Outcome Web(Vehicle vehicle, string body)
        {
            return vehicle.ExecuteWebApi(TestJson.Port.Parse(body));
        }

        /// <summary>Runs a Mobile SDK action.</summary>
        public static Outcome Sdk(Vehicle vehicle, string parameters)
        {
            return vehicle.ExecuteMobileSdk(TestJson.Port.Parse(parameters));
        }

        /// <summary>Moves the clock and runs the simulation.</summary>
        public static NanoVehicle.Core.Simulation.VehicleEvent[] Wait(Vehicle vehicle, long seconds)
        {
            ClockOf(vehicle).AdvanceSeconds(seconds);
            return vehicle.Advance();
        }

        /// <summary>The Web API events as "Type/Status[/Cause]" joined by " > ".</summary>
        public static string Events(Outcome outcome)
        {
            WebApiEvent[] events = outcome.WebApiEvents;
            string text = string.Empty;
            for (int i = 0; i < events.Length; i++)
            {
                text += (i == 0 ? string.Empty : " > ") + events[i].ToString();
            }

            return text;
        }

        /// <summary>The PSA progress codes joined by ",".</summary>
        public static string Progress(Outcome outcome)
        {
            int[] codes = outcome.PsaProgress;
            string text = string.Empty;
            for (int i = 0; i < codes.Length; i++)
            {
                text += (i == 0 ? string.Empty : ",") + codes[i].ToString();
            }

            return text;
        }

        /// <summary>True when <paramref name="events"/> holds one named <paramref name="name"/>.</summary>
        public static bool Has(NanoVehicle.Core.Simulation.VehicleEvent[] events, string name)
        {
            for (int i = 0; i < events.Length; i++)
            {
                if (events[i].Name == name)
                {
                    return true;
                }
            }

            return false;
        }
    }
}
