using HealthAgent.Api.Auth;
using System.Reflection;

namespace HealthAgent.Api.Validation;

/// <summary>
/// Applies <see cref="InputRules"/> to every argument an endpoint binds from the request (body, query, route), and
/// refuses a missing body where the endpoint needs one: 400 Problem Details naming each field. Added once, to the group
/// every <c>/api/v1</c> endpoint hangs under, so no endpoint can forget it.
/// </summary>
public static class InputRulesFilter
{
    /// <summary>The filter factory: inspects the endpoint's parameters once, checks the arguments on every call.</summary>
    public static EndpointFilterDelegate Create(EndpointFilterFactoryContext context, EndpointFilterDelegate next)
    {
        var services = context.ApplicationServices.GetService<IServiceProviderIsService>();
        var nullability = new NullabilityInfoContext();
        var inputs = context.MethodInfo.GetParameters()
            .Select((parameter, index) => (Parameter: parameter, Index: index))
            .Where(p => IsInput(p.Parameter, services))
            .Select(p => (p.Index, Name: p.Parameter.Name ?? "", Body: IsBody(p.Parameter), Optional: IsOptional(p.Parameter, nullability)))
            .ToList();
        if (inputs.Count == 0)
        {
            return next;
        }
        var time = context.ApplicationServices.GetRequiredService<TimeProvider>();
        return async invocation =>
        {
            // Ownership comes first: a caller who may not act for the route's user gets that route's 404, whatever it sent.
            var http = invocation.HttpContext;
            if (http.Request.RouteValues.TryGetValue("userId", out var routed) && (!Guid.TryParse(routed?.ToString(), out var userId) || !http.User.MayActFor(userId)))
            {
                return await next(invocation);
            }
            var errors = new Dictionary<string, string[]>();
            foreach (var (index, name, body, optional) in inputs)
            {
                var value = invocation.Arguments[index];
                if (value is null && body && !optional)
                {
                    errors["body"] = ["A JSON body is required."];
                    continue;
                }
                foreach (var (path, messages) in InputRules.Check(body ? "" : name, value, time.GetUtcNow()))
                {
                    errors[path.TrimStart('.')] = messages;
                }
            }
            return errors.Count > 0
                ? TypedResults.ValidationProblem(errors, title: "One or more fields are invalid.")
                : await next(invocation);
        };
    }

    private static bool IsInput(ParameterInfo parameter, IServiceProviderIsService? services) =>
        parameter.ParameterType != typeof(CancellationToken) && parameter.ParameterType != typeof(HttpContext)
        && parameter.ParameterType != typeof(HttpRequest) && parameter.ParameterType != typeof(System.Security.Claims.ClaimsPrincipal)
        && services?.IsService(parameter.ParameterType) != true
        && parameter.GetCustomAttribute<Microsoft.AspNetCore.Mvc.FromServicesAttribute>() is null;

    // A complex type of ours that is not a service comes from the body (minimal APIs' inference for POST, PUT, PATCH).
    private static bool IsBody(ParameterInfo parameter) =>
        parameter.GetCustomAttribute<Microsoft.AspNetCore.Mvc.FromBodyAttribute>() is not null
        || (!parameter.ParameterType.IsValueType && parameter.ParameterType != typeof(string)
            && parameter.ParameterType.Namespace?.StartsWith("HealthAgent", StringComparison.Ordinal) == true);

    private static bool IsOptional(ParameterInfo parameter, NullabilityInfoContext nullability) =>
        parameter.HasDefaultValue || nullability.Create(parameter).ReadState == NullabilityState.Nullable;

    /// <summary>Whether a call must send the body <paramref name="parameter"/> binds (the OpenAPI document says the same).</summary>
    public static bool RequiresBody(ParameterInfo parameter) => !IsOptional(parameter, new NullabilityInfoContext());
}
