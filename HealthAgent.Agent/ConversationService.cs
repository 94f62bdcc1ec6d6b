using HealthAgent.Core.Charts;
using HealthAgent.Agent.Admin;
using HealthAgent.Agent.Commands;
using HealthAgent.Contracts.Commands;
using HealthAgent.Agent.Llm;
using HealthAgent.Agent.Offline;
using HealthAgent.Agent.Photos;
using HealthAgent.Agent.Plugins;
using HealthAgent.Agent.Turns;
using HealthAgent.Agent.Voice;
using HealthAgent.Contracts.Conversations;
using HealthAgent.Core.Conversations;
using HealthAgent.Core.Conversations.Flows;
using HealthAgent.Core.Food;
using HealthAgent.Core.Plans;
using HealthAgent.Core.Time;
using HealthAgent.Core.Users;
using Microsoft.Extensions.Logging;
using Microsoft.SemanticKernel.ChatCompletion;

namespace HealthAgent.Agent;

/// <summary>
/// The conversation pipeline: stores the user's turn, builds the context, runs the turn's kernel with the LLM brain when
/// one is configured and answering, with the offline brain otherwise, and stores the answer. An LLM failure never reaches
/// the user as an error: the offline brain answers (or, when functions already ran, the reply says what they did).
/// </summary>
public sealed class ConversationService(
    UserService users,
    ConversationStore store,
    ContextBuilder context,
    TurnKernelFactory kernels,
    OfflineIntentParser parser,
    OfflineReplyWriter writer,
    LlmConnector llm,
    PhotoProposer photos,
    FlowRunner flows,
    PlanService plans,
    VoiceTranscriber voices,
    AdminCommands admins,
    TimeProvider time,
    ILogger<ConversationService> logger)
{
    /// <summary>What a user without access is told (<c>Invites:Required</c>).</summary>
    public const string InviteNeeded = "HealthAgent is invite-only here for now. If you have an invite code, send /activate followed by the code.";

    /// <summary>The longest message accepted.</summary>
    public const int MaxMessageLength = 10_000;

    /// <summary>
    /// Answers a message (text, a photo, a photo with a caption, or a shared location). A flow in progress (onboarding,
    /// the sleep check-in) takes the answer first. A repeated <paramref name="messageId"/> (a channel redelivering after
    /// an outage) gets the stored answer, so nothing is logged twice.
    /// </summary>
    public async Task<ConversationOutcome> HandleMessageAsync(Guid userId, string? text, ImageInput? image, string? messageId, CancellationToken cancellationToken,
        GeoPoint? location = null, AudioInput? voice = null)
    {
        var profile = await users.GetAsync(userId, cancellationToken);
        if (!profile.HasAccess)
        {
            return ConversationOutcome.Offline(ConversationReply.Plain(InviteNeeded));
        }
        string? heard = null;
        if (voice is not null)
        {
            (heard, var refusal) = await TranscribeAsync(voice, cancellationToken);
            if (refusal is not null)
            {
                return refusal;
            }
            text = heard;
        }
        var said = image is not null ? (string.IsNullOrWhiteSpace(text) ? "[photo]" : $"[photo] {text.Trim()}")
            : location is not null ? "[location]" : (text ?? "").Trim();
        if (!await store.AddAsync(userId, TurnRole.User, heard is null ? said : $"[voice] {said}", null, cancellationToken, messageId))
        {
            return await RepeatAsync(userId, messageId!, cancellationToken);
        }
        var flow = image is null ? await flows.TryAnswerAsync(userId, new FlowInput(location is null ? said : null, null, location), cancellationToken) : null;
        var outcome = flow is not null ? ConversationOutcome.Offline(flow)
            : image is not null ? await photos.ProposeAsync(userId, image, text, cancellationToken)
            : location is not null ? await PlaceAsync(userId, location, cancellationToken)
            : await AnswerAsync(profile, said, cancellationToken);
        if (heard is not null)
        {
            // The transcript comes first, so a misheard meal is caught before it counts.
            outcome = outcome with { Reply = outcome.Reply with { Text = $"🎙️ I heard: \"{heard}\"\n\n{outcome.Reply.Text}" } };
        }
        await store.AddAsync(userId, TurnRole.Assistant, outcome.Reply.Text, outcome.Brain, cancellationToken, messageId);
        return outcome;
    }

    // The words of a voice note, or the reply that says why there are none.
    private async Task<(string? Heard, ConversationOutcome? Refusal)> TranscribeAsync(AudioInput voice, CancellationToken cancellationToken)
    {
        if (!voices.Enabled)
        {
            return (null, ConversationOutcome.Offline(ConversationReply.Plain(
                "I can't listen to voice notes here (no transcription model is configured). Please type it, for example \"2 eggs and toast for breakfast\".")));
        }
        try
        {
            var heard = await voices.TranscribeAsync(voice, cancellationToken);
            return heard.Length > 0 ? (heard, null)
                : (null, ConversationOutcome.Offline(ConversationReply.Plain("I couldn't make out any words in that voice note. Try again, or type it.")));
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning(e, "A voice note could not be transcribed ({Error})", e.GetType().Name);
            return (null, new ConversationOutcome(ConversationReply.Plain("I couldn't transcribe that voice note right now. Please type it, or try again in a minute."),
                Brains.Offline, "degraded", ["llm"]));
        }
    }

    /// <summary>
    /// Answers a chat command (<c>/today</c>, <c>/goals</c>, …) by calling its function (<see cref="CommandFunctions"/>)
    /// through the offline brain: commands have one meaning, so they need no model and cost nothing.
    /// </summary>
    /// <returns>Null for a command not answered by the Api.</returns>
    public async Task<ConversationOutcome?> HandleCommandAsync(Guid userId, string command, string? args, CancellationToken cancellationToken)
    {
        var profile = await users.GetAsync(userId, cancellationToken);
        if (ChatCommands.Find(command.Trim().TrimStart('/')) is { AdminOnly: true })
        {
            // Anyone but an administrator gets what an unknown command gets (null), so the commands stay unseen.
            return admins.IsAdmin(profile.TelegramId) ? ConversationOutcome.Offline(await admins.RunAsync(profile, command, args, cancellationToken)) : null;
        }
        if (command.Trim().TrimStart('/').Equals(CommandFunctions.Activate, StringComparison.OrdinalIgnoreCase))
        {
            return ConversationOutcome.Offline(await ActivateAsync(profile, args, cancellationToken));
        }
        if (!profile.HasAccess)
        {
            return ConversationOutcome.Offline(ConversationReply.Plain(InviteNeeded));
        }
        if (CommandFunctions.FlowOf(command) is { } flow)
        {
            // Someone who finished onboarding is welcomed back by /start instead of being onboarded again.
            return ConversationOutcome.Offline(flow == OnboardingFlow.FlowName && profile.OnboardingState == OnboardingState.Completed
                ? ConversationReply.Plain($"Welcome back, {profile.DisplayName}! Tell me what you ate, or ask \"how am I doing today?\". /help lists everything.")
                : await flows.StartAsync(userId, flow, cancellationToken));
        }
        if (CommandFunctions.For(command, args, parser.For(profile.Language)) is not { } understanding)
        {
            return null;
        }
        var (text, calls) = await RunOfflineAsync(profile, "/" + command.TrimStart('/'), _ => understanding, cancellationToken);
        return Outcome(text, Brains.Offline, calls, []);
    }

    /// <summary>Removes the user's conversation history (<c>/clear</c>); memories stay.</summary>
    public Task<int> ClearAsync(Guid userId, CancellationToken cancellationToken) => store.ClearAsync(userId, cancellationToken);

    // "/activate CODE": the code's plan, access when invites are required, and onboarding for someone new.
    private async Task<ConversationReply> ActivateAsync(UserProfile profile, string? code, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(code))
        {
            return ConversationReply.Plain("Send the code after the command, like this: /activate HA-7K2M-QX9P");
        }
        try
        {
            var activated = await plans.RedeemAsync(profile.Id, code, cancellationToken);
            var said = $"Activated! You're on the {activated.Plan} plan.";
            if (activated.OnboardingState == OnboardingState.Completed)
            {
                return ConversationReply.Plain(said);
            }
            var onboarding = await flows.StartAsync(profile.Id, OnboardingFlow.FlowName, cancellationToken);
            return onboarding with { Text = $"{said}\n\n{onboarding.Text}" };
        }
        catch (Core.Common.DomainValidationException e)
        {
            return ConversationReply.Plain(string.Join(" ", e.Errors.SelectMany(kv => kv.Value)));
        }
    }

    // A location shared outside a flow places the user in a time zone.
    private async Task<ConversationOutcome> PlaceAsync(Guid userId, GeoPoint location, CancellationToken cancellationToken)
    {
        var zone = ZoneAnswers.FromLocation(location.Latitude, location.Longitude);
        await users.UpdateAsync(userId, new ProfileUpdate(TimeZone: zone), cancellationToken);
        return ConversationOutcome.Offline(ConversationReply.Plain(FlowInput.ZoneSet(zone, fromLocation: true, time.GetUtcNow())));
    }

    private async Task<ConversationOutcome> RepeatAsync(Guid userId, string messageId, CancellationToken cancellationToken)
    {
        var answer = await store.FindAnswerAsync(userId, messageId, cancellationToken);
        return answer is null
            ? ConversationOutcome.Offline(ConversationReply.Plain("I'm still working on that message; the answer follows."))
            : new ConversationOutcome(ConversationReply.Plain(answer.Content), answer.Brain ?? Brains.Offline, "ok", []);
    }

    private async Task<ConversationOutcome> AnswerAsync(UserProfile profile, string message, CancellationToken cancellationToken)
    {
        if (!llm.Enabled)
        {
            var (text, calls) = await RunOfflineAsync(profile, message, null, cancellationToken);
            return Outcome(text, Brains.Offline, calls, []);
        }
        var log = new TurnLog();
        try
        {
            var history = await context.BuildAsync(profile, message, cancellationToken);
            history.AddUserMessage(message);
            var text = await TurnRunner.RunAsync(await kernels.ForLlmAsync(User(profile), log, cancellationToken), history, cancellationToken);
            // A proposal's preview is ours, not the model's: the user sees exactly what the buttons would save.
            return Outcome(text.Length > 0 ? string.Join("\n\n", [text, .. Proposals(log.Calls).Select(p => p.Preview)]) : Written(profile, log.Calls),
                Brains.Llm, log.Calls, []);
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning(e, "The LLM brain failed ({Error}); the offline brain answers", e.GetType().Name);
            if (log.Calls.Count > 0)
            {
                // Functions already changed data: running the offline brain would do it twice, so say what was done.
                return Outcome(Written(profile, log.Calls), Brains.Offline, log.Calls, ["llm"]);
            }
            var (text, calls) = await RunOfflineAsync(profile, message, null, cancellationToken);
            return Outcome(text, Brains.Offline, calls, ["llm"]);
        }
    }

    private async Task<(string Text, IReadOnlyList<CalledFunction> Calls)> RunOfflineAsync(UserProfile profile, string message,
        Func<string, Understanding?>? first, CancellationToken cancellationToken)
    {
        var zone = TimeZones.Find(profile.TimeZone);
        var log = new TurnLog();
        var brain = new OfflineBrain(parser, writer, log, profile.Language, first ?? (text => ToolIntents.Understand(text) ?? ChartIntents.Understand(text) ?? ReminderIntents.Understand(text, time.GetUtcNow(), zone)), profile.Units);
        var history = new ChatHistory();
        history.AddUserMessage(message);
        var text = await TurnRunner.RunAsync(kernels.ForBrain(brain, User(profile), log), history, cancellationToken);
        return (text, log.Calls);
    }

    private static ToolContext User(UserProfile profile) => new(profile.Id, profile.TimeZone, profile.Units);

    private string Written(UserProfile profile, IReadOnlyList<CalledFunction> calls) => writer.Write(calls.Select(c => (c.Name, c.Result)), null, profile.Units);

    private static IEnumerable<IProposal> Proposals(IReadOnlyList<CalledFunction> calls) =>
        calls.Where(c => c.Result.Success).Select(c => c.Result.Data).OfType<IProposal>();

    private static ConversationOutcome Outcome(string text, string brain, IReadOnlyList<CalledFunction> calls, IReadOnlyList<string> unavailable)
    {
        var sources = unavailable.Concat(calls.Select(c => c.Result.Data).OfType<FoodLogResult>().SelectMany(f => f.UnavailableSources))
            .Distinct(StringComparer.Ordinal).ToList();
        AgentMetrics.Replies.Add(1, new KeyValuePair<string, object?>("brain", brain));
        var buttons = Proposals(calls).Select(p => p.Buttons).ToList();
        // A chart a function drew goes with the reply as its photo (the first, when several were drawn).
        var chart = calls.Where(c => c.Result.Success).Select(c => c.Result.Data).OfType<ChartImage>().FirstOrDefault();
        var image = chart is null ? null : new ReplyImage(Convert.ToBase64String(chart.Png), ChartImage.MediaType);
        return new ConversationOutcome(new ConversationReply(text.Length > 0 ? text : "Done.", buttons, image), brain, sources.Count > 0 ? "degraded" : "ok", sources);
    }
}
