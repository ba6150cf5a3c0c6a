using NanoVehicle.Core.Commands;

namespace NanoVehicle.Core.State
{
    /// <summary>
    /// What kind of car this is: which remote commands it answers, which data it has (O2X dongle, doors,
    /// preconditioning) and the figures the simulation needs (range, charge rates).
    /// </summary>
    public sealed class VehicleProfile
    {
        /// <summary>Creates a profile; see the ready-made ones.</summary>
        public VehicleProfile(string id, string brand, string model, string engine, int rangeKm, int slowPercentPerHour,
            int quickPercentPerHour, int supportedFamilies, bool hasO2x, bool parkBrakeNeededToCharge, int doorMask, int batteryWh)
        {
            Id = id;
            Brand = brand;
            Model = model;
            Engine = engine;
            RangeKm = rangeKm;
            SlowPercentPerHour = slowPercentPerHour;
            QuickPercentPerHour = quickPercentPerHour;
            SupportedFamilies = supportedFamilies;
            HasO2x = hasO2x;
            ParkBrakeNeededToCharge = parkBrakeNeededToCharge;
            DoorMask = doorMask;
            BatteryWh = batteryWh;
        }

        /// <summary>Short id used on command lines and in the state document ("ami", "e208", "showcase").</summary>
        public string Id { get; }
        /// <summary>Brand as the SDK writes it (<c>peugeot</c>, <c>citroen</c>, …).</summary>
        public string Brand { get; }
        /// <summary>Model name.</summary>
        public string Model { get; }
        /// <summary>SDK <c>attributes.engine</c>: <c>BEV</c> or <c>PHEV</c>.</summary>
        public string Engine { get; }
        /// <summary>Range at 100 % SoC, km.</summary>
        public int RangeKm { get; }
        /// <summary>SoC gained per hour on AC charge, %.</summary>
        public int SlowPercentPerHour { get; }
        /// <summary>SoC gained per hour on DC fast charge, % (0: no fast charge).</summary>
        public int QuickPercentPerHour { get; }
        /// <summary>Bits (<see cref="CommandFamily.Bit"/>) of the remote command families the car answers.</summary>
        public int SupportedFamilies { get; }
        /// <summary>True when the car carries the AMI / Rocks-e BLE dongle (O2X).</summary>
        public bool HasO2x { get; }
        /// <summary>True when a charge only starts with the park brake applied (else the dongle raises <c>cantCharge</c>).</summary>
        public bool ParkBrakeNeededToCharge { get; }
        /// <summary>The openings the car has (<see cref="Doors"/> bits).</summary>
        public int DoorMask { get; }
        /// <summary>Traction battery capacity, Wh.</summary>
        public int BatteryWh { get; }

        /// <summary>True when the car answers remote commands of <paramref name="family"/>.</summary>
        public bool Supports(int family)
        {
            return (SupportedFamilies & CommandFamily.Bit(family)) != 0;
        }

        private const int AllDoors = Doors.Driver | Doors.Passenger | Doors.RearLeft | Doors.RearRight | Doors.Trunk | Doors.RearWindow | Doors.RoofWindow;

        /// <summary>
        /// A Citroën AMI-like quadricycle: O2X over BLE only. The docs say it has no remote command or vehicle status
        /// service, so every remote command is refused; the park brake must be on for a charge to start.
        /// </summary>
        public static VehicleProfile Ami()
        {
            return new VehicleProfile("ami", "citroen", "AMI", "BEV", 75, 33, 0, 0, true, true, Doors.Driver | Doors.Passenger, 5500);
        }

        /// <summary>A Peugeot e-208-like connected EV: every remote command, no O2X dongle.</summary>
        public static VehicleProfile E208()
        {
            return new VehicleProfile("e208", "peugeot", "e-208", "BEV", 340, 14, 120, CommandFamily.AllBits, false, false, AllDoors & ~Doors.RoofWindow, 50000);
        }

        /// <summary>
        /// Everything at once, for trying the product: an e-208 that also carries the O2X dongle, so the same car
        /// answers remote commands and serves O2X over BLE. The emulator's default.
        /// </summary>
        public static VehicleProfile Showcase()
        {
            return new VehicleProfile("showcase", "peugeot", "e-208", "BEV", 340, 14, 120, CommandFamily.AllBits, true, true, AllDoors & ~Doors.RoofWindow, 50000);
        }

        /// <summary>The ready-made profile named <paramref name="id"/> (any case), or null.</summary>
        public static VehicleProfile Find(string id)
        {
            if (id == null)
            {
                return null;
            }

            string lower = id.ToLower();
            if (lower == "ami")
            {
                return Ami();
            }

            if (lower == "e208" || lower == "e-208")
            {
                return E208();
            }

            if (lower == "showcase")
            {
                return Showcase();
            }

            return null;
        }
    }
}
