namespace HealthAgent.Agent.Photos;

/// <summary>One food the vision model saw, as it answers in JSON.</summary>
/// <param name="Name">The food.</param>
/// <param name="Grams">Its estimated portion.</param>
public sealed record VisionItem(string? Name, decimal? Grams);
