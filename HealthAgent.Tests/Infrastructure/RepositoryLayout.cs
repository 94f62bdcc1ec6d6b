using System.Reflection;

namespace HealthAgent.Tests.Infrastructure;

/// <summary>The source tree the tests were built from, stamped into the test assembly at build time.</summary>
public static class RepositoryLayout
{
    /// <summary>The repository root (the folder of HealthAgent.sln).</summary>
    public static string Root { get; } = typeof(RepositoryLayout).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
        .FirstOrDefault(a => a.Key == "HealthAgent.RepositoryRoot")?.Value
        ?? throw new InvalidOperationException("The tests were built without their HealthAgent.RepositoryRoot metadata.");
}
