using System.Globalization;
using HealthAgent.Contracts.Conversations;
using HealthAgent.Core.Common;
using HealthAgent.Core.Plans;
using HealthAgent.Core.Users;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace HealthAgent.Agent.Admin;

/// <summary>
/// The admin chat commands (<c>/invite</c>, <c>/invites</c>, <c>/revoke</c>, <c>/plan</c>) for the Telegram ids of
/// <c>Telegram:AdminIds</c>. They call the same <see cref="PlanService"/> as the admin REST endpoints, so the rules and
/// limits are one; this class only reads the words and says the outcome in a sentence.
/// </summary>
public sealed class AdminCommands(PlanService plans, UserService users, IOptions<ChatAdminOptions> admins, TimeProvider time, ILogger<AdminCommands> logger)
{
    /// <summary>How <c>/invite</c> is written.</summary>
    public const string InviteUsage = "Make a code like this: /invite [plan] [days] [uses], for example /invite basic 30 5 (basic plan, valid 30 days, 5 uses). "
        + "Without them: the free plan, no expiry, one use.";

    /// <summary>How <c>/plan</c> is written.</summary>
    public const string PlanUsage = "Set a plan like this: /plan USER PLAN, where USER is a Telegram user id or a HealthAgent user id, for example /plan 123456789 premium.";

    /// <summary>The most days a code made in chat may run.</summary>
    public const int MaxDays = 3650;

    /// <summary>Whether the sender of Telegram id <paramref name="telegramId"/> is an administrator.</summary>
    public bool IsAdmin(long telegramId) => admins.Value.TelegramIds.Contains(telegramId);

    /// <summary>Runs an admin command for <paramref name="admin"/>, who must be one (<see cref="IsAdmin"/>).</summary>
    public async Task<ConversationReply> RunAsync(UserProfile admin, string command, string? args, CancellationToken cancellationToken)
    {
        var name = command.Trim().TrimStart('/').ToLowerInvariant();
        var words = (args ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        logger.LogInformation("Administrator {TelegramId} ran /{Command} {Args}", admin.TelegramId, name, args);
        try
        {
            return ConversationReply.Plain(name switch
            {
                "invite" => await InviteAsync(words, cancellationToken),
                "invites" => await ListAsync(cancellationToken),
                "revoke" when words.Length == 1 => Revoked(await plans.RevokeAsync(words[0], cancellationToken)),
                "revoke" => "Name the code to withdraw, like this: /revoke HA-7K2M-QX9P (/invites lists them).",
                _ => await SetPlanAsync(words, cancellationToken),
            });
        }
        catch (DomainValidationException e)
        {
            return ConversationReply.Plain($"That didn't work: {string.Join(" ", e.Errors.SelectMany(error => error.Value))} {(name == "plan" ? PlanUsage : InviteUsage)}");
        }
        catch (NotFoundException)
        {
            return ConversationReply.Plain(name == "revoke" ? "I don't know that code; /invites lists the usable ones." : "I don't know that user. " + PlanUsage);
        }
    }

    // "/invite [plan] [days] [uses]": a plan name first when given, then whole numbers; PlanService judges plan and uses.
    private async Task<string> InviteAsync(string[] words, CancellationToken cancellationToken)
    {
        var named = words.Length > 0 && Whole(words[0]) is null && !words[0].StartsWith('-');
        var plan = named ? words[0].ToLowerInvariant() : PlanNames.Free;
        var numbers = words.Skip(named ? 1 : 0).ToList();
        if (numbers.Count > 2)
        {
            return InviteUsage;
        }
        var days = numbers.Count > 0 ? Whole(numbers[0]) : null;
        if (numbers.Count > 0 && days is not (>= 1 and <= MaxDays))
        {
            return $"\"{numbers[0]}\" is not a number of days: give a whole number from 1 to {MaxDays}. {InviteUsage}";
        }
        var uses = numbers.Count > 1 ? Whole(numbers[1]) : null;
        if (numbers.Count > 1 && uses is null)
        {
            return $"\"{numbers[1]}\" is not a number of uses: give a whole number from 1 to {PlanService.MaxUses}. {InviteUsage}";
        }
        var invite = await plans.CreateCodeAsync(plan, uses, days is { } n ? time.GetUtcNow().AddDays(n) : null, "made in chat", cancellationToken);
        return $"New invite code {invite.Code}: {Describe(invite)}. Whoever gets it sends /activate {invite.Code}";
    }

    private static int? Whole(string word) => int.TryParse(word, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;

    private async Task<string> ListAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var usable = (await plans.CodesAsync(cancellationToken)).Where(invite => invite.IsUsableAt(now)).ToList();
        return usable.Count == 0 ? "No invite code is usable now. /invite makes one."
            : "Invite codes still usable:\n" + string.Join("\n", usable.Select(invite => $"• {invite.Code}: {Describe(invite)}"));
    }

    private static string Revoked(InviteView invite) =>
        $"{invite.Code} is withdrawn: no one else can redeem it. The {invite.Uses} who did keep their plan.";

    private async Task<string> SetPlanAsync(string[] words, CancellationToken cancellationToken)
    {
        if (words.Length != 2)
        {
            return PlanUsage;
        }
        Guid? id = Guid.TryParse(words[0], out var guid) ? guid
            : long.TryParse(words[0], NumberStyles.None, CultureInfo.InvariantCulture, out var telegramId) ? await users.FindIdByTelegramIdAsync(telegramId, cancellationToken)
            : throw new NotFoundException("The user");
        var user = await plans.SetPlanAsync(id ?? throw new NotFoundException("The user"), words[1].ToLowerInvariant(), cancellationToken);
        return $"{user.DisplayName} (Telegram id {user.TelegramId}, user {user.Id}) is now on the {user.Plan} plan.";
    }

    private static string Describe(InviteView invite) =>
        $"{invite.Plan} plan, {invite.Uses} of {invite.MaxUses} use(s) taken, "
        + (invite.ExpiresAt is { } expiry ? $"valid until {expiry.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)} UTC" : "no expiry");
}
