using HealthAgent.Core.Data;
using HealthAgent.Core.Food;
using Microsoft.EntityFrameworkCore;

namespace HealthAgent.Core.Privacy;

/// <summary>Every food entry (deleted ones flagged) and usual meal.</summary>
public sealed class FoodSection(HealthDbContext db) : IUserDataSection
{
    /// <inheritdoc />
    public string Name => "food";

    /// <inheritdoc />
    public async Task<object> ExportAsync(Guid userId, CancellationToken cancellationToken)
    {
        var entries = await db.Set<FoodEntry>().AsNoTracking().Include(e => e.Items).Where(e => e.UserId == userId)
            .OrderBy(e => e.EatenAt).AsSplitQuery().ToListAsync(cancellationToken);
        var usual = await db.Set<UsualMeal>().AsNoTracking().Where(m => m.UserId == userId).ToListAsync(cancellationToken);
        return new
        {
            entries = entries.Select(e => new
            {
                e.Id, e.Meal, e.EatenAt, e.Note, e.SourceText, e.CreatedAt, e.UpdatedAt, e.DeletedAt,
                items = e.Items.OrderBy(i => i.Position).Select(FoodItemView.From),
            }),
            usualMeals = usual.Select(m => new { m.Id, m.Name, m.Meal, items = System.Text.Json.JsonDocument.Parse(m.Items).RootElement, m.CreatedAt }),
        };
    }
}
