using System.Collections;
using nanoFramework.TestFramework;
using NanoVehicle.Core.Commands;
using NanoVehicle.Core.Json;
using NanoVehicle.Core.Outcomes;
using NanoVehicle.Core.Tests.Support;

namespace NanoVehicle.Core.Tests.Commands
{
    /// <summary>Parser edge cases of the three command readers: 2101 names the missing parameter, 2102 the invalid one.</summary>
    [TestClass]
    public class CommandReaderTests
    {
        private static CommandParse Psa(string service, string json)
        {
            return PsaCommandReader.Read(service, TestJson.Port.Parse(json));
        }

        private static CommandParse Sdk(string json)
        {
            return MobileSdkCommandReader.Read(TestJson.Port.Parse(json));
        }

        private static CommandParse Web(string json)
        {
            return WebApiCommandReader.Read(TestJson.Port.Parse(json));
        }

        private static void Fails(CommandParse parse, int code, string parameter)
        {
            Assert.IsFalse(parse.Ok, "expected " + code.ToString() + " " + parameter);
            Assert.AreEqual(code, parse.ErrorCode);
            Assert.AreEqual(parameter, parse.Parameter);
        }

        [DataRow("{\"program\":{\"hour\":22,\"minute\":30}}", 2101, "type")]
        [DataRow("{\"type\":\"later\"}", 2102, "type")]
        [DataRow("{\"type\":\"delayed\"}", 2101, "program")]
        [DataRow("{\"type\":\"delayed\",\"program\":[22,30]}", 2102, "program")]
        [DataRow("{\"type\":\"delayed\",\"program\":{\"minute\":30}}", 2101, "program.hour")]
        [DataRow("{\"type\":\"delayed\",\"program\":{\"hour\":24,\"minute\":30}}", 2102, "program.hour")]
        [DataRow("{\"type\":\"delayed\",\"program\":{\"hour\":22,\"minute\":\"3O\"}}", 2102, "program.minute")]
        [DataRow("{\"type\":\"delayed\",\"program\":{\"hour\":22.5,\"minute\":0}}", 2102, "program.hour")]
        [DataRow("{\"type\":\"delayed\",\"program\":{\"hour\":true,\"minute\":0}}", 2102, "program.hour")]
        public static void VehChargeErrorsNameTheParameter(string json, int code, string parameter)
        {
            Fails(Psa("VehCharge", json), code, parameter);
        }

        [TestMethod]
        public static void NumbersMayComeAsStringsOrWholeDoubles()
        {
            CommandParse parse = Psa("/VehCharge", "{\"type\":\"delayed\",\"program\":{\"hour\":\"7\",\"minute\":5.0}}");
            Assert.IsTrue(parse.Ok);
            Assert.AreEqual(CommandAction.ChargeDeferred, parse.Command.Action);
            Assert.AreEqual(7 * 60 + 5, parse.Command.DeferredMinute);
            CommandParse horn = Psa("Horn", "{\"nb_horn\":\"2\",\"action\":\"activate\"}");
            Assert.AreEqual(2, horn.Command.HornCount);
        }

        [TestMethod]
        public static void AnyNumericTypeAJsonLibraryPicksIsAccepted()
        {
            int value;
            Assert.AreEqual(JsonValues.Ok, JsonValues.ToInt((byte)7, 0, 23, out value));
            Assert.AreEqual(7, value);
            Assert.AreEqual(JsonValues.Ok, JsonValues.ToInt((short)-3, -5, 5, out value));
            Assert.AreEqual(JsonValues.Ok, JsonValues.ToInt(12.0f, 0, 23, out value));
            Assert.AreEqual(JsonValues.Ok, JsonValues.ToInt((ulong)9, 0, 23, out value));
            Assert.AreEqual(JsonValues.Invalid, JsonValues.ToInt(ulong.MaxValue, 0, 23, out value));
            Assert.AreEqual(JsonValues.Invalid, JsonValues.ToInt(double.NaN, 0, 23, out value));
            Assert.AreEqual(JsonValues.Invalid, JsonValues.ToInt(1e300, 0, 23, out value));
            Assert.AreEqual(JsonValues.Ok, JsonValues.ToTenths(42.25f, 0, 1000, out value));
            Assert.AreEqual(423, value);
            Assert.AreEqual(JsonValues.Ok, JsonValues.ToTenths("-0.05", -10, 10, out value));
            Assert.AreEqual(-1, value);
            Assert.AreEqual(JsonValues.Invalid, JsonValues.ToTenths("4.", 0, 1000, out value));
            Assert.AreEqual(JsonValues.Invalid, JsonValues.ToTenths(double.NaN, 0, 1000, out value));
        }

