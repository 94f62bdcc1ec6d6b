namespace HealthAgent.Bot.Rendering;

/// <summary>The few sentences the Bot says itself; everything else comes from the Api.</summary>
public static class BotTexts
{
    public const string Trouble = "I'm having trouble right now, I'll get back to you.";

    /// <summary>Said once when the Api rate-limits the user; the message is answered when the wait is over.</summary>
    public static string SlowDown(TimeSpan wait)
    {
        var seconds = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds));
        return $"You're sending messages faster than I can keep up. I'll answer this one in about {seconds} second{(seconds == 1 ? "" : "s")}.";
    }
    public const string Unsupported = "I can read text messages, photos of meals, voice notes and shared locations. Please send one of those.";
    public const string UnknownCommand = HealthAgent.Contracts.Commands.ChatCommands.UnknownCommandReply;
    public const string Cleared = "Our conversation history is cleared. Everything you logged is kept.";
    public const string ExportCaption = "Here is everything HealthAgent stores about you.";
    public const string DeleteQuestion = "This deletes your profile and everything you logged, for good. Are you sure?";
    public const string DeleteConfirmLabel = "Yes, delete everything";
    public const string DeleteCancelLabel = "No, keep my data";
    public const string Deleted = "Your data has been deleted. Send /start if you want to begin again.";
    public const string DeleteCancelled = "Nothing was deleted.";
    public const string Rejected = "Sorry, I couldn't handle that. Please try again or send /help.";
}
