using NanoVehicle.Mqtt.Packets;
using Xunit;

namespace NanoVehicle.Mqtt.Tests
{
    /// <summary>Topic names, filters and matching (§4.7), with the spec's own examples.</summary>
    public sealed class TopicTests
    {
        [Theory]
        [InlineData("sport/tennis/player1/#", "sport/tennis/player1", true)]
        [InlineData("sport/tennis/player1/#", "sport/tennis/player1/ranking", true)]
        [InlineData("sport/tennis/player1/#", "sport/tennis/player1/score/wimbledon", true)]
        [InlineData("sport/#", "sport", true)]
        [InlineData("#", "anything/at/all", true)]
        [InlineData("sport/tennis/+", "sport/tennis/player1", true)]
        [InlineData("sport/tennis/+", "sport/tennis/player1/ranking", false)]
        [InlineData("sport/+", "sport", false)]
        [InlineData("sport/+", "sport/", true)]
        [InlineData("+/+", "/finance", true)]
        [InlineData("/+", "/finance", true)]
        [InlineData("+", "/finance", false)]
        [InlineData("#", "$SYS/broker", false)]
        [InlineData("+/monitor/Clients", "$SYS/monitor/Clients", false)]
        [InlineData("$SYS/#", "$SYS/monitor/Clients", true)]
        [InlineData("$SYS/monitor/+", "$SYS/monitor/Clients", true)]
        [InlineData("a/b", "a/b", true)]
        [InlineData("a/b", "a/bc", false)]
        [InlineData("a/b", "A/b", false)]
        [InlineData("a/+/c", "a/b/c", true)]
        [InlineData("a/+/c", "a/b/d", false)]
        [InlineData("a/b/#", "a", false)]
        public void MatchesLikeTheSpecSays(string filter, string topic, bool matches)
        {
            Assert.Equal(matches, MqttTopic.Matches(filter, topic));
        }

        [Theory]
        [InlineData("sport/tennis#")]
        [InlineData("sport/tennis/#/ranking")]
        [InlineData("sport+")]
        [InlineData("sport/+x")]
        [InlineData("")]
        public void InvalidFiltersAreNamed(string filter)
        {
            Assert.NotNull(MqttTopic.CheckFilter(filter));
        }

        [Theory]
        [InlineData("+")]
        [InlineData("#")]
        [InlineData("+/tennis/#")]
        [InlineData("sport/+/player1")]
        [InlineData("/")]
        public void ValidFiltersPass(string filter)
        {
            Assert.Null(MqttTopic.CheckFilter(filter));
        }

        [Theory]
        [InlineData("a/+")]
        [InlineData("#")]
        [InlineData("")]
        public void TopicNamesRefuseWildcardsAndEmptiness(string topic)
        {
            Assert.NotNull(MqttTopic.CheckName(topic));
        }
    }
}
