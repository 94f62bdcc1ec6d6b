using HealthAgent.Core.Time;

namespace HealthAgent.Core.Conversations.Flows;

/// <summary>A point on Earth, as Telegram shares a location.</summary>
/// <param name="Latitude">Degrees north, −90 to 90.</param>
/// <param name="Longitude">Degrees east, −180 to 180.</param>
public sealed record GeoPoint(double Latitude, double Longitude);

/// <summary>What the user answered a flow's question with: words, a button, or a shared location.</summary>
/// <param name="Text">A message, trimmed.</param>
/// <param name="Choice">The value of a pressed button.</param>
/// <param name="Location">A shared location.</param>
public sealed record FlowInput(string? Text = null, string? Choice = null, GeoPoint? Location = null)
{
    /// <summary>Whether the user asked to skip the question ("skip", "later", the Skip button).</summary>
    public bool IsSkip => Choice == FlowButtons.Skip || Text?.Trim().TrimEnd('.', '!').ToLowerInvariant() is "skip" or "later" or "not now" or "pass" or "next";

    /// <summary>A yes or a no, from a button (<c>yes</c>/<c>no</c>) or words ("sure", "nope"); null for anything else.</summary>
    public bool? YesOrNo => (Choice ?? Text)?.Trim().TrimEnd('!', '.').ToLowerInvariant() switch
    {
        "yes" or "y" or "yeah" or "yep" or "ok" or "sure" or "yes please" or "please" => true,
        "no" or "n" or "nope" or "none" or "no thanks" or "not now" => false,
        _ => null,
    };

    /// <summary>The time zone the answer names: a shared location, or a zone, city or offset in words (<see cref="ZoneAnswers"/>).</summary>
    public string? Zone => Location is { } at ? ZoneAnswers.FromLocation(at.Latitude, at.Longitude) : ZoneAnswers.FromText(Text);

    /// <summary>What the user is told when a time zone is set: the zone and its local time now, and how to correct a guess from a location.</summary>
    public static string ZoneSet(string zone, bool fromLocation, DateTimeOffset now) =>
        $"Time zone set to {zone}{(fromLocation ? " from your location" : "")}: it's {TimeZoneInfo.ConvertTime(now, TimeZones.Find(zone)):HH:mm} there now." +
        (fromLocation ? " If that's wrong, tell me your city (\"I'm in Seville\")." : "");

    /// <summary>Whether the user asked to stop the flow ("stop", "cancel", "/cancel").</summary>
    public bool IsStop => Text?.Trim().TrimEnd('.', '!').ToLowerInvariant() is "stop" or "cancel" or "quit" or "exit" or "/cancel";
}
