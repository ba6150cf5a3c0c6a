using System.Collections;
using nanoFramework.TestFramework;
using NanoVehicle.Core.Outcomes;
using NanoVehicle.Core.Persistence;
using NanoVehicle.Core.State;
using NanoVehicle.Core.Tests.Support;

namespace NanoVehicle.Core.Tests.Commands
{
    /// <summary>
    /// Nothing throws out of the core: valid requests are mutated at random (fixed seed, so failures replay) and
    /// thrown at every entry point; each answer is an outcome, an error message or a refusal.
    /// </summary>
    [TestClass]
    public class RobustnessTests
    {
        private static uint _seed;

        private static readonly string[] Samples =
        {
            "{\"type\":\"delayed\",\"program\":{\"hour\":22,\"minute\":30}}",
            "{\"asap\":\"activate\",\"programs\":{\"program1\":{\"day\":[1,1,1,1,1,0,0],\"hour\":7,\"minute\":15,\"on\":1}}}",
            "{\"action\":\"chargeDeferredTime\",\"startNow\":false,\"deferredTime\":\"PT1H\",\"checkStartCharge\":true}",
            "{\"action\":\"preconditioning\",\"startNow\":true,\"programs\":[{\"hour\":9,\"minute\":32,\"isEnabled\":true,\"occurence\":[\"mon\"],\"slot\":1}]}",
            "{\"charging\":{\"schedule\":{\"programs\":[{\"slot\":4,\"start\":\"PT1H\",\"end\":\"PT6H\",\"enabled\":true,\"occurence\":{\"day\":[\"Mon\"]}}]}}}",
            "{\"navigation\":{\"positions\":[{\"type\":\"Point\",\"coordinates\":[2.35,48.85]}]}}",
            "{\"stolen\":{\"trackingPeriod\":{\"running\":5,\"shutdown\":60}}}",
            "{\"soc\":20,\"plugged\":true,\"openDoors\":[\"Driver\"],\"alerts\":[\"stop\"],\"ignition\":\"Start\"}",
        };

        private static readonly object[] Junk = { null, "", "x", -1, 99999, 2.5, true, new ArrayList(), new Hashtable(), "PT99H", "2026-13-40T99:99:99Z" };

        private static int Next(int bound)
        {
            _seed = _seed * 1664525 + 1013904223;
            return (int)((_seed >> 8) % (uint)bound);
        }

        [TestMethod]
        public static void MutatedInputNeverThrows()
        {
            _seed = 12345;
            string[] services = { "VehCharge", "ThermalPrecond", "Doors", "Horn", "Lights", "VehCharge/state", "Nope" };
            for (int round = 0; round < 400; round++)
            {
                Vehicle car = Cars.E208();
                Hashtable tree = TestJson.Object(Samples[round % Samples.Length]);
                Mutate(tree, 3);
                Outcome psa = car.ExecutePsa(services[round % services.Length], tree);
                Outcome web = car.ExecuteWebApi(tree);
                Outcome sdk = car.ExecuteMobileSdk(tree);
                Assert.IsNotNull(psa.PsaReturnCode);
                Assert.IsNotNull(web.WebApiDoneStatus);
                Assert.IsNotNull(sdk.SdkStatus);
                car.ApplyOverrides(tree);
                PersistenceSnapshot.Read(tree, new VehicleState());
                car.Advance();
            }
        }

        private static void Mutate(Hashtable tree, int depth)
        {
            var keys = new ArrayList();
            foreach (DictionaryEntry entry in tree)
            {
                keys.Add(entry.Key);
            }

            for (int i = 0; i < keys.Count; i++)
            {
                object value = tree[keys[i]];
                int choice = Next(6);
                if (choice == 0)
                {
                    tree[keys[i]] = Junk[Next(Junk.Length)];
                }
                else if (choice == 1)
                {
                    tree.Remove(keys[i]);
                }
                else if (depth > 0 && value is Hashtable)
                {
                    Mutate((Hashtable)value, depth - 1);
                }
                else if (depth > 0 && value is ArrayList && ((ArrayList)value).Count > 0)
                {
                    ArrayList list = (ArrayList)value;
                    int at = Next(list.Count);
                    if (list[at] is Hashtable)
                    {
                        Mutate((Hashtable)list[at], depth - 1);
                    }
                    else
                    {
                        list[at] = Junk[Next(Junk.Length)];
                    }
                }
            }
        }
    }
}
