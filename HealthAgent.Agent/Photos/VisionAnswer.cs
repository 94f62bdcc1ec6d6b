namespace HealthAgent.Agent.Photos;

/// <summary>The vision model's JSON answer: <c>{"items":[{"name":…,"grams":…}]}</c>.</summary>
public sealed record VisionAnswer(IReadOnlyList<VisionItem>? Items);
