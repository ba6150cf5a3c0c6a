using System;

namespace NanoVehicle.Core.Simulation
{
    /// <summary>Something that happened in the car on its own (or as a side effect), for the adapters to publish.</summary>
    public sealed class VehicleEvent
    {
        /// <summary>The charge reached 100 % (SDK <c>remoteChargeFinished</c>).</summary>
        public const string ChargeFinished = "remoteChargeFinished";
        /// <summary>A charge stopped below 100 % (SDK <c>remoteChargeInterrupted</c>).</summary>
        public const string ChargeInterrupted = "remoteChargeInterrupted";
        /// <summary>A charge was expected but the park brake is off (O2X <c>cantCharge</c>).</summary>
        public const string CantCharge = "cantCharge";
        /// <summary>A charge started.</summary>
        public const string ChargeStarted = "chargeStarted";
        /// <summary>Preconditioning started (by a program or a command).</summary>
        public const string PreconditioningStarted = "preconditioningStarted";
        /// <summary>Preconditioning ran to its end.</summary>
        public const string PreconditioningFinished = "preconditioningFinished";
        /// <summary>The awake window ended: the car sleeps.</summary>
        public const string FellAsleep = "fellAsleep";
        /// <summary>A command woke the car (counted in the monthly quota).</summary>
        public const string WokeUp = "wokeUp";
        /// <summary>A new calendar month reset the wake-up counter.</summary>
        public const string MonthRolledOver = "monthRolledOver";
        /// <summary>A stolen car reports its position (every tracking period: running with ignition on, shutdown off).</summary>
        public const string PositionReport = "positionReport";
        /// <summary>Some reported state changed (a new snapshot is due).</summary>
        public const string StateChanged = "stateChanged";

        /// <summary>Creates an event.</summary>
        public VehicleEvent(string name, DateTime at)
        {
            Name = name;
            At = at;
        }

        /// <summary>One of the names above.</summary>
        public string Name { get; }
        /// <summary>Simulated UTC time it happened.</summary>
        public DateTime At { get; }

        /// <summary>"name@time".</summary>
        public override string ToString()
        {
            return Name + "@" + Text.Iso8601.FormatTimestamp(At);
        }
    }
}
