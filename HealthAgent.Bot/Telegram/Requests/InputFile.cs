namespace HealthAgent.Bot.Telegram.Requests;

/// <summary>A file uploaded with <c>multipart/form-data</c> (photos, documents).</summary>
public sealed record InputFile(string FileName, byte[] Content, string MimeType);
