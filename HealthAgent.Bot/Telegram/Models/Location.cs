namespace HealthAgent.Bot.Telegram.Models;

/// <summary>A shared location.</summary>
public sealed record Location(double Latitude, double Longitude);
