using HealthAgent.Core.Users;
using FluentValidation;
using HealthAgent.Api.Contracts;

namespace HealthAgent.Api.Validation;

/// <summary>Shape checks of a profile change.</summary>
public sealed class UpdateProfileRequestValidator : AbstractValidator<UpdateProfileRequest>
{
    public UpdateProfileRequestValidator()
    {
        RuleFor(r => r.DisplayName).NotEmpty().MaximumLength(UserRules.MaxDisplayNameLength).When(r => r.DisplayName is not null);
        RuleFor(r => r.TimeZone).NotEmpty().MaximumLength(64).When(r => r.TimeZone is not null);
        RuleFor(r => r.BirthYear).InclusiveBetween(UserRules.MinBirthYear, 2100).When(r => r.BirthYear is not null);
        RuleFor(r => r.HeightCm).InclusiveBetween((decimal)UserRules.MinHeightCm, (decimal)UserRules.MaxHeightCm).When(r => r.HeightCm is not null);
        RuleFor(r => r.Sex).IsInEnum().When(r => r.Sex is not null);
        RuleFor(r => r.ActivityLevel).IsInEnum().When(r => r.ActivityLevel is not null);
        RuleFor(r => r.OnboardingState).IsInEnum().When(r => r.OnboardingState is not null);
        RuleFor(r => r.Units).IsInEnum().When(r => r.Units is not null);
    }
}
