using HealthAgent.Contracts.Conversations;
using System.Globalization;
using System.Text.Json;
using HealthAgent.Core.Data;
using HealthAgent.Core.Food;
using Microsoft.EntityFrameworkCore;

namespace HealthAgent.Core.Conversations.Photos;

/// <summary>The Confirm / Edit / Cancel buttons of a photo proposal (<c>photo:confirm:{id}</c> and alike).</summary>
public sealed class PhotoActionHandler(HealthDbContext db, FoodLogService log, TimeProvider time) : IConversationActionHandler
{
    /// <inheritdoc />
    public string Prefix => "photo";

    /// <inheritdoc />
    public async Task<ConversationReply> HandleAsync(Guid userId, string action, CancellationToken cancellationToken)
    {
        var parts = action.Split(':');
        if (parts.Length != 3 || !Guid.TryParseExact(parts[2], "N", out var id))
        {
            return ConversationReply.Plain("That button is not valid any more.");
        }
        var proposal = await db.Set<PhotoProposal>().SingleOrDefaultAsync(p => p.Id == id && p.UserId == userId, cancellationToken);
        if (proposal is null || proposal.ExpiresAt <= time.GetUtcNow())
        {
            return ConversationReply.Plain("This photo was already handled or has expired. Send it again if you want to log it.");
        }
        switch (parts[1])
        {
            case "confirm":
                var items = JsonSerializer.Deserialize<List<FoodItemDraft>>(proposal.Items)!;
                var logged = await log.LogAsync(userId, new LogFoodCommand(items, SourceText: proposal.Description, IdempotencyKey: $"photo:{proposal.Id:N}"), cancellationToken);
                await RemoveAsync(proposal, cancellationToken);
                var entry = logged.Entry;
                return ConversationReply.Plain($"Logged {entry.Meal.ToString().ToLowerInvariant()}: {string.Join(", ", entry.Items.Select(i => i.Name))}, " +
                    $"{Math.Round(entry.Totals.Kcal, 0).ToString(CultureInfo.InvariantCulture)} kcal.");
            case "edit":
                await RemoveAsync(proposal, cancellationToken);
                return ConversationReply.Plain($"OK, nothing saved. I understood \"{proposal.Description}\"; send me the corrected version, for example \"200 g salmon and a cup of rice\".");
            case "cancel":
                await RemoveAsync(proposal, cancellationToken);
                return ConversationReply.Plain("Cancelled; nothing was saved.");
            default:
                return ConversationReply.Plain("That button is not valid any more.");
        }
    }

    private async Task RemoveAsync(PhotoProposal proposal, CancellationToken cancellationToken)
    {
        db.Set<PhotoProposal>().Remove(proposal);
        await db.SaveChangesAsync(cancellationToken);
    }
}
