namespace HealthAgent.Core.Privacy;

/// <summary>One feature's part of a user's data export. Each feature that stores user data registers one.</summary>
public interface IUserDataSection
{
    /// <summary>The section's name in the export document (camelCase).</summary>
    string Name { get; }

    /// <summary>Everything this feature stores about the user, deleted rows included, as JSON-serialisable data.</summary>
    Task<object> ExportAsync(Guid userId, CancellationToken cancellationToken);
}
