using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace HealthAgent.ServiceDefaults.Logging;

/// <summary>
/// Gives every request an id: the caller's <c>X-Request-Id</c> when it is sane, else a new one. The id is echoed in the
/// response, becomes <see cref="HttpContext.TraceIdentifier"/> (so Problem Details carry it) and is in every log line.
/// </summary>
internal sealed class RequestContextMiddleware(RequestDelegate next, ILogger<RequestContextMiddleware> logger)
{
    /// <summary>The header that carries the request id both ways.</summary>
    public const string Header = "X-Request-Id";

    private const int MaxLength = 128;

    public async Task InvokeAsync(HttpContext context)
    {
        var requestId = Sanitize(context.Request.Headers[Header].ToString()) ?? Guid.CreateVersion7().ToString("N");
        context.TraceIdentifier = requestId;
        context.Response.Headers[Header] = requestId;
        using (logger.BeginScope(new RequestLogScope(requestId, context)))
        {
            await next(context);
        }
    }

    // A caller-chosen id ends up in logs and headers, so only short ids of safe characters are taken as they are.
    private static string? Sanitize(string value) =>
        value.Length is > 0 and <= MaxLength && value.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or ':')
            ? value
            : null;
}
