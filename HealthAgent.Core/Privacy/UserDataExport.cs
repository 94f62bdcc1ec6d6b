namespace HealthAgent.Core.Privacy;

/// <summary>The whole export document.</summary>
/// <param name="UserId">Whose data this is.</param>
/// <param name="ExportedAt">When it was made (UTC).</param>
/// <param name="Sections">Each feature's data by section name.</param>
public sealed record UserDataExport(Guid UserId, DateTimeOffset ExportedAt, IReadOnlyDictionary<string, object> Sections);
