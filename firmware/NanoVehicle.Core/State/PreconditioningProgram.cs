namespace NanoVehicle.Core.State
{
    /// <summary>One of the four preconditioning program slots.</summary>
    public sealed class PreconditioningProgram : ProgramSlot
    {
        /// <summary>True for <c>Daily</c> recurrence, false for <c>None</c> (runs once).</summary>
        public bool Daily = true;

        /// <summary>Creates an unset slot.</summary>
        public PreconditioningProgram(int slot)
            : base(slot)
        {
        }

        /// <summary>Copies every field of <paramref name="other"/>.</summary>
        public void CopyFrom(PreconditioningProgram other)
        {
            CopySlotFrom(other);
            Daily = other.Daily;
        }

        /// <summary>True when both describe the same program.</summary>
        public bool SameAs(PreconditioningProgram other)
        {
            return SameSlotAs(other) && Daily == other.Daily;
        }
    }
}
