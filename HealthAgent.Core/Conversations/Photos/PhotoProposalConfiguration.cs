using HealthAgent.Core.Users;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HealthAgent.Core.Conversations.Photos;

internal sealed class PhotoProposalConfiguration : IEntityTypeConfiguration<PhotoProposal>
{
    public void Configure(EntityTypeBuilder<PhotoProposal> proposal)
    {
        proposal.ToTable("photo_proposals");
        proposal.HasKey(p => p.Id);
        proposal.Property(p => p.Id).ValueGeneratedNever();
        proposal.Property(p => p.Items).HasColumnType("jsonb");
        proposal.HasIndex(p => new { p.UserId, p.CreatedAt });
        proposal.HasOne<User>().WithMany().HasForeignKey(p => p.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
