using System.Text;

namespace HealthAgent.Core.Common;

/// <summary>
/// An opaque cursor for lists ordered by (time DESC, id DESC): the last row's time and id. Keyset pagination keeps
/// pages stable while rows are added and costs the same on page 1000 as on page 1.
/// </summary>
public static class KeysetCursor
{
    /// <summary>Largest page a caller may ask for.</summary>
    public const int MaxLimit = 200;

    /// <summary>Encodes the position after a row.</summary>
    public static string Encode(DateTimeOffset time, Guid id) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes($"{time.UtcTicks}:{id:N}")).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    /// <summary>Decodes a cursor; a malformed one is a validation error on <c>cursor</c>.</summary>
    public static (DateTimeOffset Time, Guid Id)? Decode(string? cursor)
    {
        if (string.IsNullOrEmpty(cursor))
        {
            return null;
        }
        try
        {
            var padded = cursor.Replace('-', '+').Replace('_', '/');
            padded += new string('=', (4 - padded.Length % 4) % 4);
            var parts = Encoding.UTF8.GetString(Convert.FromBase64String(padded)).Split(':');
            return (new DateTimeOffset(long.Parse(parts[0]), TimeSpan.Zero), Guid.ParseExact(parts[1], "N"));
        }
        catch (Exception ex) when (ex is FormatException or IndexOutOfRangeException or ArgumentException or OverflowException)
        {
            throw DomainValidationException.For("cursor", "The cursor is not valid; use the nextCursor of a previous page.");
        }
    }

    /// <summary>Checks a requested page size (default 50).</summary>
    public static int Limit(int? limit) => limit switch
    {
        null => 50,
        >= 1 and <= MaxLimit => limit.Value,
        _ => throw DomainValidationException.For("limit", $"The limit must be between 1 and {MaxLimit}."),
    };
}
