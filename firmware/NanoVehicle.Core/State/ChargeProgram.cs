namespace NanoVehicle.Core.State
{
    /// <summary>One of the four charge schedule slots (Web API <c>schedule.programs[]</c>).</summary>
    public sealed class ChargeProgram : ProgramSlot
    {
        /// <summary>End, minutes after midnight.</summary>
        public int EndMinute;
        /// <summary>Charge until full rather than until the end time.</summary>
        public bool UntilFull;

        /// <summary>Creates an unset slot.</summary>
        public ChargeProgram(int slot)
            : base(slot)
        {
        }

        /// <summary>Copies every field of <paramref name="other"/>.</summary>
        public void CopyFrom(ChargeProgram other)
        {
            CopySlotFrom(other);
            EndMinute = other.EndMinute;
            UntilFull = other.UntilFull;
        }

        /// <summary>True when both describe the same program.</summary>
        public bool SameAs(ChargeProgram other)
        {
            return SameSlotAs(other) && EndMinute == other.EndMinute && UntilFull == other.UntilFull;
        }
    }
}
