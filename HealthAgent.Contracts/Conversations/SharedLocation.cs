namespace HealthAgent.Contracts.Conversations;

/// <summary>A location the user shared (Telegram's location message), used to place them in a time zone.</summary>
/// <param name="Latitude">Degrees north, −90 to 90.</param>
/// <param name="Longitude">Degrees east, −180 to 180.</param>
public sealed record SharedLocation(double Latitude, double Longitude);
