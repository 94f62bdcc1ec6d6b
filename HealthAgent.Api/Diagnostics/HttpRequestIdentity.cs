using HealthAgent.Core.Common;

namespace HealthAgent.Api.Diagnostics;

/// <summary>The current HTTP request's id (<c>X-Request-Id</c>, which ServiceDefaults makes the trace identifier).</summary>
internal sealed class HttpRequestIdentity(IHttpContextAccessor http) : IRequestIdentity
{
    /// <inheritdoc />
    public string? RequestId => http.HttpContext?.TraceIdentifier;
}
