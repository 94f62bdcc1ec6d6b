using HealthAgent.Agent.Photos;
using HealthAgent.Contracts.Commands;
using HealthAgent.Contracts.Conversations;
using HealthAgent.Agent.Llm;
using HealthAgent.Agent.Loop;
using HealthAgent.Agent.Offline;
using HealthAgent.Core.Time;
using HealthAgent.Agent.Tools;
using HealthAgent.Core.Conversations;
using HealthAgent.Core.Conversations.Photos;
using HealthAgent.Core.Food;
using HealthAgent.Core.Users;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;

namespace HealthAgent.Agent;

/// <summary>
/// The conversation pipeline: stores the user's turn, builds the context, runs the tool loop with the LLM brain when one
/// is configured and answering, with the offline brain otherwise, and stores the answer. An LLM failure never reaches
/// the user as an error: the offline brain answers (or, when tools already ran, reports what they did).
/// </summary>
public sealed class ConversationService(
    UserService users,
    ConversationStore store,
    ContextBuilder context,
    ToolLoop loop,
    OfflineIntentParser parser,
    OfflineReplyWriter writer,
    LlmClientFactory llm,
    PhotoProposer photos,
    TimeProvider time,
    ILogger<ConversationService> logger)
{
    /// <summary>The longest message accepted.</summary>
    public const int MaxMessageLength = 10_000;

    private static readonly IReadOnlyDictionary<string, string> Commands = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["today"] = "today",
        ["week"] = "this week",
        ["goals"] = "my goals",
        ["streak"] = "my streak",
        ["achievements"] = "achievements",
        ["settings"] = "my profile",
        ["timezone"] = "what's my time zone",
        ["help"] = "help",
        ["start"] = "help",
    };

    /// <summary>The commands <see cref="HandleCommandAsync"/> knows: those of the catalogue that the Api answers.</summary>
    public static IReadOnlyCollection<string> KnownCommands { get; } =
        [.. ChatCommands.All.Where(command => command.AnsweredBy == CommandHandler.Api).Select(command => command.Name)];

    /// <summary>Whether <see cref="HandleCommandAsync"/> has a meaning for <paramref name="command"/>.</summary>
    internal static bool Understands(string command) => Commands.ContainsKey(command);

    /// <summary>
    /// Answers a message (text, a photo, or a photo with a caption). A repeated <paramref name="messageId"/> (a channel
    /// redelivering after an outage) gets the stored answer, so nothing is logged twice.
    /// </summary>
    public async Task<ConversationOutcome> HandleMessageAsync(Guid userId, string? text, ImageInput? image, string? messageId, CancellationToken cancellationToken)
    {
        var profile = await users.GetAsync(userId, cancellationToken);
        var said = image is null ? (text ?? "").Trim() : string.IsNullOrWhiteSpace(text) ? "[photo]" : $"[photo] {text.Trim()}";
        if (!await store.AddAsync(userId, TurnRole.User, said, null, cancellationToken, messageId))
        {
            return await RepeatAsync(userId, messageId!, cancellationToken);
        }
        var outcome = image is not null
            ? await photos.ProposeAsync(userId, image, text, cancellationToken)
            : await AnswerAsync(profile, said, cancellationToken);
        await store.AddAsync(userId, TurnRole.Assistant, outcome.Reply.Text, outcome.Brain, cancellationToken, messageId);
        return outcome;
    }

    /// <summary>
    /// Answers a channel command (<c>/today</c>, <c>/week</c>, …) with the offline brain: commands have one meaning, so
    /// they need no model and cost nothing. <c>timezone</c> with an argument sets the zone.
    /// </summary>
    /// <returns>Null for an unknown command.</returns>
    public async Task<ConversationOutcome?> HandleCommandAsync(Guid userId, string command, string? args, CancellationToken cancellationToken)
    {
        if (!Commands.TryGetValue(command.Trim().TrimStart('/'), out var text))
        {
            return null;
        }
        if (command.Equals("timezone", StringComparison.OrdinalIgnoreCase) && !string.IsNullOrWhiteSpace(args))
        {
            text = $"my time zone is {args.Trim()}";
        }
        var profile = await users.GetAsync(userId, cancellationToken);
        var result = await RunOfflineAsync(profile, text, cancellationToken);
        if (command.Equals("timezone", StringComparison.OrdinalIgnoreCase) && !string.IsNullOrWhiteSpace(args) && result.Calls.Count == 0)
        {
            return Outcome($"I don't know the time zone of \"{args.Trim()}\". Send a major city nearby or an IANA name such as Europe/Berlin.", Brains.Offline, [], []);
        }
        return Outcome(result.Text, Brains.Offline, result.Calls, []);
    }

    private async Task<ConversationOutcome> RepeatAsync(Guid userId, string messageId, CancellationToken cancellationToken)
    {
        var answer = await store.FindAnswerAsync(userId, messageId, cancellationToken);
        return answer is null
            ? ConversationOutcome.Offline(ConversationReply.Plain("I'm still working on that message; the answer follows."))
            : new ConversationOutcome(ConversationReply.Plain(answer.Content), answer.Brain ?? Brains.Offline, "ok", []);
    }

    /// <summary>Removes the user's conversation history (<c>/clear</c>); memories stay.</summary>
    public Task<int> ClearAsync(Guid userId, CancellationToken cancellationToken) => store.ClearAsync(userId, cancellationToken);

    private async Task<ConversationOutcome> AnswerAsync(UserProfile profile, string message, CancellationToken cancellationToken)
    {
        if (!llm.Enabled)
        {
            var offline = await RunOfflineAsync(profile, message, cancellationToken);
            return Outcome(offline.Text, Brains.Offline, offline.Calls, []);
        }
        var executed = new List<ExecutedToolCall>();
        try
        {
            var messages = await context.BuildAsync(profile, message, cancellationToken);
            messages.Add(new ChatMessage(ChatRole.User, message));
            var result = await loop.RunAsync(llm.CreateChat(), messages, new ToolContext(profile.Id, profile.TimeZone), executed.Add, cancellationToken);
            var text = result.Text.Length > 0 ? result.Text : writer.Write(result.Calls.Select(c => (c.Name, c.Result)), null);
            return Outcome(text, Brains.Llm, result.Calls, []);
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning(e, "The LLM brain failed ({Error}); the offline brain answers", e.GetType().Name);
            if (executed.Count > 0)
            {
                // Tools already changed data: running the offline brain would do it twice, so report what was done.
                return Outcome(writer.Write(executed.Select(c => (c.Name, c.Result)), null), Brains.Offline, executed, ["llm"]);
            }
            var offline = await RunOfflineAsync(profile, message, cancellationToken);
            return Outcome(offline.Text, Brains.Offline, offline.Calls, ["llm"]);
        }
    }

    private Task<ToolLoopResult> RunOfflineAsync(UserProfile profile, string message, CancellationToken cancellationToken)
    {
        var zone = TimeZones.Find(profile.TimeZone);
        var brain = new OfflineBrain(parser, writer, profile.Language, text => ReminderIntents.Understand(text, time.GetUtcNow(), zone));
        return loop.RunAsync(brain, [new ChatMessage(ChatRole.User, message)], new ToolContext(profile.Id, profile.TimeZone), null, cancellationToken);
    }

    private static ConversationOutcome Outcome(string text, string brain, IReadOnlyList<ExecutedToolCall> calls, IReadOnlyList<string> unavailable)
    {
        var sources = unavailable.Concat(calls.Select(c => c.Result.Data).OfType<FoodLogResult>().SelectMany(f => f.UnavailableSources))
            .Distinct(StringComparer.Ordinal).ToList();
        AgentMetrics.Replies.Add(1, new KeyValuePair<string, object?>("brain", brain));
        return new ConversationOutcome(ConversationReply.Plain(text.Length > 0 ? text : "Done."), brain, sources.Count > 0 ? "degraded" : "ok", sources);
    }
}
