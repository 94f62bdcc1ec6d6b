namespace HealthAgent.Tests.Functional.Bot;

/// <summary>One request the fake Api received.</summary>
public sealed record ApiCall(string Method, string Path, string Body, string? Authorization);
