using System;

namespace NanoVehicle.Core.Ports
{
    /// <summary>A clock that moves only when told to: for tests, documentation and replaying a scenario.</summary>
    public sealed class ManualClock : IClock
    {
        private DateTime _now;

        /// <summary>Creates the clock at <paramref name="start"/> (UTC).</summary>
        public ManualClock(DateTime start)
        {
            _now = start;
        }

        /// <inheritdoc />
        public DateTime UtcNow
        {
            get { return _now; }
        }

        /// <summary>Moves the clock forward by <paramref name="seconds"/>.</summary>
        public void AdvanceSeconds(long seconds)
        {
            _now = _now.AddTicks(seconds * TimeSpan.TicksPerSecond);
        }

        /// <summary>Sets the clock to <paramref name="now"/> (UTC).</summary>
        public void Set(DateTime now)
        {
            _now = now;
        }
    }
}
