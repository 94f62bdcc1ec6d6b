using HealthAgent.Contracts.Users;
using FluentValidation;
using HealthAgent.Api.Contracts;

namespace HealthAgent.Api.Validation;

/// <summary>Shape checks of request bodies; domain rules (time zones, ranges that depend on data) stay in Core.</summary>
public sealed class CreateUserRequestValidator : AbstractValidator<CreateUserRequest>
{
    public CreateUserRequestValidator()
    {
        RuleFor(r => r.TelegramId).GreaterThan(0);
        RuleFor(r => r.DisplayName).NotEmpty().MaximumLength(200);
        RuleFor(r => r.Language).Matches("^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$").When(r => r.Language is not null)
            .WithMessage("'Language' must be a code such as 'en' or 'pt-BR'.");
    }
}
