using HealthAgent.Core.Goals;
using FluentValidation;
using HealthAgent.Api.Contracts;

namespace HealthAgent.Api.Validation;

/// <summary>Shape checks of a goals change.</summary>
public sealed class SetGoalsRequestValidator : AbstractValidator<SetGoalsRequest>
{
    public SetGoalsRequestValidator()
    {
        RuleFor(r => r.DailyKcal).InclusiveBetween(GoalRules.MinDailyKcal, GoalRules.MaxDailyKcal).When(r => r.DailyKcal is not null);
        RuleFor(r => r.ProteinG).InclusiveBetween(0, GoalRules.MaxProteinG).When(r => r.ProteinG is not null);
        RuleFor(r => r.CarbsG).InclusiveBetween(0, GoalRules.MaxCarbsG).When(r => r.CarbsG is not null);
        RuleFor(r => r.FatG).InclusiveBetween(0, GoalRules.MaxFatG).When(r => r.FatG is not null);
        RuleFor(r => r.WaterMl).InclusiveBetween(0, GoalRules.MaxWaterMl).When(r => r.WaterMl is not null);
        RuleFor(r => r.TargetWeightKg).InclusiveBetween((decimal)GoalRules.MinTargetWeightKg, (decimal)GoalRules.MaxTargetWeightKg).When(r => r.TargetWeightKg is not null);
    }
}
