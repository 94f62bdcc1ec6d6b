namespace HealthAgent.AppHost.Orchestration;

/// <summary>A resource as the dashboard and the status table show it.</summary>
public sealed record ResourceSnapshot(string Name, string Type, string State, string Health, string? Url, int? Pid, string? Message);
