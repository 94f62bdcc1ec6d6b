using Microsoft.EntityFrameworkCore;

namespace HealthAgent.Core.Data;

/// <summary>
/// EF Core's view of the schema that the SQL migrations create; it never creates or changes the schema itself.
/// Each feature maps its entities in an <see cref="IEntityTypeConfiguration{TEntity}"/> next to them (for example
/// <c>Users/UserConfiguration.cs</c>), so features never edit this file; query them with <c>Set&lt;T&gt;()</c>.
/// </summary>
public sealed class HealthDbContext(DbContextOptions<HealthDbContext> options) : DbContext(options)
{
    /// <inheritdoc />
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(HealthDbContext).Assembly);
        SnakeCaseNames.Apply(modelBuilder);
    }
}
