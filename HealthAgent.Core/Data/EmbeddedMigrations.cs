namespace HealthAgent.Core.Data;

/// <summary>The migrations shipped inside HealthAgent.Core (embedded from <c>Data/Migrations/*.sql</c>).</summary>
public static class EmbeddedMigrations
{
    private const string Prefix = "migrations/";

    /// <summary>All embedded migrations in version order.</summary>
    /// <exception cref="InvalidOperationException">Two files share a version number.</exception>
    public static IReadOnlyList<Migration> Load()
    {
        var assembly = typeof(EmbeddedMigrations).Assembly;
        var migrations = assembly.GetManifestResourceNames()
            .Where(name => name.StartsWith(Prefix, StringComparison.Ordinal))
            .Select(name =>
            {
                using var stream = assembly.GetManifestResourceStream(name)!;
                using var reader = new StreamReader(stream);
                return Migration.FromFile(name[Prefix.Length..], reader.ReadToEnd());
            })
            .OrderBy(m => m.Version)
            .ToList();
        var duplicate = migrations.GroupBy(m => m.Version).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new InvalidOperationException(
                $"Migrations {string.Join(" and ", duplicate.Select(m => m.Name))} share the number {duplicate.Key}.");
        }
        return migrations;
    }
}
