using HealthAgent.Core.Time;

namespace HealthAgent.Tests.Unit.Time;

public sealed class TimeZonesTests
{
    [Theory]
    [InlineData("Europe/Berlin", "Europe/Berlin")]
    [InlineData("America/Argentina/Buenos_Aires", "America/Argentina/Buenos_Aires")]
    [InlineData("America/Indiana/Indianapolis", "America/Indiana/Indianapolis")]
    [InlineData("UTC", "UTC")]
    [InlineData(" Asia/Kathmandu ", "Asia/Kathmandu")]
    [InlineData("europe/berlin", "Europe/Berlin")]
    [InlineData("Tokyo Standard Time", "Asia/Tokyo")]
    public void TryResolve_KnownNames_GiveTheIanaId(string input, string expected)
    {
        TimeZones.TryResolve(input, out var id).Should().BeTrue();
        id.Should().Be(expected);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("Berlin")]
    [InlineData("Mars/Olympus_Mons")]
    [InlineData("../../etc/passwd")]
    public void TryResolve_UnknownNames_AreRejected(string? input) =>
        TimeZones.TryResolve(input, out _).Should().BeFalse();
}
