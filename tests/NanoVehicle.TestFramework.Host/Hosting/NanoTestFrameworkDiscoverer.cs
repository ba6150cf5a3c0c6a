using System.Linq;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace nanoFramework.TestFramework.Hosting
{
    /// <summary>
    /// Finds the test cases of [TestClass] types as the nanoFramework launcher would run them: a method with
    /// [DataRow] attributes runs once per row (its [TestMethod], if any, adds no run of its own); a method with only
    /// [TestMethod] runs once. Everything else goes to xunit's own discovery.
    /// </summary>
    public sealed class NanoTestFrameworkDiscoverer : XunitTestFrameworkDiscoverer
    {
        /// <summary>Created by <see cref="NanoTestFramework"/>.</summary>
        public NanoTestFrameworkDiscoverer(IAssemblyInfo assemblyInfo, ISourceInformationProvider sourceProvider, IMessageSink diagnosticMessageSink)
            : base(assemblyInfo, sourceProvider, diagnosticMessageSink)
        {
        }

        /// <inheritdoc />
        protected override bool FindTestsForMethod(ITestMethod testMethod, bool includeSourceInformation, IMessageBus messageBus, ITestFrameworkDiscoveryOptions discoveryOptions)
        {
            if (!testMethod.TestClass.Class.GetCustomAttributes(typeof(TestClassAttribute)).Any())
            {
                return base.FindTestsForMethod(testMethod, includeSourceInformation, messageBus, discoveryOptions);
            }

            var rows = testMethod.Method.GetCustomAttributes(typeof(DataRowAttribute)).ToList();
            if (rows.Count > 0)
            {
                foreach (IAttributeInfo row in rows)
                {
                    object[] arguments = row.GetConstructorArguments().FirstOrDefault() as object[] ?? new object[0];
                    if (!Report(new NanoTestCase(DiagnosticMessageSink, discoveryOptions, testMethod, arguments), includeSourceInformation, messageBus))
                    {
                        return false;
                    }
                }

                return true;
            }

            if (testMethod.Method.GetCustomAttributes(typeof(TestMethodAttribute)).Any())
            {
                return Report(new NanoTestCase(DiagnosticMessageSink, discoveryOptions, testMethod, null), includeSourceInformation, messageBus);
            }

            return true;
        }

        private bool Report(NanoTestCase testCase, bool includeSourceInformation, IMessageBus messageBus)
            => ReportDiscoveredTestCase(testCase, includeSourceInformation, messageBus);
    }
}
