using HealthAgent.Core.Users;

namespace HealthAgent.Agent.Tools.Profile;

/// <summary><c>get_profile</c>: name, time zone, language and body data.</summary>
public sealed class GetProfileTool(UserService users) : ReadTool("get_profile",
    "The user's profile: name, time zone, language, sex, birth year, height, activity level.")
{
    /// <inheritdoc />
    protected override async Task<object> ReadAsync(Guid userId, CancellationToken cancellationToken) =>
        await users.GetAsync(userId, cancellationToken);
}
