namespace NanoVehicle.Core.State
{
    /// <summary>
    /// What every weekly program slot holds, whether it schedules charging or preconditioning: its number, whether it
    /// was ever programmed, whether it is active, its start and its days.
    /// </summary>
    public abstract class ProgramSlot
    {
        /// <summary>Slot number, 1..4.</summary>
        public int Slot;
        /// <summary>False while the slot was never programmed (PSA writes unset preconditioning slots as hour 34, minute 7).</summary>
        public bool Set;
        /// <summary>The program is active on its days.</summary>
        public bool Enabled;
        /// <summary>Start, minutes after midnight (UTC car time).</summary>
        public int StartMinute;
        /// <summary>Days it runs, bit 0 = Monday … bit 6 = Sunday.</summary>
        public int Days;

        /// <summary>Creates an unset slot.</summary>
        protected ProgramSlot(int slot)
        {
            Slot = slot;
        }

        /// <summary>Copies the members every slot shares.</summary>
        protected void CopySlotFrom(ProgramSlot other)
        {
            Slot = other.Slot;
            Set = other.Set;
            Enabled = other.Enabled;
            StartMinute = other.StartMinute;
            Days = other.Days;
        }

        /// <summary>True when the members every slot shares are equal.</summary>
        protected bool SameSlotAs(ProgramSlot other)
        {
            return Slot == other.Slot && Set == other.Set && Enabled == other.Enabled && StartMinute == other.StartMinute
                && Days == other.Days;
        }
    }
}
