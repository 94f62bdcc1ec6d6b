using System.Security.Cryptography;
using HealthAgent.Core.Caching;
using HealthAgent.Core.Common;
using HealthAgent.Core.Data;
using HealthAgent.Core.Users;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace HealthAgent.Core.Plans;

/// <summary>
/// Invite codes and plans (docs/api.md, "Plans and invites"): administrators make codes with a plan, a number of uses
/// and an expiry; a user redeems one with <c>/activate</c>, which grants access (when <c>Invites:Required</c>) and sets
/// their plan; an administrator can also set a user's plan. Quotas follow the plan within a minute.
/// </summary>
public sealed class PlanService(HealthDbContext db, AppCache cache, IOptions<InviteOptions> options, TimeProvider time)
{
    /// <summary>The most uses one code may have.</summary>
    public const int MaxUses = 10_000;

    /// <summary>The longest note.</summary>
    public const int MaxNoteLength = 200;

    // Letters and digits that cannot be mistaken for one another.
    private const string Alphabet = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

    /// <summary>Whether new users start without access until they redeem a code.</summary>
    public bool InvitesRequired => options.Value.Required;

    /// <summary>Makes a code.</summary>
    /// <exception cref="DomainValidationException">An unknown plan, uses out of range, an expiry in the past or a long note.</exception>
    public async Task<InviteView> CreateCodeAsync(string? plan, int? maxUses, DateTimeOffset? expiresAt, string? note, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var errors = new Dictionary<string, string[]>();
        if (!PlanNames.IsKnown(plan))
        {
            errors["plan"] = [$"plan is one of {string.Join(", ", PlanNames.All)}."];
        }
        if (maxUses is < 1 or > MaxUses)
        {
            errors["maxUses"] = [$"maxUses is 1 to {MaxUses}."];
        }
        if (expiresAt is { } expiry && expiry <= now)
        {
            errors["expiresAt"] = ["expiresAt must be in the future."];
        }
        if (note is { Length: > MaxNoteLength })
        {
            errors["note"] = [$"note has at most {MaxNoteLength} characters."];
        }
        if (errors.Count > 0)
        {
            throw new DomainValidationException(errors);
        }
        var code = new InviteCode
        {
            Code = "HA-" + RandomNumberGenerator.GetString(Alphabet, 4) + "-" + RandomNumberGenerator.GetString(Alphabet, 4),
            Plan = plan!, MaxUses = maxUses ?? 1, ExpiresAt = expiresAt, Note = note?.Trim(), CreatedAt = now,
        };
        db.Set<InviteCode>().Add(code);
        await db.SaveChangesAsync(cancellationToken);
        return InviteView.Of(code);
    }

    /// <summary>Every code, newest first.</summary>
    public async Task<IReadOnlyList<InviteView>> CodesAsync(CancellationToken cancellationToken) =>
        [.. (await db.Set<InviteCode>().AsNoTracking().OrderByDescending(c => c.CreatedAt).ToListAsync(cancellationToken)).Select(InviteView.Of)];

    /// <summary>Revokes a code: it can no longer be redeemed; those who did keep their plan.</summary>
    /// <exception cref="NotFoundException">No such code.</exception>
    public async Task<InviteView> RevokeAsync(string code, CancellationToken cancellationToken)
    {
        var found = await db.Set<InviteCode>().SingleOrDefaultAsync(c => c.Code == Normalize(code), cancellationToken) ?? throw new NotFoundException("The invite code");
        found.RevokedAt ??= time.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        return InviteView.Of(found);
    }

    /// <summary>Redeems <paramref name="code"/> for the user: access, and the code's plan. Redeeming the same code again changes nothing.</summary>
    /// <exception cref="DomainValidationException">The code is unknown, revoked, expired or used up (a sentence for the user).</exception>
    public async Task<UserProfile> RedeemAsync(Guid userId, string code, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var key = Normalize(code);
        var invite = await db.Set<InviteCode>().SingleOrDefaultAsync(c => c.Code == key, cancellationToken);
        // The redemption is looked for before the user is read: it commits with the plan, so the user read after it shows that plan.
        var redeemed = invite is not null && await db.Set<InviteRedemption>().AnyAsync(r => r.Code == key && r.UserId == userId, cancellationToken);
        var user = await db.Set<User>().SingleOrDefaultAsync(u => u.Id == userId, cancellationToken) ?? throw new NotFoundException("The user");
        if (redeemed)
        {
            return UserProfile.From(user);
        }
        var problem = invite is null ? "I don't know that code; check it for typos."
            : invite.RevokedAt is not null ? "That code was withdrawn."
            : invite.ExpiresAt <= now ? "That code has expired."
            : invite.Uses >= invite.MaxUses ? "That code has been used up."
            : null;
        if (problem is not null)
        {
            throw DomainValidationException.For("code", problem);
        }
        // One transaction: the redemption, the use and the plan commit together or not at all. The redemption row goes
        // first: its key (code, user) makes a second press by the same user wait for the first and then insert nothing.
        // The use is counted in the same statement that checks it, so two users racing for the last use cannot both win.
        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            var recorded = await db.Database.ExecuteSqlAsync($"""
                INSERT INTO invite_redemptions (code, user_id, redeemed_at) VALUES ({key}, {userId}, {now})
                ON CONFLICT (code, user_id) DO NOTHING
                """, cancellationToken);
            if (recorded == 0)
            {
                await transaction.RollbackAsync(cancellationToken);
                await db.Entry(user).ReloadAsync(cancellationToken);
                return UserProfile.From(user);
            }
            var counted = await db.Set<InviteCode>().Where(c => c.Code == key && c.Uses < c.MaxUses)
                .ExecuteUpdateAsync(s => s.SetProperty(c => c.Uses, c => c.Uses + 1), cancellationToken);
            if (counted == 0)
            {
                throw DomainValidationException.For("code", "That code has been used up.");
            }
            user.Plan = invite!.Plan;
            user.AccessGrantedAt ??= now;
            user.UpdatedAt = now;
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        await cache.RemoveAsync(UserService.CacheKey(userId), cancellationToken);
        return UserProfile.From(user);
    }

    /// <summary>Puts a user on <paramref name="plan"/> (administrators).</summary>
    /// <exception cref="DomainValidationException">An unknown plan.</exception>
    /// <exception cref="NotFoundException">No such user.</exception>
    public async Task<UserProfile> SetPlanAsync(Guid userId, string? plan, CancellationToken cancellationToken)
    {
        if (!PlanNames.IsKnown(plan))
        {
            throw DomainValidationException.For("plan", $"plan is one of {string.Join(", ", PlanNames.All)}.");
        }
        var user = await db.Set<User>().SingleOrDefaultAsync(u => u.Id == userId, cancellationToken) ?? throw new NotFoundException("The user");
        (user.Plan, user.UpdatedAt) = (plan!, time.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        await cache.RemoveAsync(UserService.CacheKey(userId), cancellationToken);
        return UserProfile.From(user);
    }

    private static string Normalize(string code) => code.Trim().ToUpperInvariant();
}
