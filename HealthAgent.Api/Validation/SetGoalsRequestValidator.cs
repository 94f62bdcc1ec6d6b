using FluentValidation;
using HealthAgent.Api.Contracts;

namespace HealthAgent.Api.Validation;

/// <summary>Shape checks of a goals change.</summary>
public sealed class SetGoalsRequestValidator : AbstractValidator<SetGoalsRequest>
{
    public SetGoalsRequestValidator()
    {
        RuleFor(r => r.DailyKcal).InclusiveBetween(800, 8000).When(r => r.DailyKcal is not null);
        RuleFor(r => r.ProteinG).InclusiveBetween(0, 600).When(r => r.ProteinG is not null);
        RuleFor(r => r.CarbsG).InclusiveBetween(0, 1500).When(r => r.CarbsG is not null);
        RuleFor(r => r.FatG).InclusiveBetween(0, 600).When(r => r.FatG is not null);
        RuleFor(r => r.WaterMl).InclusiveBetween(0, 10000).When(r => r.WaterMl is not null);
        RuleFor(r => r.TargetWeightKg).InclusiveBetween(20, 400).When(r => r.TargetWeightKg is not null);
    }
}
