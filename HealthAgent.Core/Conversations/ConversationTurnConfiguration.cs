using HealthAgent.Core.Data;
using HealthAgent.Core.Users;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HealthAgent.Core.Conversations;

internal sealed class ConversationTurnConfiguration : IEntityTypeConfiguration<ConversationTurn>
{
    public void Configure(EntityTypeBuilder<ConversationTurn> turn)
    {
        turn.ToTable("conversation_turns");
        turn.HasKey(t => t.Id);
        turn.Property(t => t.Id).ValueGeneratedNever();
        turn.Property(t => t.Role).HasConversion(new SnakeCaseEnum<TurnRole>());
        turn.HasIndex(t => new { t.UserId, t.CreatedAt });
        turn.HasOne<User>().WithMany().HasForeignKey(t => t.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
