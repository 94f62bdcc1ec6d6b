using HealthAgent.Core.Auth;

namespace HealthAgent.Tests.Unit.Auth;

public sealed class ApiKeyFormatTests
{
    [Fact]
    public void Create_ProducesAParsableKeyWhoseSecretMatchesItsHash()
    {
        var (prefix, text, hash) = ApiKeyFormat.Create();

        ApiKeyFormat.TryParse(text, out var parsedPrefix, out var secret).Should().BeTrue();
        parsedPrefix.Should().Be(prefix);
        ApiKeyFormat.Matches(hash, secret).Should().BeTrue();
        ApiKeyFormat.Matches(hash, secret + "x").Should().BeFalse();
    }

    [Fact]
    public void Create_NeverRepeats()
    {
        var keys = Enumerable.Range(0, 200).Select(_ => ApiKeyFormat.Create().Text).ToHashSet();

        keys.Should().HaveCount(200);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("ha_short_secret")]
    [InlineData("xx_0123456789ab_0123456789012345678901234567890123456789")]
    public void TryParse_RejectsOtherShapes(string? text) => ApiKeyFormat.TryParse(text, out _, out _).Should().BeFalse();
}
