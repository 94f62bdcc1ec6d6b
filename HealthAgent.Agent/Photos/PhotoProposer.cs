using HealthAgent.Core.Conversations.Photos;
using HealthAgent.Contracts.Conversations;
using System.Globalization;
using System.Text.Json;
using HealthAgent.Agent;
using HealthAgent.Agent.Llm;
using HealthAgent.Core.Data;
using HealthAgent.Core.Food;
using HealthAgent.Core.Nutrition;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.ChatCompletion;
using Microsoft.Extensions.Logging;

namespace HealthAgent.Agent.Photos;

/// <summary>
/// Turns a food photo into proposed items: the caption when there is one (it overrides what the model would see),
/// otherwise the vision model's list of foods and portions. Figures always come from the nutrition lookup, and the items
/// are only proposed: the user confirms, edits or cancels with buttons handled by <see cref="PhotoActionHandler"/>.
/// </summary>
public sealed class PhotoProposer(HealthDbContext db, NutritionService nutrition, LlmConnector llm, TimeProvider time, ILogger<PhotoProposer> logger)
{
    /// <summary>How long the buttons of a proposal work.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(24);

    private const int MaxItems = 12;

    private const string VisionInstruction = """
        List the foods visible in this photo with an estimated portion in grams. Answer with JSON only, exactly:
        {"items":[{"name":"food name","grams":123}]}
        Use plain food names (e.g. "fried egg", "white rice"). If there is no food, answer {"items":[]}.
        """;

    /// <summary>Proposes the items of a photo for <paramref name="userId"/>.</summary>
    public async Task<ConversationOutcome> ProposeAsync(Guid userId, ImageInput image, string? caption, CancellationToken cancellationToken)
    {
        var description = caption?.Trim();
        var brain = Brains.Offline;
        if (string.IsNullOrEmpty(description))
        {
            if (!llm.VisionEnabled)
            {
                return ConversationOutcome.Offline(ConversationReply.Plain(
                    "I can't look at photos here (no vision model is configured). Please describe what you ate, for example \"2 eggs and toast\" or \"150 g salmon with rice\"."));
            }
            try
            {
                description = await DescribeAsync(image, cancellationToken);
                brain = Brains.Llm;
            }
            catch (Exception e) when (!cancellationToken.IsCancellationRequested)
            {
                logger.LogWarning(e, "The vision model could not describe a photo");
                return new ConversationOutcome(ConversationReply.Plain(
                    "I couldn't analyse the photo right now. Please describe what you ate, for example \"2 eggs and toast\"."), Brains.Offline, "degraded", ["llm"]);
            }
            if (description.Length == 0)
            {
                return new ConversationOutcome(ConversationReply.Plain("I couldn't see any food in that photo. Describe it in a few words and I'll log it."), brain, "ok", []);
            }
        }

        var estimate = await nutrition.EstimateAsync(description, cancellationToken);
        var items = estimate.Items.Where(i => i.Source != NutritionSources.None && i.Grams > 0).Select(FoodTextLogger.ToDraft).ToList();
        if (items.Count == 0)
        {
            return new ConversationOutcome(ConversationReply.Plain($"I couldn't match any food in \"{description}\". Describe it differently, for example \"150 g chicken and rice\"."),
                brain, estimate.Status, estimate.UnavailableSources);
        }
        var now = time.GetUtcNow();
        var proposal = new PhotoProposal
        {
            Id = Guid.NewGuid(), UserId = userId, Items = JsonSerializer.Serialize(items), Description = description, CreatedAt = now, ExpiresAt = now + Lifetime,
        };
        db.Set<PhotoProposal>().Add(proposal);
        await db.SaveChangesAsync(cancellationToken);

        var lines = items.Select(i => $"• {Describe(i)}");
        var total = items.Sum(i => i.Nutrients.Kcal);
        var text = $"Here's what I see:\n{string.Join("\n", lines)}\nTotal about {Math.Round(total, 0).ToString(CultureInfo.InvariantCulture)} kcal. Log it?"
            + (estimate.Unrecognized.Count > 0 ? $"\n(Not recognised: {string.Join(", ", estimate.Unrecognized)}.)" : "");
        var id = proposal.Id.ToString("N");
        var buttons = new List<IReadOnlyList<ReplyButton>>
        {
            new List<ReplyButton> { new("✅ Confirm", $"photo:confirm:{id}"), new("✏️ Edit", $"photo:edit:{id}"), new("❌ Cancel", $"photo:cancel:{id}") },
        };
        return new ConversationOutcome(new ConversationReply(text, buttons), brain, estimate.Status, estimate.UnavailableSources);
    }

    /// <summary>One proposed item for the reply: portion, figures and where they came from.</summary>
    public static string Describe(FoodItemDraft item) =>
        $"{item.Name} {item.Grams.ToString("0.#", CultureInfo.InvariantCulture)} g — {Math.Round(item.Nutrients.Kcal, 0).ToString(CultureInfo.InvariantCulture)} kcal ({item.Source.ToString().ToLowerInvariant()})";

    private async Task<string> DescribeAsync(ImageInput image, CancellationToken cancellationToken)
    {
        // The vision model is SK's OpenAI connector too; it gets the photo and the instruction, and no functions.
        var kernel = llm.AddVision(Kernel.CreateBuilder()).Build();
        var history = new ChatHistory();
        history.AddUserMessage([new TextContent(VisionInstruction), new ImageContent(image.Bytes, image.MimeType)]);
        var chat = kernel.GetRequiredService<Microsoft.Extensions.AI.IChatClient>().AsChatCompletionService(kernel.Services);
        var response = await chat.GetChatMessageContentAsync(history, null, kernel, cancellationToken);
        var text = response.Content ?? "";
        var start = text.IndexOf('{');
        var end = text.LastIndexOf('}');
        if (start < 0 || end <= start)
        {
            return "";
        }
        var answer = JsonSerializer.Deserialize<VisionAnswer>(text[start..(end + 1)], new JsonSerializerOptions(JsonSerializerDefaults.Web));
        // The model's words become a lookup query only: names are trimmed and bounded, portions clamped.
        var items = (answer?.Items ?? []).Where(i => !string.IsNullOrWhiteSpace(i.Name) && i.Name.Length <= 60).Take(MaxItems)
            .Select(i => i.Grams is { } g and > 0 ? $"{Math.Min(g, 2000).ToString("0", CultureInfo.InvariantCulture)} g {i.Name!.Trim()}" : i.Name!.Trim());
        return string.Join(", ", items);
    }
}
