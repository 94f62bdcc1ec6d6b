namespace HealthAgent.Bot.Telegram.Requests;

/// <summary>Parameters of <c>answerCallbackQuery</c>, which stops the client's progress indicator on the pressed button.</summary>
public sealed record AnswerCallbackQueryRequest(string CallbackQueryId, string? Text = null, bool? ShowAlert = null);
