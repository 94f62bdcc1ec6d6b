namespace HealthAgent.Tests.EndToEnd;

/// <summary>One row of the AppHost dashboard's <c>/api/resources</c>.</summary>
public sealed record ResourceRow(string Name, string Type, string State, string Health, string? Url, int? Pid, string? Message);
