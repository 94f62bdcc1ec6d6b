using FluentValidation;
using HealthAgent.Api.Contracts;

namespace HealthAgent.Api.Validation;

/// <summary>Either text or items, within size limits.</summary>
public sealed class LogFoodRequestValidator : AbstractValidator<LogFoodRequest>
{
    public LogFoodRequestValidator()
    {
        RuleFor(r => r).Must(r => (r.Text is not null) != (r.Items is not null))
            .WithName("text").WithMessage("Give either 'text' or 'items', not both.");
        RuleFor(r => r.Text).NotEmpty().MaximumLength(2000).When(r => r.Text is not null);
        RuleFor(r => r.Items).NotEmpty().Must(i => i!.Count <= 30).WithMessage("At most 30 items.").When(r => r.Items is not null);
        RuleForEach(r => r.Items).ChildRules(item =>
        {
            item.RuleFor(i => i.Name).NotEmpty().MaximumLength(200);
            item.RuleFor(i => i.Quantity).GreaterThan(0);
            item.RuleFor(i => i.Unit).NotEmpty().MaximumLength(30);
            item.RuleFor(i => i.Grams).GreaterThan(0).LessThanOrEqualTo(5000);
            item.RuleFor(i => i.Kcal).GreaterThanOrEqualTo(0);
            item.RuleFor(i => i.ProteinG).GreaterThanOrEqualTo(0);
            item.RuleFor(i => i.CarbsG).GreaterThanOrEqualTo(0);
            item.RuleFor(i => i.FatG).GreaterThanOrEqualTo(0);
        }).When(r => r.Items is not null);
        RuleFor(r => r.Note).MaximumLength(1000);
        RuleFor(r => r.IdempotencyKey).MaximumLength(200);
        RuleFor(r => r.Meal).IsInEnum().When(r => r.Meal is not null);
    }
}
