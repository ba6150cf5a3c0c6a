using System;
using System.Collections;
using nanoFramework.TestFramework;
using NanoVehicle.Core.Configuration;
using NanoVehicle.Core.Ports;
using NanoVehicle.Core.State;
using NanoVehicle.Core.Tests.Support;

namespace NanoVehicle.Core.Tests.Configuration
{
    [TestClass]
    public class SignalStatesTests
    {
        private static readonly DateTime Start = new DateTime(2026, 3, 10, 10, 0, 0);

        /// <summary>An e-208 on its own clock (not the shared one of Cars, so classes running in parallel cannot move it).</summary>
        private static Vehicle NewCar()
        {
            return new Vehicle(VehicleProfile.E208(), new VehicleSettings(), new ManualClock(Start), "VR3UHZKXZLT123456");
        }

        [TestMethod]
        public static void TheLightsFlashAtTwoHertzWhileALightsRequestRuns()
        {
            Vehicle car = NewCar();
            DateTime t = Start;
            Assert.IsFalse(SignalStates.IsOn(BoardPin.LightsLed, car.State, t));

            Assert.IsTrue(Cars.Psa(car, "Lights", "{\"action\":\"activate\",\"duration\":10}").Succeeded);

            Assert.IsTrue(SignalStates.IsOn(BoardPin.LightsLed, car.State, t));
            Assert.IsFalse(SignalStates.IsOn(BoardPin.LightsLed, car.State, t.AddMilliseconds(250)));
            Assert.IsTrue(SignalStates.IsOn(BoardPin.LightsLed, car.State, t.AddMilliseconds(500)));
            Assert.IsTrue(SignalStates.IsOn(BoardPin.LightsLed, car.State, t.AddSeconds(9)));
            Assert.IsFalse(SignalStates.IsOn(BoardPin.LightsLed, car.State, t.AddSeconds(10)));
        }

        [TestMethod]
        public static void TheHornBeepsOncePerRequestedSounding()
        {
            Vehicle car = NewCar();
            DateTime t = Start;
            Assert.IsTrue(Cars.Psa(car, "Horn", "{\"nb_horn\":2,\"action\":\"activate\"}").Succeeded);

            Assert.IsTrue(SignalStates.IsOn(BoardPin.HornBuzzer, car.State, t));
            Assert.IsFalse(SignalStates.IsOn(BoardPin.HornBuzzer, car.State, t.AddMilliseconds(700)));
            Assert.IsTrue(SignalStates.IsOn(BoardPin.HornBuzzer, car.State, t.AddSeconds(1)));
            Assert.IsFalse(SignalStates.IsOn(BoardPin.HornBuzzer, car.State, t.AddSeconds(2)));
        }

        [TestMethod]
        public static void TheLockIndicatorFollowsTheDoors()
        {
            Vehicle car = NewCar();
            Assert.IsTrue(SignalStates.IsOn(BoardPin.LockIndicator, car.State, Start));
            Cars.Set(car, "{\"locked\":false}");
            Assert.IsFalse(SignalStates.IsOn(BoardPin.LockIndicator, car.State, Start));
        }

        [TestMethod]
        public static void TheChargeIndicatorShowsACharge()
        {
            Vehicle car = NewCar();
            Assert.IsFalse(SignalStates.IsOn(BoardPin.ChargeIndicator, car.State, Start));
            Cars.Set(car, "{\"plugged\":true,\"chargingStatus\":\"InProgress\"}");
            Assert.IsTrue(SignalStates.IsOn(BoardPin.ChargeIndicator, car.State, Start));
        }

        [TestMethod]
        public static void TheStatusLedAndInputsAreNeverVehicleOutputs()
        {
            Vehicle car = NewCar();
            Assert.IsFalse(SignalStates.IsOn(BoardPin.StatusLed, car.State, Start));
            Assert.IsFalse(SignalStates.IsOn(BoardPin.PlugButton, car.State, Start));
        }

        [TestMethod]
        public static void ThePlugSwitchPlugsAndUnplugsTheCar()
        {
            Vehicle car = NewCar();
            Assert.IsNull(car.ApplyOverrides(SignalStates.Override(BoardPin.PlugButton, true)));
            Assert.IsTrue(car.State.Plugged);
            Assert.IsNull(car.ApplyOverrides(SignalStates.Override(BoardPin.PlugButton, false)));
            Assert.IsFalse(car.State.Plugged);
        }

        [TestMethod]
        public static void TheParkBrakeSwitchAppliesAndReleasesTheBrake()
        {
            Vehicle car = NewCar();
            Assert.IsNull(car.ApplyOverrides(SignalStates.Override(BoardPin.ParkBrakeButton, false)));
            Assert.AreEqual(ParkBrake.NotActivated, car.State.ParkBrake);
            Assert.IsNull(car.ApplyOverrides(SignalStates.Override(BoardPin.ParkBrakeButton, true)));
            Assert.AreEqual(ParkBrake.Activated, car.State.ParkBrake);
        }

        [TestMethod]
        public static void TheIgnitionSwitchStartsAndStopsTheCar()
        {
            Vehicle car = NewCar();
            Assert.IsNull(car.ApplyOverrides(SignalStates.Override(BoardPin.IgnitionButton, true)));
            Assert.AreEqual(Ignition.Start, car.State.Ignition);
            Assert.IsNull(car.ApplyOverrides(SignalStates.Override(BoardPin.IgnitionButton, false)));
            Assert.AreEqual(Ignition.Stop, car.State.Ignition);
        }

        [TestMethod]
        public static void OutputsAreNotSwitches()
        {
            Assert.IsNull(SignalStates.Override(BoardPin.LightsLed, true));
            Assert.IsNull(SignalStates.Override(BoardPin.StatusLed, false));
            Hashtable plug = SignalStates.Override(BoardPin.PlugButton, true);
            Assert.AreEqual(1, plug.Count);
        }
    }
}
