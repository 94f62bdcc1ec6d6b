namespace HealthAgent.Api.Contracts;

/// <summary>Saves the items of an entry as a usual meal.</summary>
public sealed record SaveUsualMealRequest(Guid EntryId, string Name);
