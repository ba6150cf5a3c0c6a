using System.Reflection;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace nanoFramework.TestFramework.Hosting
{
    /// <summary>
    /// An xunit test framework that finds nanoFramework-style tests: in every [TestClass], one case per
    /// [TestMethod] and one per [DataRow]. A host test project selects it with
    /// <c>[assembly: Xunit.TestFramework("nanoFramework.TestFramework.Hosting.NanoTestFramework", "NanoVehicle.TestFramework.Host")]</c>.
    /// Ordinary xunit [Fact]/[Theory] tests in the same assembly still run.
    /// </summary>
    public sealed class NanoTestFramework : XunitTestFramework
    {
        /// <summary>Created by xunit.</summary>
        public NanoTestFramework(IMessageSink messageSink)
            : base(messageSink)
        {
        }

        /// <inheritdoc />
        protected override ITestFrameworkDiscoverer CreateDiscoverer(IAssemblyInfo assemblyInfo)
            => new NanoTestFrameworkDiscoverer(assemblyInfo, SourceInformationProvider, DiagnosticMessageSink);

        /// <inheritdoc />
        protected override ITestFrameworkExecutor CreateExecutor(AssemblyName assemblyName)
            => new XunitTestFrameworkExecutor(assemblyName, SourceInformationProvider, DiagnosticMessageSink);
    }
}
