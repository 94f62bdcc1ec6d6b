using System.Net.Sockets;
using System.Text.Json;
using HealthAgent.Core.Common;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Polly.CircuitBreaker;
using StackExchange.Redis;

namespace HealthAgent.Api.Errors;

/// <summary>An exception as the client sees it.</summary>
/// <param name="Status">The HTTP status.</param>
/// <param name="Title">The Problem Details title.</param>
/// <param name="Detail">A sentence for the client; never the exception's own text for a 5xx.</param>
/// <param name="Errors">Field errors, for a 400.</param>
/// <param name="RetryAfterSeconds">For a 503.</param>
public sealed record MappedError(int Status, string Title, string? Detail, IReadOnlyDictionary<string, string[]>? Errors = null, int? RetryAfterSeconds = null);

/// <summary>
/// Maps exceptions to statuses. Input errors are 400 naming the field: a body that is not valid JSON for its type (the
/// JSON path), and, as the last line behind the validators, what PostgreSQL refuses as data (class 22) or as a broken
/// CHECK (23514). A unique violation is 409. An unreachable or refusing PostgreSQL, Redis or breaker is 503.
/// </summary>
public static class ErrorMapping
{
    /// <summary>How long a client should wait after a dependency outage.</summary>
    public const int OutageRetryAfterSeconds = 5;

    private const string Invalid = "One or more fields are invalid.";

    /// <summary>The response for <paramref name="exception"/>.</summary>
    public static MappedError Map(Exception exception) => exception switch
    {
        DomainValidationException v => new(400, Invalid, v.Message, v.Errors),
        NotFoundException e => new(404, "Not found", e.Message),
        ConflictException e => new(409, "Conflict", e.Message),
        LimitExceededException e => new(429, "Too many requests", e.Message, RetryAfterSeconds: Math.Max(1, (int)Math.Ceiling(e.RetryAfter.TotalSeconds))),
        BadHttpRequestException { InnerException: JsonException json } => new(400, Invalid, "The body is not valid JSON for this request.",
            new Dictionary<string, string[]> { [JsonField(json.Path)] = [FirstSentence(json.Message)] }),
        BadHttpRequestException bad => new(bad.StatusCode, Title(bad.StatusCode), bad.Message),
        _ when Find<PostgresException>(exception) is { } pg => FromPostgres(pg),
        _ when IsOutage(exception) => new(503, "Service unavailable", "A service this request needs is not answering; try again shortly.",
            RetryAfterSeconds: OutageRetryAfterSeconds),
        OperationCanceledException => new(499, "Client closed request", null),
        _ => new(500, "Internal server error", "Something went wrong on our side; the trace id identifies it."),
    };

    private static MappedError FromPostgres(PostgresException pg) => pg.SqlState switch
    {
        // Class 22 (data exception: NUL byte, value too long, out of range, bad date) and CHECK violations are input.
        var s when s.StartsWith("22", StringComparison.Ordinal) || s == PostgresErrorCodes.CheckViolation =>
            new(400, Invalid, "A value is outside what can be stored.", new Dictionary<string, string[]> { [Field(pg)] = ["The value is not allowed."] }),
        PostgresErrorCodes.UniqueViolation => new(409, "Conflict", "That already exists."),
        // Class 08 (connection), 53 (resources), 57 (operator intervention: shutdown, cannot connect now).
        var s when s.StartsWith("08", StringComparison.Ordinal) || s.StartsWith("53", StringComparison.Ordinal) || s.StartsWith("57", StringComparison.Ordinal) =>
            new(503, "Service unavailable", "The database is not taking requests; try again shortly.", RetryAfterSeconds: OutageRetryAfterSeconds),
        _ => new(500, "Internal server error", "Something went wrong on our side; the trace id identifies it."),
    };

    private static bool IsOutage(Exception exception) =>
        Find<NpgsqlException>(exception) is not null || Find<SocketException>(exception) is not null || Find<TimeoutException>(exception) is not null
        || Find<RedisException>(exception) is not null || Find<BrokenCircuitException>(exception) is not null
        || exception is DbUpdateException { InnerException: NpgsqlException } or InvalidOperationException { InnerException: NpgsqlException };

    private static T? Find<T>(Exception? exception) where T : Exception
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (e is T found)
            {
                return found;
            }
        }
        return null;
    }

    // The column when PostgreSQL names it, else the constraint (reminders_interval_range), else the body as a whole.
    private static string Field(PostgresException pg) => pg.ColumnName ?? pg.ConstraintName ?? "body";

    private static string JsonField(string? path) => path is null or "$" ? "body" : path.TrimStart('$', '.');

    private static string FirstSentence(string message) => message.Split(" Path:", 2)[0].Trim();

    private static string Title(int status) => status switch
    {
        413 => "Payload too large",
        415 => "Unsupported media type",
        _ => "Bad request",
    };
}
