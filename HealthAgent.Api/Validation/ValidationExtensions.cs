namespace HealthAgent.Api.Validation;

/// <summary>Attaches body validation to an endpoint.</summary>
public static class ValidationExtensions
{
    public static RouteHandlerBuilder Validate<T>(this RouteHandlerBuilder builder) =>
        builder.AddEndpointFilter<ValidationFilter<T>>();
}
