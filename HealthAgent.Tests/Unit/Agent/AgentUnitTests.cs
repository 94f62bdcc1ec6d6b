using HealthAgent.Agent.Photos;
using HealthAgent.Agent.Llm;
using HealthAgent.Agent.Plugins;
using HealthAgent.Core.Time;
using HealthAgent.Tests.Infrastructure;

namespace HealthAgent.Tests.Unit.Agent;

public sealed class AgentUnitTests
{
    [Fact]
    public void UserClock_LocalClockTime_IsTodayInTheUsersZone_OrYesterdayWhenStillAhead()
    {
        var clock = new UserClock(new ToolContext(Guid.NewGuid(), "Europe/Berlin"), new FakeTimeProvider(DateTimeOffset.Parse("2025-03-12T06:00:00Z")));

        clock.Instant("06:30", "time").Should().Be(DateTimeOffset.Parse("2025-03-12T05:30:00Z"));
        clock.Instant("23:00", "time").Should().Be(DateTimeOffset.Parse("2025-03-11T22:00:00Z"));
        clock.Instant("2025-03-10T08:00", "time").Should().Be(DateTimeOffset.Parse("2025-03-10T07:00:00Z"));
        clock.Date("yesterday", "date").Should().Be(new DateOnly(2025, 3, 11));
        var bad = () => clock.Instant("teatime", "time");
        bad.Should().Throw<ToolArgumentException>().WithMessage("*'time' must be a time like 08:30*");
    }

    [Theory]
    [InlineData("Berlin", "Europe/Berlin")]
    [InlineData("new york", "America/New_York")]
    [InlineData("São Paulo", "America/Sao_Paulo")]
    [InlineData("Ho Chi Minh City", "Asia/Ho_Chi_Minh")]
    public void CityTimeZones_ResolveMajorCities(string city, string zone)
    {
        CityTimeZones.TryResolve(city, out var iana).Should().BeTrue();
        iana.Should().Be(zone);
    }

    [Fact]
    public void CityTimeZones_KnowSeveralHundredCities_AllValidZones()
    {
        CityTimeZones.Count.Should().BeGreaterThan(300);
        CityTimeZones.TryResolve("Atlantis", out _).Should().BeFalse();
    }

    [Fact]
    public void LlmConnectionString_ParsesEndpointKeyModelAndVision_AndRejectsGarbage()
    {
        var options = new LlmOptions();
        LlmConnectionString.Apply("Endpoint=http://localhost:11434/v1;Key=ollama;Model=llama3.1;VisionModel=llava", options);

        options.Enabled.Should().BeTrue();
        options.Endpoint.Should().Be(new Uri("http://localhost:11434/v1"));
        options.VisionModel.Should().Be("llava");
        var bad = () => LlmConnectionString.Apply("Endpoint=not a url;Model=x", new LlmOptions());
        bad.Should().Throw<FormatException>();
        var none = new LlmOptions();
        LlmConnectionString.Apply("", none);
        none.Enabled.Should().BeFalse();
    }

    [Theory]
    [InlineData(new byte[] { 0xFF, 0xD8, 0xFF, 0xE0 }, "image/jpeg")]
    [InlineData(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }, "image/png")]
    [InlineData(new byte[] { 0x25, 0x50, 0x44, 0x46 }, null)]
    public void ImageInput_DetectsTypeFromMagicBytes(byte[] bytes, string? mime) => ImageInput.DetectMimeType(bytes).Should().Be(mime);
}
