using FluentValidation;
using HealthAgent.Api.Contracts;

namespace HealthAgent.Api.Validation;

/// <summary>Shape checks of a new API key.</summary>
public sealed class CreateApiKeyRequestValidator : AbstractValidator<CreateApiKeyRequest>
{
    public CreateApiKeyRequestValidator() => RuleFor(r => r.Name).NotEmpty().MaximumLength(100);
}
