namespace HealthAgent.Core.Common;

/// <summary>The thing asked for does not exist for this user. The Api answers 404 and never says whether it exists for someone else.</summary>
public sealed class NotFoundException(string what) : Exception($"{what} was not found.");
