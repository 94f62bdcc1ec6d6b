using System.Globalization;
using HealthAgent.Core.Common;

namespace HealthAgent.Core.Tracking;

/// <summary>The keyset position after an entry: its (time, id). Opaque to clients.</summary>
/// <param name="Time">The entry's time.</param>
/// <param name="Id">The entry's id.</param>
internal sealed record PageCursor(DateTimeOffset Time, Guid Id)
{
    public string Encode() => $"{Time.UtcTicks.ToString(CultureInfo.InvariantCulture)}_{Id:N}";

    /// <exception cref="DomainValidationException">The text is not a cursor this service issued.</exception>
    public static PageCursor? Decode(string? cursor)
    {
        if (string.IsNullOrEmpty(cursor))
        {
            return null;
        }
        var parts = cursor.Split('_');
        if (parts.Length == 2
            && long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var ticks)
            && ticks <= DateTimeOffset.MaxValue.UtcTicks
            && Guid.TryParseExact(parts[1], "N", out var id))
        {
            return new PageCursor(new DateTimeOffset(ticks, TimeSpan.Zero), id);
        }
        throw DomainValidationException.For("cursor", "The cursor is not valid; start again without one.");
    }
}
