using HealthAgent.Core.Users;
using Microsoft.EntityFrameworkCore;

namespace HealthAgent.Core.Data;

/// <summary>EF Core's view of the schema that the SQL migrations create; it never creates or changes the schema itself.</summary>
public sealed class HealthDbContext(DbContextOptions<HealthDbContext> options) : DbContext(options)
{
    /// <summary>The users.</summary>
    public DbSet<User> Users => Set<User>();

    // Lengths and formats are CHECK constraints in the SQL, so text columns stay text here.
    /// <inheritdoc />
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<User>(user =>
        {
            user.ToTable("users");
            user.HasKey(u => u.Id);
            user.Property(u => u.Id).HasDefaultValueSql("gen_random_uuid()");
            user.HasIndex(u => u.TelegramId).IsUnique();
            user.Property(u => u.TimeZone).HasDefaultValue("UTC");
            user.Property(u => u.Language).HasDefaultValue("en");
            user.Property(u => u.CreatedAt).HasDefaultValueSql("now()");
            user.Property(u => u.UpdatedAt).HasDefaultValueSql("now()");
        });
        SnakeCaseNames.Apply(modelBuilder);
    }
}
