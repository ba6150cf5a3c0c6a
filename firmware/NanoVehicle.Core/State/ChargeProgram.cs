namespace NanoVehicle.Core.State
{
    /// <summary>One of the four charge schedule slots (Web API <c>schedule.programs[]</c>).</summary>
    public sealed class ChargeProgram
    {
        /// <summary>Slot number, 1..4.</summary>
        public int Slot;
        /// <summary>False while the slot was never programmed.</summary>
        public bool Set;
        /// <summary>The program is active.</summary>
        public bool Enabled;
        /// <summary>Start, minutes after midnight.</summary>
        public int StartMinute;
        /// <summary>End, minutes after midnight.</summary>
        public int EndMinute;
        /// <summary>Days, bit 0 = Monday.</summary>
        public int Days;
        /// <summary>Charge until full rather than until the end time.</summary>
        public bool UntilFull;

        /// <summary>Creates an unset slot.</summary>
        public ChargeProgram(int slot)
        {
            Slot = slot;
        }

        /// <summary>Copies every field of <paramref name="other"/>.</summary>
        public void CopyFrom(ChargeProgram other)
        {
            Slot = other.Slot;
            Set = other.Set;
            Enabled = other.Enabled;
            StartMinute = other.StartMinute;
            EndMinute = other.EndMinute;
            Days = other.Days;
            UntilFull = other.UntilFull;
        }

        /// <summary>True when both describe the same program.</summary>
        public bool SameAs(ChargeProgram other)
        {
            return Slot == other.Slot && Set == other.Set && Enabled == other.Enabled && StartMinute == other.StartMinute
                && EndMinute == other.EndMinute && Days == other.Days && UntilFull == other.UntilFull;
        }
    }
}
