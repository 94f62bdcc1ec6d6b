using FluentValidation;

namespace HealthAgent.Api.Validation;

/// <summary>Validates the request body of type <typeparamref name="T"/> with its FluentValidation validator: 400 Problem Details naming each bad field.</summary>
public sealed class ValidationFilter<T>(IValidator<T> validator) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        // A missing body is InputRulesFilter's to refuse (it runs first, for every endpoint); none here means it was optional.
        if (context.Arguments.OfType<T>().FirstOrDefault() is not { } body)
        {
            return await next(context);
        }
        var result = await validator.ValidateAsync(body, context.HttpContext.RequestAborted);
        if (!result.IsValid)
        {
            return TypedResults.ValidationProblem(result.ToDictionary(), title: "One or more fields are invalid.");
        }
        return await next(context);
    }
}
