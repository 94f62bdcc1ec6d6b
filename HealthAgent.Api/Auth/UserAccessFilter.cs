namespace HealthAgent.Api.Auth;

/// <summary>
/// Guards every <c>/users/{userId}/…</c> route: a user key for someone else gets the same 404 as an unknown user,
/// so keys cannot be used to learn which ids exist.
/// </summary>
public sealed class UserAccessFilter : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        if (!Guid.TryParse(http.Request.RouteValues["userId"]?.ToString(), out var userId) || !http.User.MayActFor(userId))
        {
            return TypedResults.Problem(title: "Not found", detail: "The user was not found.", statusCode: StatusCodes.Status404NotFound);
        }
        return await next(context);
    }
}