        [TestMethod]
        public static void ServiceAndEnvelopeProblems()
        {
            Fails(Psa("Teleport", "{}"), 2102, "service");
            Assert.AreEqual(-1, PsaCommandReader.FamilyOf("VehicleState"));
            Fails(PsaCommandReader.Read("Doors", null), 2101, "req_parameters");
            Fails(PsaCommandReader.Read("Doors", "lock"), 2102, "req_parameters");
            Fails(Psa("Doors", "{\"action\":\"open\"}"), 2102, "action");
            Fails(Psa("Doors", "{\"action\":null}"), 2101, "action");
            Fails(Psa("Horn", "{\"action\":\"activate\",\"nb_horn\":0}"), 2102, "nb_horn");
            Fails(Psa("Lights", "{\"action\":\"activate\",\"duration\":\"long\"}"), 2102, "duration");
            Fails(Psa("VehCharge/state", "{\"action\":\"wake\"}"), 2102, "action");
            Assert.IsTrue(Psa("vehcharge/STATE", "{\"action\":\"state\"}").Ok, "service names ignore case");
        }

        [TestMethod]
        public static void ThermalPrecondProgramsAreChecked()
        {
            Fails(Psa("ThermalPrecond", "{}"), 2101, "asap");
            Fails(Psa("ThermalPrecond", "{\"asap\":\"activate\",\"programs\":{\"program1\":{\"day\":[1,1],\"hour\":7,\"minute\":0,\"on\":1}}}"), 2102, "programs.program1.day");
            Fails(Psa("ThermalPrecond", "{\"asap\":\"activate\",\"programs\":{\"program3\":{\"day\":[1,1,1,1,1,1,1],\"hour\":25,\"minute\":0,\"on\":1}}}"), 2102, "programs.program3.hour");
            Fails(Psa("ThermalPrecond", "{\"asap\":\"activate\",\"programs\":{\"program4\":{\"day\":[1,1,1,1,1,1,1],\"hour\":5,\"minute\":0,\"on\":2}}}"), 2102, "programs.program4.on");
            CommandParse ok = Psa("ThermalPrecond", "{\"asap\":\"deactivate\",\"programs\":{\"program2\":{\"day\":[true,false,0,0,0,0,1],\"hour\":\"6\",\"minute\":\"0\",\"on\":\"true\"}}}");
            Assert.IsTrue(ok.Ok);
            Assert.AreEqual(1 | 64, ok.Command.PreconditioningPrograms[1].Days);
            Assert.IsTrue(ok.Command.PreconditioningPrograms[1].Enabled);
        }

        [DataRow("{\"action\":\"charge\"}", 2101, "startNow")]
        [DataRow("{\"action\":\"charge\",\"startNow\":\"yes\"}", 2102, "startNow")]
        [DataRow("{\"action\":\"charge\",\"startNow\":1}", 2102, "startNow")]
        [DataRow("{\"action\":\"chargeDeferredTime\",\"startNow\":false}", 2101, "deferredTime")]
        [DataRow("{\"action\":\"chargeDeferredTime\",\"startNow\":false,\"deferredTime\":\"22:30\"}", 2102, "deferredTime")]
        [DataRow("{\"action\":\"chargeDeferredTime\",\"startNow\":false,\"deferredTime\":\"PT24H\"}", 2102, "deferredTime")]
        [DataRow("{\"action\":\"chargeDeferredTime\",\"startNow\":false,\"deferredTime\":\"P1DT2H\"}", 2102, "deferredTime")]
        [DataRow("{\"action\":\"chargeDeferredTime\",\"startNow\":false,\"deferredTime\":\"PT22H30M10S\"}", 2102, "deferredTime")]
        [DataRow("{\"action\":\"chargeDeferredTime\",\"startNow\":false,\"deferredTime\":\"PT30M22H\"}", 2102, "deferredTime")]
        [DataRow("{\"action\":\"chargeDeferredTime\",\"startNow\":false,\"deferredTime\":\"PT\"}", 2102, "deferredTime")]
        [DataRow("{\"action\":\"chargeDeferredTime\",\"startNow\":false,\"deferredTime\":\"PT1H\",\"checkStartCharge\":\"maybe\"}", 2102, "checkStartCharge")]
        [DataRow("{\"action\":\"preconditioning\",\"startNow\":true}", 2101, "programs")]
        [DataRow("{\"action\":\"preconditioning\",\"startNow\":true,\"programs\":[{\"hour\":9,\"minute\":0,\"isEnabled\":true,\"occurrence\":[\"mon\"],\"slot\":0}]}", 2102, "programs.slot")]
        [DataRow("{\"action\":\"preconditioning\",\"startNow\":true,\"programs\":[{\"hour\":9,\"minute\":0,\"isEnabled\":true,\"occurrence\":[\"someday\"],\"slot\":1}]}", 2102, "programs.occurrence")]
        [DataRow("{\"action\":\"doors\"}", 2101, "doorState")]
        [DataRow("{\"action\":\"doors\",\"doorState\":\"open\"}", 2102, "doorState")]
        [DataRow("{\"action\":\"fly\"}", 2102, "action")]
        [DataRow("{\"startNow\":true}", 2101, "action")]
        public static void SdkErrorsNameTheParameter(string json, int code, string parameter)
        {
            Fails(Sdk(json), code, parameter);
        }

