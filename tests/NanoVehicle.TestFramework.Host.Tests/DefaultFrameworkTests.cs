using System.Reflection;
using NanoVehicle.TestFramework.Host.Tests.Samples;
using Xunit;
using Xunit.Sdk;

namespace NanoVehicle.TestFramework.Host.Tests
{
    /// <summary>The samples are data for the tests above, not tests of this project: its own xunit run ignores them.</summary>
    public class DefaultFrameworkTests
    {
        [Fact]
        public void ThisProjectRunsUnderXunitsDefaultFramework()
        {
            Assert.Null(typeof(DefaultFrameworkTests).Assembly.GetCustomAttribute<TestFrameworkAttribute>());
        }

        [Theory]
        [InlineData(typeof(Basics))]
        [InlineData(typeof(StaticHolder))]
        [InlineData(typeof(Lifecycle))]
        [InlineData(typeof(SkippingSetup))]
        [InlineData(typeof(FailingSetup))]
        [InlineData(typeof(InstanceSetup))]
        public void XunitsDefaultDiscoveryFindsNothingInTheSamples(System.Type sample)
        {
            // The same sample, under NanoTestFramework, has cases: the difference is the framework alone.
            Assert.NotEmpty(NanoRun.Discover(sample));

            Assert.Empty(NanoRun.Discover(sample, new XunitTestFramework(new NullMessageSink())));
        }
    }
}
