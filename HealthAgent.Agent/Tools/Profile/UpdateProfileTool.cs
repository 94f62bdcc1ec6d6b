using System.Text.Json;
using HealthAgent.Core.Users;

namespace HealthAgent.Agent.Tools.Profile;

/// <summary><c>update_profile</c>: changes the fields the user named.</summary>
public sealed class UpdateProfileTool(UserService users) : IAgentTool
{
    private static readonly JsonElement Schema = ToolSchema.Object("""
        {
          "display_name":{"type":"string","maxLength":100},
          "sex":{"type":"string","enum":["female","male","other"]},
          "birth_year":{"type":"integer","minimum":1900,"maximum":2030},
          "height_cm":{"type":"number","minimum":50,"maximum":300},
          "activity_level":{"type":"string","enum":["sedentary","light","moderate","active","very_active"]}
        }
        """);

    /// <inheritdoc />
    public string Name => "update_profile";

    /// <inheritdoc />
    public string Description => "Updates the user's name, sex, birth year, height or activity level (time zone: use set_time_zone).";

    /// <inheritdoc />
    public JsonElement ParametersSchema => Schema;

    /// <inheritdoc />
    public async Task<ToolResult> InvokeAsync(ToolContext context, JsonElement arguments, CancellationToken cancellationToken)
    {
        var args = new ToolArguments(arguments);
        var update = new ProfileUpdate(
            DisplayName: args.String("display_name", 100), Sex: args.Enum<Sex>("sex"), BirthYear: args.Integer("birth_year", 1900, 2030),
            HeightCm: args.Number("height_cm", 50, 300), ActivityLevel: args.Enum<ActivityLevel>("activity_level"));
        if (update == new ProfileUpdate())
        {
            return ToolResult.Fail("Nothing to change: give at least one profile field.");
        }
        return ToolResult.Ok(await users.UpdateAsync(context.UserId, update, cancellationToken));
    }
}
