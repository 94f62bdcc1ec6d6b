using System.Globalization;
using Microsoft.Extensions.Configuration;

namespace HealthAgent.Agent.Admin;

/// <summary>
/// The Telegram user ids allowed to use the admin chat commands, from <c>Telegram:AdminIds</c>: comma-separated
/// (<c>Telegram__AdminIds=111,222</c>) or an array (<c>Telegram__AdminIds__0=111</c>). Empty: no one.
/// </summary>
public sealed class ChatAdminOptions
{
    /// <summary>The setting.</summary>
    public const string Setting = "Telegram:AdminIds";

    /// <summary>The administrators' Telegram user ids.</summary>
    public HashSet<long> TelegramIds { get; } = [];

    /// <summary>Entries that are not Telegram user ids; any stops start-up.</summary>
    public List<string> Invalid { get; } = [];

    /// <summary>Reads <see cref="Setting"/> from <paramref name="configuration"/>.</summary>
    public void Read(IConfiguration configuration)
    {
        var section = configuration.GetSection(Setting);
        var entries = section.Value is { } list
            ? list.Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            : section.GetChildren().Select(child => child.Value?.Trim() ?? "");
        foreach (var entry in entries)
        {
            if (long.TryParse(entry, NumberStyles.None, CultureInfo.InvariantCulture, out var id) && id > 0)
            {
                TelegramIds.Add(id);
            }
            else
            {
                Invalid.Add(entry);
            }
        }
    }
}
