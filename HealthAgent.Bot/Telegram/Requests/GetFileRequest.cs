namespace HealthAgent.Bot.Telegram.Requests;

/// <summary>Parameters of <c>getFile</c>.</summary>
public sealed record GetFileRequest(string FileId);
