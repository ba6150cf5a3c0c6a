namespace NanoVehicle.Core.State
{
    /// <summary>One of the four preconditioning program slots.</summary>
    public sealed class PreconditioningProgram
    {
        /// <summary>Slot number, 1..4.</summary>
        public int Slot;
        /// <summary>False while the slot was never programmed (PSA writes such slots as hour 34, minute 7).</summary>
        public bool Set;
        /// <summary>The program runs on its days.</summary>
        public bool Enabled;
        /// <summary>Start, minutes after midnight (UTC car time).</summary>
        public int StartMinute;
        /// <summary>Days it runs, bit 0 = Monday … bit 6 = Sunday.</summary>
        public int Days;
        /// <summary>True for <c>Daily</c> recurrence, false for <c>None</c> (runs once).</summary>
        public bool Daily = true;

        /// <summary>Creates an unset slot.</summary>
        public PreconditioningProgram(int slot)
        {
            Slot = slot;
        }

        /// <summary>Copies every field of <paramref name="other"/>.</summary>
        public void CopyFrom(PreconditioningProgram other)
        {
            Slot = other.Slot;
            Set = other.Set;
            Enabled = other.Enabled;
            StartMinute = other.StartMinute;
            Days = other.Days;
            Daily = other.Daily;
        }

        /// <summary>True when both describe the same program.</summary>
        public bool SameAs(PreconditioningProgram other)
        {
            return Slot == other.Slot && Set == other.Set && Enabled == other.Enabled && StartMinute == other.StartMinute
                && Days == other.Days && Daily == other.Daily;
        }
    }
}
