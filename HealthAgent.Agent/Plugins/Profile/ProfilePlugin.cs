using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using HealthAgent.Core.Gamification;
using HealthAgent.Core.Time;
using HealthAgent.Core.Users;
using Microsoft.SemanticKernel;

namespace HealthAgent.Agent.Plugins.Profile;

/// <summary>The <c>profile</c> plugin: the user's profile and time zone, and their progress (XP, level, streaks, achievements).</summary>
public sealed class ProfilePlugin(ToolContext user, UserService users, GamificationService gamification)
{
    /// <summary>The plugin's name.</summary>
    public const string Name = "profile";

    /// <summary><c>profile_get</c>.</summary>
    [KernelFunction("get"), Description("The user's profile: name, time zone, language, sex, birth year, height, activity level.")]
    public Task<UserProfile> GetAsync(CancellationToken cancellationToken = default) => users.GetAsync(user.UserId, cancellationToken);

    /// <summary><c>profile_update</c>.</summary>
    [KernelFunction("update"), Description("Updates the user's name, sex, birth year, height or activity level (time zone: use profile_set_time_zone).")]
    public async Task<UserProfile> UpdateAsync(
        [MaxLength(UserRules.MaxDisplayNameLength)] string? displayName = null,
        Sex? sex = null,
        [Range(UserRules.MinBirthYear, 2100)] int? birthYear = null,
        [Range(UserRules.MinHeightCm, UserRules.MaxHeightCm)] decimal? heightCm = null,
        ActivityLevel? activityLevel = null,
        CancellationToken cancellationToken = default)
    {
        var update = new ProfileUpdate(DisplayName: displayName, Sex: sex, BirthYear: birthYear, HeightCm: heightCm, ActivityLevel: activityLevel);
        return update == new ProfileUpdate()
            ? throw new ToolArgumentException("Nothing to change: give at least one profile field.")
            : await users.UpdateAsync(user.UserId, update, cancellationToken);
    }

    /// <summary><c>profile_set_time_zone</c>.</summary>
    [KernelFunction("set_time_zone"), Description("Sets the user's time zone, which decides their local day for every total.")]
    public async Task<UserProfile> SetTimeZoneAsync(
        [Description("An IANA zone (Europe/Berlin) or a major city (Berlin)."), MaxLength(64)] string timeZone,
        CancellationToken cancellationToken = default)
    {
        var given = timeZone.Trim();
        if (!CityTimeZones.TryResolve(given, out var iana) && !TimeZones.TryResolve(given, out iana))
        {
            throw new ToolArgumentException($"I don't know the time zone of '{given}'. Ask for a major city nearby or an IANA name like Europe/Berlin.");
        }
        return await users.UpdateAsync(user.UserId, new ProfileUpdate(TimeZone: iana), cancellationToken);
    }

    /// <summary><c>profile_progress</c>.</summary>
    [KernelFunction("progress"), Description("The user's XP, level, streaks (current and best) and achievements.")]
    public Task<GamificationProfile> ProgressAsync(CancellationToken cancellationToken = default) => gamification.GetProfileAsync(user.UserId, cancellationToken);
}