        [TestMethod]
        public static void SdkDeferredTimeAcceptsIsoDurations()
        {
            CommandParse parse = Sdk("{\"action\":\"chargeDeferredTime\",\"startNow\":\"false\",\"deferredTime\":\"PT22H30M\",\"checkStartCharge\":\"true\"}");
            Assert.IsTrue(parse.Ok);
            Assert.AreEqual(22 * 60 + 30, parse.Command.DeferredMinute);
            Assert.AreEqual(60, Sdk("{\"action\":\"chargeDeferredTime\",\"startNow\":false,\"deferredTime\":\"PT60M\"}").Command.DeferredMinute);
        }

        [DataRow("{}", 2101, "action")]
        [DataRow("{\"door\":{\"state\":\"Locked\"},\"horn\":{\"state\":\"Activated\"}}", 2102, "horn")]
        [DataRow("{\"door\":null}", 2101, "door")]
        [DataRow("{\"door\":\"Locked\"}", 2102, "door")]
        [DataRow("{\"door\":{}}", 2101, "door.state")]
        [DataRow("{\"door\":{\"state\":\"Open\"}}", 2102, "door.state")]
        [DataRow("{\"horn\":{\"state\":1}}", 2102, "horn.state")]
        [DataRow("{\"lights\":{}}", 2101, "lights.on")]
        [DataRow("{\"immobilization\":{\"activate\":\"on\"}}", 2102, "immobilization.activate")]
        [DataRow("{\"wakeUp\":{\"action\":\"Sleep\"}}", 2102, "wakeUp.action")]
        [DataRow("{\"charging\":{}}", 2101, "charging.immediate")]
        [DataRow("{\"charging\":{\"schedule\":{\"nextDelayedTime\":\"tomorrow\"}}}", 2102, "charging.schedule.nextDelayedTime")]
        [DataRow("{\"charging\":{\"schedule\":{\"nextDelayedTime\":\"2026-03-10T23:00:00Z\",\"programs\":[]}}}", 2102, "charging.schedule")]
        [DataRow("{\"charging\":{\"preferences\":{\"level\":\"Level9\"}}}", 2102, "charging.preferences.level")]
        [DataRow("{\"preconditioning\":{}}", 2101, "preconditioning.airConditioning")]
        [DataRow("{\"preconditioning\":{\"airConditioning\":{}}}", 2101, "preconditioning.airConditioning.immediate")]
        [DataRow("{\"preconditioning\":{\"airConditioning\":{\"programs\":[{\"slot\":1,\"start\":\"PT25H\",\"enabled\":true,\"occurence\":{\"day\":[\"Mon\"]}}]}}}", 2102, "preconditioning.airConditioning.programs.start")]
        [DataRow("{\"preconditioning\":{\"airConditioning\":{\"programs\":[{\"slot\":1,\"start\":\"PT5H\",\"enabled\":true,\"occurence\":{\"day\":[\"Mon\"]}},{\"slot\":1,\"actionsType\":\"Delete\"}]}}}", 2102, "preconditioning.airConditioning.programs.slot")]
        [DataRow("{\"navigation\":{\"positions\":[]}}", 2102, "navigation.positions")]
        [DataRow("{\"navigation\":{\"positions\":[{\"type\":\"Point\",\"coordinates\":[200,10]}]}}", 2102, "navigation.positions.coordinates")]
        public static void WebApiErrorsNameTheParameter(string json, int code, string parameter)
        {
            Fails(Web(json), code, parameter);
        }

        [TestMethod]
        public static void NavigationAcceptsAtMostTenPoints()
        {
            string point = "{\"type\":\"Point\",\"coordinates\":[2.35,48.85]}";
            string ten = point;
            for (int i = 1; i < 10; i++)
            {
                ten += "," + point;
            }

            Assert.AreEqual(10, Web("{\"navigation\":{\"positions\":[" + ten + "]}}").Command.NavigationPoints);
            Fails(Web("{\"navigation\":{\"positions\":[" + ten + "," + point + "]}}"), 2102, "navigation.positions");
        }

        [TestMethod]
        public static void TheVehicleAnswersInputErrorsWithoutActing()
        {
            Vehicle car = Cars.E208();
            Outcome outcome = Cars.Sdk(car, "{\"action\":\"doors\",\"doorState\":\"wide\"}");
            Assert.AreEqual(Refusal.InvalidParameter, outcome.Refusal);
            Assert.AreEqual("Invalid doorState parameter", outcome.SdkLabel);
            Assert.AreEqual("500", outcome.PsaReturnCode);
            Assert.AreEqual("[request.parameter.invalid.key] doorState", outcome.PsaReason);
            Assert.AreEqual("Done/Failed/WrongCommand", Cars.Events(outcome));
            Outcome missing = car.ExecutePsa("Doors", new Hashtable());
            Assert.AreEqual("Missing action parameter", missing.SdkLabel);
            Assert.IsTrue(car.State.Locked);
        }
    }
}
