using System;

namespace NanoVehicle.Core.O2x
{
    /// <summary>
    /// When the car notifies the Status characteristic to a subscribed client: at once when the frame changes, and
    /// otherwise again once <see cref="IntervalMilliseconds"/> have passed since the last notification, so the phone
    /// (which drops the link after 5 s without data) always hears from the car. The caller owns the clock and the
    /// timer: it asks <see cref="Due"/> whenever the status may have changed and on its periodic tick.
    /// </summary>
    public sealed class O2xNotifySchedule
    {
        private byte[] _lastFrame;
        private long _lastSentAt;

        /// <summary>A schedule with the profile's one-second interval.</summary>
        public O2xNotifySchedule()
            : this(O2xProfile.NotifyIntervalMilliseconds)
        {
        }

        /// <summary>A schedule with another repeat interval (ms, at least 1).</summary>
        public O2xNotifySchedule(int intervalMilliseconds)
        {
            IntervalMilliseconds = intervalMilliseconds < 1 ? 1 : intervalMilliseconds;
        }

        /// <summary>The longest time between two notifications while subscribed (ms).</summary>
        public int IntervalMilliseconds { get; }

        /// <summary>
        /// True when <paramref name="frame"/> should be notified now (<paramref name="nowMilliseconds"/> is any
        /// monotonic millisecond count): it is the first since <see cref="Reset"/>, it differs from the last one
        /// sent, or the interval has passed. A true answer records the frame and the time as sent.
        /// </summary>
        public bool Due(byte[] frame, long nowMilliseconds)
        {
            if (frame == null)
            {
                return false;
            }

            bool due = _lastFrame == null
                || !SameBytes(frame, _lastFrame)
                || nowMilliseconds - _lastSentAt >= IntervalMilliseconds
                || nowMilliseconds < _lastSentAt;
            if (due)
            {
                // Kept as a copy: the caller may reuse its buffer (Array.Clone needs the reflection mscorlib).
                _lastFrame = new byte[frame.Length];
                Array.Copy(frame, _lastFrame, frame.Length);
                _lastSentAt = nowMilliseconds;
            }

            return due;
        }

        /// <summary>
        /// Milliseconds until the next repeat is due (0 when due now, or when nothing was sent yet); a caller's
        /// timer can sleep that long.
        /// </summary>
        public long UntilNext(long nowMilliseconds)
        {
            if (_lastFrame == null)
            {
                return 0;
            }

            long left = _lastSentAt + IntervalMilliseconds - nowMilliseconds;
            return left < 0 ? 0 : left;
        }

        /// <summary>Forgets what was sent: the next <see cref="Due"/> is true (a client (re)subscribed).</summary>
        public void Reset()
        {
            _lastFrame = null;
            _lastSentAt = 0;
        }

        private static bool SameBytes(byte[] a, byte[] b)
        {
            if (a.Length != b.Length)
            {
                return false;
            }

            for (int i = 0; i < a.Length; i++)
            {
                if (a[i] != b[i])
                {
                    return false;
                }
            }

            return true;
        }
    }
}
