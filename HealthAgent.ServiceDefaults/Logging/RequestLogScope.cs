using System.Collections;
using System.Security.Claims;
using Microsoft.AspNetCore.Http;

namespace HealthAgent.ServiceDefaults.Logging;

/// <summary>
/// The logging scope of one request: its request id, and the user id once authentication has found one. The user id
/// is read when a log line is written, because the scope opens before authentication runs.
/// </summary>
internal sealed class RequestLogScope(string requestId, HttpContext context) : IReadOnlyList<KeyValuePair<string, object?>>
{
    /// <summary>The claim that carries a user's id (the Api's key handler issues it).</summary>
    public const string UserIdClaim = "user_id";

    public int Count => 2;

    public KeyValuePair<string, object?> this[int index] => index switch
    {
        0 => new("RequestId", requestId),
        1 => new("UserId", UserIdOf(context)),
        _ => throw new ArgumentOutOfRangeException(nameof(index)),
    };

    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator()
    {
        yield return this[0];
        yield return this[1];
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public override string ToString() => $"RequestId:{requestId}";

    /// <summary>The authenticated user's id on <paramref name="context"/>, or null; error tracking tags events with it too.</summary>
    public static string? UserIdOf(HttpContext context)
    {
        try
        {
            var user = context.User;
            return user.FindFirst(UserIdClaim)?.Value ?? user.FindFirst(ClaimTypes.NameIdentifier)?.Value;
        }
        catch (ObjectDisposedException)
        {
            // A line logged after the request completed (by work it started) has no user to read.
            return null;
        }
    }
}
