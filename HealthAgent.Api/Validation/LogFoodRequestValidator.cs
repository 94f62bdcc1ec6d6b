using FluentValidation;
using HealthAgent.Api.Contracts;
using HealthAgent.Core.Food;

namespace HealthAgent.Api.Validation;

/// <summary>Either text or items, within <see cref="FoodRules"/>.</summary>
public sealed class LogFoodRequestValidator : AbstractValidator<LogFoodRequest>
{
    public LogFoodRequestValidator()
    {
        RuleFor(r => r).Must(r => (r.Text is not null) != (r.Items is not null))
            .WithName("text").WithMessage("Give either 'text' or 'items', not both.");
        RuleFor(r => r.Text).NotEmpty().MaximumLength(FoodRules.MaxTextLength).When(r => r.Text is not null);
        RuleFor(r => r.Items).NotEmpty().Must(i => i!.Count <= FoodRules.MaxItems).WithMessage($"At most {FoodRules.MaxItems} items.").When(r => r.Items is not null);
        RuleForEach(r => r.Items).ChildRules(item =>
        {
            item.RuleFor(i => i.Name).NotEmpty().MaximumLength(FoodRules.MaxItemNameLength);
            item.RuleFor(i => i.Quantity).GreaterThan(0).LessThanOrEqualTo(FoodRules.MaxQuantity);
            item.RuleFor(i => i.Unit).NotEmpty().MaximumLength(FoodRules.MaxUnitLength);
            item.RuleFor(i => i.Grams).GreaterThan(0).LessThanOrEqualTo(FoodRules.MaxItemGrams);
            item.RuleFor(i => i.Kcal).GreaterThanOrEqualTo(0);
            item.RuleFor(i => i.ProteinG).GreaterThanOrEqualTo(0);
            item.RuleFor(i => i.CarbsG).GreaterThanOrEqualTo(0);
            item.RuleFor(i => i.FatG).GreaterThanOrEqualTo(0);
        }).When(r => r.Items is not null);
        RuleFor(r => r.Note).MaximumLength(FoodRules.MaxNoteLength);
        RuleFor(r => r.IdempotencyKey).MaximumLength(FoodRules.MaxIdempotencyKeyLength);
        RuleFor(r => r.Meal).IsInEnum().When(r => r.Meal is not null);
    }
}
