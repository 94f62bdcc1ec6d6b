using HealthAgent.Core.Time;

namespace HealthAgent.Tests.Unit.Time;

/// <summary>Answers to "where do you live?": zone names of any depth, cities, offsets and shared locations.</summary>
public sealed class ZoneAnswersTests
{
    [Theory]
    [InlineData("America/Argentina/Buenos_Aires", "America/Argentina/Buenos_Aires")]
    [InlineData("america/argentina/buenos aires", "America/Argentina/Buenos_Aires")]
    [InlineData("Europe/Lisbon", "Europe/Lisbon")]
    [InlineData("Lisbon", "Europe/Lisbon")]
    [InlineData("I'm in Berlin", "Europe/Berlin")]
    [InlineData("i live in tokyo.", "Asia/Tokyo")]
    [InlineData("UTC-3", "Etc/GMT+3")]
    [InlineData("GMT+2", "Etc/GMT-2")]
    [InlineData("+05:30", "Asia/Kolkata")]
    [InlineData("UTC+5:45", "Asia/Kathmandu")]
    [InlineData("utc", "UTC")]
    public void AZoneANameOrAnOffset_IsPlaced(string answer, string zone) => ZoneAnswers.FromText(answer).Should().Be(zone);

    [Theory]
    [InlineData("Atlantis")]
    [InlineData("UTC+15")]
    [InlineData("GMT+5:17")]
    [InlineData("")]
    public void WhatIsNotAPlace_IsNone(string answer) => ZoneAnswers.FromText(answer).Should().BeNull();

    [Theory]
    [InlineData(52.52, 13.40, "Europe/Berlin")]
    [InlineData(-34.60, -58.38, "America/Argentina/Buenos_Aires")]
    [InlineData(35.68, 139.69, "Asia/Tokyo")]
    [InlineData(40.71, -74.01, "America/New_York")]
    [InlineData(38.72, -9.14, "Europe/Lisbon")]
    public void ALocation_IsPlacedInTheZoneOfTheNearestPrincipalCity(double latitude, double longitude, string zone) =>
        ZoneAnswers.FromLocation(latitude, longitude).Should().Be(zone);
}
