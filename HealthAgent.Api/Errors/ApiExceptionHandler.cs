using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace HealthAgent.Api.Errors;

/// <summary>
/// The one place an exception becomes a response, always Problem Details and never a stack trace or a header: domain
/// errors (<see cref="ErrorMapping"/>), unreadable bodies, what PostgreSQL still refuses, and dependency outages, which
/// answer 503 with <c>Retry-After</c>. Anything else is a 500 that says only its trace id.
/// </summary>
public sealed class ApiExceptionHandler(IProblemDetailsService problems, ILogger<ApiExceptionHandler> logger) : IExceptionHandler
{
    /// <inheritdoc />
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var mapped = ErrorMapping.Map(exception);
        if (mapped.Status >= 500)
        {
            logger.LogError(exception, "Request failed with {Status}: {Title}", mapped.Status, mapped.Title);
        }
        var problem = mapped.Errors is null
            ? new ProblemDetails()
            : new HttpValidationProblemDetails(mapped.Errors.ToDictionary(e => e.Key, e => e.Value));
        problem.Status = mapped.Status;
        problem.Title = mapped.Title;
        problem.Detail = mapped.Detail;
        httpContext.Response.Clear();
        httpContext.Response.StatusCode = mapped.Status;
        if (mapped.RetryAfterSeconds is { } seconds)
        {
            httpContext.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
        // Without the exception in the context, no writer can add its details (the Development page would).
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, ProblemDetails = problem });
    }
}
