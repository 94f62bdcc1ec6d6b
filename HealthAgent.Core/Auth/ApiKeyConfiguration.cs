using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HealthAgent.Core.Auth;

internal sealed class ApiKeyConfiguration : IEntityTypeConfiguration<ApiKey>
{
    public void Configure(EntityTypeBuilder<ApiKey> key)
    {
        key.ToTable("api_keys");
        key.HasKey(k => k.Id);
        key.Property(k => k.Id).HasDefaultValueSql("gen_random_uuid()");
        key.HasIndex(k => k.Prefix).IsUnique();
        key.HasIndex(k => new { k.UserId, k.CreatedAt });
        key.Property(k => k.CreatedAt).HasDefaultValueSql("now()");
        key.HasOne<Users.User>().WithMany().HasForeignKey(k => k.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
