using HealthAgent.Tests.Infrastructure;
using Microsoft.Extensions.Options;

namespace HealthAgent.Tests.Functional.Security;

public sealed class StartupValidationTests
{
    [Theory]
    [InlineData("Auth:AdminKey", "short", "Auth:AdminKey must have at least 32 characters")]
    [InlineData("Auth:ServiceKey", "contains whitespace 0123456789abcdefghijkl", "Auth:ServiceKey must not contain whitespace")]
    [InlineData("Auth:ServiceKey", ApiTestHost.AdminKey, "Auth:AdminKey and Auth:ServiceKey must differ")]
    [InlineData("Metrics:Key", "tiny", "Key")]
    [InlineData("RateLimiting:Conversation:Burst", "0", "Burst")]
    public void Api_WithAMalformedSetting_StopsAtStartWithAClearMessage(string setting, string value, string message)
    {
        using var api = new ApiFactory("Host=127.0.0.1;Port=1;Username=nobody;Database=none", "127.0.0.1:1", new Dictionary<string, string?>
        {
            ["Auth:AdminKey"] = ApiTestHost.AdminKey, ["Auth:ServiceKey"] = ApiTestHost.ServiceKey, [setting] = value,
        });

        var start = () => api.CreateClient();

        start.Should().Throw<OptionsValidationException>().WithMessage($"*{message}*");
    }
}
