using HealthAgent.Core.Data;
using HealthAgent.Core.Users;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HealthAgent.Core.Memory;

internal sealed class MemoryFactConfiguration : IEntityTypeConfiguration<MemoryFact>
{
    public void Configure(EntityTypeBuilder<MemoryFact> memory)
    {
        memory.ToTable("memories");
        memory.HasKey(m => m.Id);
        memory.Property(m => m.Id).ValueGeneratedNever();
        memory.Property(m => m.Category).HasConversion(new SnakeCaseEnum<MemoryCategory>());
        memory.Property(m => m.Source).HasConversion(new SnakeCaseEnum<MemorySource>());
        memory.HasIndex(m => new { m.UserId, m.UpdatedAt });
        memory.HasOne<User>().WithMany().HasForeignKey(m => m.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
