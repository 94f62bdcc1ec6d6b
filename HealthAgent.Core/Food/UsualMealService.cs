using System.Text.Json;
using HealthAgent.Core.Common;
using HealthAgent.Core.Data;
using HealthAgent.Core.Gamification;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace HealthAgent.Core.Food;

/// <summary>Meals a user saves under a name ("my usual breakfast") and logs again in one step.</summary>
public sealed class UsualMealService(HealthDbContext db, FoodLogService log, TimeProvider time)
{
    /// <summary>Saves the items of one of the user's entries under <paramref name="name"/>.</summary>
    /// <exception cref="ConflictException">The user already has a usual meal with that name.</exception>
    public async Task<UsualMealView> SaveFromEntryAsync(Guid userId, Guid entryId, string name, CancellationToken cancellationToken = default)
    {
        var entry = await log.GetAsync(userId, entryId, cancellationToken);
        var label = name?.Trim() ?? "";
        if (label.Length is < 1 or > 100)
        {
            throw DomainValidationException.For("name", "The name must have 1 to 100 characters.");
        }
        var drafts = entry.Items.Select(i => new FoodItemDraft(i.Name, i.Quantity, i.Unit, i.Grams, i.Nutrients, i.Source, i.Confidence, i.FdcId)).ToList();
        var meal = new UsualMeal { UserId = userId, Name = label, Meal = entry.Meal, Items = JsonSerializer.Serialize(drafts), CreatedAt = time.GetUtcNow() };
        db.Set<UsualMeal>().Add(meal);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (ex.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            db.ChangeTracker.Clear();
            throw new ConflictException($"You already have a usual meal called '{label}'.");
        }
        return View(meal);
    }

    /// <summary>The user's usual meals by name.</summary>
    public async Task<IReadOnlyList<UsualMealView>> ListAsync(Guid userId, CancellationToken cancellationToken = default) =>
        (await db.Set<UsualMeal>().AsNoTracking().Where(m => m.UserId == userId).OrderBy(m => m.Name).ToListAsync(cancellationToken))
        .Select(View).ToList();

    /// <summary>Logs a usual meal now (or at the given time), as the given meal or its saved one.</summary>
    public async Task<Logged<FoodEntryView>> LogAsync(Guid userId, Guid usualMealId, MealType? meal, DateTimeOffset? eatenAt, string? idempotencyKey,
        CancellationToken cancellationToken = default)
    {
        var saved = await FindAsync(userId, usualMealId, cancellationToken);
        var drafts = JsonSerializer.Deserialize<List<FoodItemDraft>>(saved.Items)!;
        return await log.LogAsync(userId, new LogFoodCommand(drafts, meal ?? saved.Meal, eatenAt, Note: $"Usual meal: {saved.Name}",
            IdempotencyKey: idempotencyKey), cancellationToken);
    }

    /// <summary>Deletes a usual meal.</summary>
    public async Task DeleteAsync(Guid userId, Guid usualMealId, CancellationToken cancellationToken = default)
    {
        db.Set<UsualMeal>().Remove(await FindAsync(userId, usualMealId, cancellationToken));
        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task<UsualMeal> FindAsync(Guid userId, Guid id, CancellationToken cancellationToken) =>
        await db.Set<UsualMeal>().FirstOrDefaultAsync(m => m.Id == id && m.UserId == userId, cancellationToken)
        ?? throw new NotFoundException("The usual meal");

    private static UsualMealView View(UsualMeal m)
    {
        var items = JsonSerializer.Deserialize<List<FoodItemDraft>>(m.Items)!;
        return new UsualMealView(m.Id, m.Name, m.Meal, items, items.Aggregate(Nutrients.Zero, (s, i) => s + i.Nutrients).Rounded(), m.CreatedAt);
    }
}
