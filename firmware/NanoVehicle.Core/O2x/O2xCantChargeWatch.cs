namespace NanoVehicle.Core.O2x
{
    /// <summary>
    /// Decides when the car sends the O2X <c>cantCharge</c> event: the car should be charging (plugged in, a
    /// charge expected now) but the parking brake is not set, so the charge does not start. The event is sent once
    /// when that situation begins, not on every status update; it is sent again only after the situation ended
    /// (brake set, unplugged, or no charge expected any more) and came back.
    /// </summary>
    public sealed class O2xCantChargeWatch
    {
        /// <summary>True while the car cannot charge for want of the parking brake.</summary>
        public bool IsActive { get; private set; }

        /// <summary>
        /// True when the situation holds: a charge is expected and the brake is anything but
        /// <see cref="O2xParkBrake.Activated"/> (an unknown brake state cannot be trusted to hold the car either).
        /// </summary>
        public static bool Holds(bool chargeExpected, O2xParkBrake parkBrake)
        {
            return chargeExpected && parkBrake != O2xParkBrake.Activated;
        }

        /// <summary>
        /// Feeds the current situation; true exactly when <c>cantCharge</c> should be sent now (the situation has
        /// just begun).
        /// </summary>
        public bool Update(bool chargeExpected, O2xParkBrake parkBrake)
        {
            bool holds = Holds(chargeExpected, parkBrake);
            bool begins = holds && !IsActive;
            IsActive = holds;
            return begins;
        }

        /// <summary>Forgets the situation, so that the next <see cref="Update"/> that finds it sends the event.</summary>
        public void Reset()
        {
            IsActive = false;
        }
    }
}
