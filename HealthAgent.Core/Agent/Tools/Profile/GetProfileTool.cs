using System.Text.Json;
using HealthAgent.Core.Users;

namespace HealthAgent.Core.Agent.Tools.Profile;

/// <summary><c>get_profile</c>: name, time zone, language and body data.</summary>
public sealed class GetProfileTool(UserService users) : IAgentTool
{
    private static readonly JsonElement Schema = ToolSchema.Empty();

    /// <inheritdoc />
    public string Name => "get_profile";

    /// <inheritdoc />
    public string Description => "The user's profile: name, time zone, language, sex, birth year, height, activity level.";

    /// <inheritdoc />
    public JsonElement ParametersSchema => Schema;

    /// <inheritdoc />
    public async Task<ToolResult> InvokeAsync(ToolContext context, JsonElement arguments, CancellationToken cancellationToken) =>
        ToolResult.Ok(await users.GetAsync(context.UserId, cancellationToken));
}
