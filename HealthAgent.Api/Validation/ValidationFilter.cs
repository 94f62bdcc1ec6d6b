using FluentValidation;

namespace HealthAgent.Api.Validation;

/// <summary>Validates the request body of type <typeparamref name="T"/> with its FluentValidation validator: 400 Problem Details naming each bad field.</summary>
public sealed class ValidationFilter<T>(IValidator<T> validator) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var body = context.Arguments.OfType<T>().FirstOrDefault();
        if (body is null)
        {
            return TypedResults.Problem(title: "A request body is required.", statusCode: StatusCodes.Status400BadRequest);
        }
        var result = await validator.ValidateAsync(body, context.HttpContext.RequestAborted);
        if (!result.IsValid)
        {
            return TypedResults.ValidationProblem(result.ToDictionary(), title: "One or more fields are invalid.");
        }
        return await next(context);
    }
}
