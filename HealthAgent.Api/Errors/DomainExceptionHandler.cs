using HealthAgent.Core.Common;
using Microsoft.AspNetCore.Diagnostics;

namespace HealthAgent.Api.Errors;

/// <summary>Turns Core's domain exceptions into Problem Details: validation 400 (naming each field), not found 404, conflict 409.</summary>
public sealed class DomainExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var (status, title, errors) = exception switch
        {
            DomainValidationException v => (StatusCodes.Status400BadRequest, "One or more fields are invalid.", v.Errors),
            NotFoundException => (StatusCodes.Status404NotFound, "Not found", null),
            ConflictException => (StatusCodes.Status409Conflict, "Conflict", null),
            BadHttpRequestException bad => (bad.StatusCode, "Bad request", null),
            _ => (0, "", null),
        };
        if (status == 0)
        {
            return false;
        }

        httpContext.Response.StatusCode = status;
        var problem = errors is null
            ? new Microsoft.AspNetCore.Mvc.ProblemDetails()
            : new HttpValidationProblemDetails(errors.ToDictionary(e => e.Key, e => e.Value));
        problem.Status = status;
        problem.Title = title;
        problem.Detail = exception.Message;
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, ProblemDetails = problem, Exception = exception });
    }
}
