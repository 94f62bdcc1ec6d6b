using HealthAgent.Core.Common;
using HealthAgent.Core.Data;
using HealthAgent.Core.Gamification;
using HealthAgent.Core.Reminders.Completion;
using HealthAgent.Core.Reminders.Dispatch;
using HealthAgent.Core.Reminders.Scheduling;
using HealthAgent.Core.Reminders.Statistics;
using HealthAgent.Core.Time;
using HealthAgent.Core.Users;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace HealthAgent.Core.Reminders;

/// <summary>Reminders of one user: manage, complete, and report. Every query filters by the user.</summary>
public sealed class ReminderService(HealthDbContext db, GamificationRecorder recorder, TimeProvider time, IOptions<ReminderDispatchOptions> options)
{
    /// <summary>The most reminders one user may have.</summary>
    public const int MaxRemindersPerUser = 100;

    /// <summary>The most occurrences one upcoming request lists.</summary>
    public const int MaxUpcoming = 100;

    /// <summary>The longest reminder message.</summary>
    public const int MaxMessageLength = 500;

    /// <summary>How long Snooze postpones.</summary>
    public static readonly TimeSpan SnoozeFor = TimeSpan.FromMinutes(30);

    /// <summary>Creates a reminder; an exact duplicate of an existing one returns that one with <c>Created = false</c>.</summary>
    /// <exception cref="DomainValidationException">The draft is invalid.</exception>
    /// <exception cref="NotFoundException">There is no such user.</exception>
    public async Task<(ReminderView Reminder, bool Created)> CreateAsync(Guid userId, ReminderDraft draft, CancellationToken cancellationToken)
    {
        draft = Normalise(draft);
        var zone = await db.TimeZoneOfAsync(userId, cancellationToken);
        var existing = await db.Set<Reminder>().Where(r => r.UserId == userId).ToListAsync(cancellationToken);
        if (existing.FirstOrDefault(r => IsSame(r, draft)) is { } same)
        {
            return (ReminderView.Of(same), false);
        }
        if (existing.Count >= MaxRemindersPerUser)
        {
            throw DomainValidationException.For("reminders", $"A user can have at most {MaxRemindersPerUser} reminders.");
        }
        var now = time.GetUtcNow();
        var reminder = new Reminder { Id = Guid.CreateVersion7(now), UserId = userId, Message = draft.Message, CreatedAt = now };
        Apply(reminder, draft, now, zone);
        db.Set<Reminder>().Add(reminder);
        await db.SaveChangesAsync(cancellationToken);
        return (ReminderView.Of(reminder), true);
    }

    /// <summary>The user's reminders, oldest first.</summary>
    public async Task<IReadOnlyList<ReminderView>> ListAsync(Guid userId, CancellationToken cancellationToken) =>
        (await db.Set<Reminder>().AsNoTracking().Where(r => r.UserId == userId).OrderBy(r => r.CreatedAt).ThenBy(r => r.Id).ToListAsync(cancellationToken))
            .Select(ReminderView.Of).ToList();

    /// <summary>One reminder of the user.</summary>
    /// <exception cref="NotFoundException">The user has no such reminder.</exception>
    public async Task<ReminderView> GetAsync(Guid userId, Guid reminderId, CancellationToken cancellationToken) =>
        ReminderView.Of(await FindAsync(userId, reminderId, cancellationToken));

    /// <summary>Replaces a reminder's message, kind and schedule; the next occurrence is computed from now.</summary>
    /// <exception cref="NotFoundException">The user has no such reminder.</exception>
    /// <exception cref="DomainValidationException">The draft is invalid.</exception>
    public async Task<ReminderView> UpdateAsync(Guid userId, Guid reminderId, ReminderDraft draft, CancellationToken cancellationToken)
    {
        draft = Normalise(draft);
        var reminder = await FindAsync(userId, reminderId, cancellationToken);
        var zone = await db.TimeZoneOfAsync(userId, cancellationToken);
        reminder.Message = draft.Message;
        Apply(reminder, draft, time.GetUtcNow(), zone);
        await db.SaveChangesAsync(cancellationToken);
        return ReminderView.Of(reminder);
    }

    /// <summary>Pauses or resumes; resuming starts from now, so occurrences passed while paused are not sent.</summary>
    /// <exception cref="NotFoundException">The user has no such reminder.</exception>
    public async Task<ReminderView> SetActiveAsync(Guid userId, Guid reminderId, bool active, CancellationToken cancellationToken)
    {
        var reminder = await FindAsync(userId, reminderId, cancellationToken);
        if (reminder.Active != active)
        {
            var now = time.GetUtcNow();
            reminder.Active = active;
            if (active)
            {
                reminder.FiredThrough = now;
                reminder.NextFireAt = Recurrence.Next(reminder.Schedule, now, await db.TimeZoneOfAsync(userId, cancellationToken), reminder.EndDate);
            }
            reminder.UpdatedAt = now;
            await db.SaveChangesAsync(cancellationToken);
        }
        return ReminderView.Of(reminder);
    }

    /// <summary>Deletes a reminder and its deliveries.</summary>
    /// <exception cref="NotFoundException">The user has no such reminder.</exception>
    public async Task DeleteAsync(Guid userId, Guid reminderId, CancellationToken cancellationToken)
    {
        var deleted = await db.Set<Reminder>().Where(r => r.UserId == userId && r.Id == reminderId).ExecuteDeleteAsync(cancellationToken);
        if (deleted == 0)
        {
            throw new NotFoundException("Reminder");
        }
    }

    /// <summary>Statistics of one reminder, or of all the user's reminders when <paramref name="reminderId"/> is null.</summary>
    /// <exception cref="NotFoundException">The user has no such reminder.</exception>
    public async Task<ReminderStatistics> StatisticsAsync(Guid userId, Guid? reminderId, CancellationToken cancellationToken)
    {
        if (reminderId is { } id)
        {
            await FindAsync(userId, id, cancellationToken);
        }
        var zone = await db.TimeZoneOfAsync(userId, cancellationToken);
        var deliveries = await db.Set<ReminderDelivery>().AsNoTracking()
            .Where(d => d.UserId == userId && (reminderId == null || d.ReminderId == reminderId))
            .ToListAsync(cancellationToken);
        return ReminderStatisticsCalculator.Compute(reminderId, deliveries, zone);
    }

    /// <summary>The next occurrences of the user's active reminders (or of one), soonest first, computed in the current zone.</summary>
    /// <exception cref="NotFoundException">The user has no such reminder.</exception>
    public async Task<IReadOnlyList<UpcomingOccurrence>> UpcomingAsync(Guid userId, Guid? reminderId, int count, CancellationToken cancellationToken)
    {
        if (count is < 1 or > MaxUpcoming)
        {
            throw DomainValidationException.For("count", $"count is 1 to {MaxUpcoming}.");
        }
        var zone = await db.TimeZoneOfAsync(userId, cancellationToken);
        var reminders = await db.Set<Reminder>().AsNoTracking()
            .Where(r => r.UserId == userId && r.Active && (reminderId == null || r.Id == reminderId)).ToListAsync(cancellationToken);
        if (reminderId is not null && reminders.Count == 0)
        {
            await FindAsync(userId, reminderId.Value, cancellationToken);
        }
        var now = time.GetUtcNow();
        return reminders
            .SelectMany(r => Recurrence.Upcoming(r.Schedule, Max(now, r.FiredThrough), zone, count, r.EndDate)
                .Select(at => new UpcomingOccurrence(r.Id, r.Message, at, ZonedTime.LocalDateTime(at, zone))))
            .OrderBy(o => o.At).Take(count).ToList();
    }

    /// <summary>Marks an occurrence done: on time within 30 minutes of the scheduled instant; XP in the same transaction.</summary>
    /// <exception cref="NotFoundException">The user has no such delivery.</exception>
    public async Task<CompletionResult> CompleteAsync(Guid userId, Guid deliveryId, CancellationToken cancellationToken)
    {
        var delivery = await FindDeliveryAsync(userId, deliveryId, cancellationToken);
        if (delivery.Status is DeliveryStatus.Done)
        {
            return new CompletionResult(delivery.Status, false, 0, await MessageOfAsync(delivery, cancellationToken));
        }
        var now = time.GetUtcNow();
        var onTime = now - delivery.ScheduledAt <= ReminderStatisticsCalculator.OnTimeWindow;
        delivery.Status = DeliveryStatus.Done;
        delivery.CompletedAt = now;
        var award = await recorder.RecordAsync(db, userId, onTime ? Gamification.ActivityKind.ReminderDoneOnTime : Gamification.ActivityKind.ReminderDone,
            $"reminder-delivery:{deliveryId:N}", now, cancellationToken);
        await Gamification.GamificationRecorder.SaveAsync(db, cancellationToken);
        return new CompletionResult(delivery.Status, onTime, award.XpAwarded, await MessageOfAsync(delivery, cancellationToken));
    }

    /// <summary>Marks an occurrence skipped, with an optional reason (a later call may add the reason).</summary>
    /// <exception cref="NotFoundException">The user has no such delivery.</exception>
    /// <exception cref="DomainValidationException">The reason is longer than 200 characters.</exception>
    public async Task<CompletionResult> SkipAsync(Guid userId, Guid deliveryId, string? reason, CancellationToken cancellationToken)
    {
        if (reason?.Length > 200)
        {
            throw DomainValidationException.For("reason", "The reason has at most 200 characters.");
        }
        var delivery = await FindDeliveryAsync(userId, deliveryId, cancellationToken);
        if (delivery.Status is not DeliveryStatus.Done)
        {
            delivery.Status = DeliveryStatus.Skipped;
            delivery.CompletedAt ??= time.GetUtcNow();
            delivery.SkipReason = string.IsNullOrWhiteSpace(reason) ? delivery.SkipReason : reason.Trim();
            await db.SaveChangesAsync(cancellationToken);
        }
        return new CompletionResult(delivery.Status, false, 0, await MessageOfAsync(delivery, cancellationToken));
    }

    /// <summary>Snoozes an occurrence: a one-off occurrence of the same reminder 30 minutes from now.</summary>
    /// <exception cref="NotFoundException">The user has no such delivery.</exception>
    public async Task<(CompletionResult Result, DateTimeOffset At)> SnoozeAsync(Guid userId, Guid deliveryId, CancellationToken cancellationToken)
    {
        var delivery = await FindDeliveryAsync(userId, deliveryId, cancellationToken);
        var now = time.GetUtcNow();
        var at = now + SnoozeFor;
        if (delivery.Status is DeliveryStatus.Sent or DeliveryStatus.Missed or DeliveryStatus.Failed)
        {
            delivery.Status = DeliveryStatus.Snoozed;
            delivery.CompletedAt = now;
            db.Set<ReminderDelivery>().Add(new ReminderDelivery
            {
                Id = Guid.CreateVersion7(now), ReminderId = delivery.ReminderId, UserId = userId, ScheduledAt = at,
                Status = DeliveryStatus.Pending, NextAttemptAt = at, CreatedAt = now,
            });
            await db.SaveChangesAsync(cancellationToken);
        }
        return (new CompletionResult(delivery.Status, false, 0, await MessageOfAsync(delivery, cancellationToken)), at);
    }

    /// <summary>The user's daily-summary settings (defaults when never set).</summary>
    public async Task<ReminderSettings> GetSettingsAsync(Guid userId, CancellationToken cancellationToken) =>
        await db.Set<ReminderSettings>().AsNoTracking().SingleOrDefaultAsync(s => s.UserId == userId, cancellationToken)
            ?? new ReminderSettings { UserId = userId };

    /// <summary>Opts in or out of the daily summary at a local time.</summary>
    /// <exception cref="NotFoundException">There is no such user.</exception>
    public async Task<ReminderSettings> SetDailySummaryAsync(Guid userId, bool enabled, TimeOnly at, CancellationToken cancellationToken)
    {
        await db.TimeZoneOfAsync(userId, cancellationToken);
        var settings = await db.Set<ReminderSettings>().SingleOrDefaultAsync(s => s.UserId == userId, cancellationToken);
        if (settings is null)
        {
            settings = new ReminderSettings { UserId = userId };
            db.Set<ReminderSettings>().Add(settings);
        }
        settings.DailySummaryEnabled = enabled;
        settings.DailySummaryTime = new TimeOnly(at.Hour, at.Minute);
        settings.UpdatedAt = time.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        return settings;
    }

    private void Apply(Reminder reminder, ReminderDraft draft, DateTimeOffset now, TimeZoneInfo zone)
    {
        var today = ZonedTime.LocalDate(now, zone);
        if (draft.EndDate is { } end && (end < today || TimeRules.DateProblem(end, today) is not null))
        {
            throw DomainValidationException.For("endDate", "The end date is today or later, at most ten years ahead.");
        }
        if (draft.Schedule.Date is { } date && TimeRules.DateProblem(date, today) is { } problem)
        {
            throw DomainValidationException.For("schedule.date", problem);
        }
        reminder.Kind = draft.Kind;
        reminder.Schedule = draft.Schedule;
        reminder.EndDate = draft.EndDate;
        reminder.TrackCompletion = draft.TrackCompletion;
        reminder.GraceMinutes = draft.GraceMinutes ?? options.Value.DefaultGraceMinutes;
        reminder.FiredThrough = now;
        reminder.NextFireAt = Recurrence.Next(reminder.Schedule, now, zone, reminder.EndDate);
        reminder.UpdatedAt = now;
    }

    private static ReminderDraft Normalise(ReminderDraft draft)
    {
        var message = draft.Message?.Trim() ?? "";
        if (message.Length is 0 or > MaxMessageLength)
        {
            throw DomainValidationException.For("message", $"The message has 1 to {MaxMessageLength} characters.");
        }
        if (!Enum.IsDefined(draft.Kind))
        {
            throw DomainValidationException.For("kind", "Unknown kind.");
        }
        if (draft.GraceMinutes is < 0 or > 1440)
        {
            throw DomainValidationException.For("graceMinutes", "The grace window is 0 to 1440 minutes.");
        }
        ReminderSchedules.Validate(draft.Schedule);
        return draft with { Message = message, Schedule = draft.Schedule with { Cron = draft.Schedule.Cron?.Trim() } };
    }

    private bool IsSame(Reminder r, ReminderDraft d) =>
        r.Message == d.Message && r.Kind == d.Kind && r.Schedule == d.Schedule && r.EndDate == d.EndDate
        && r.TrackCompletion == d.TrackCompletion && r.GraceMinutes == (d.GraceMinutes ?? options.Value.DefaultGraceMinutes);

    private async Task<Reminder> FindAsync(Guid userId, Guid reminderId, CancellationToken cancellationToken) =>
        await db.Set<Reminder>().SingleOrDefaultAsync(r => r.UserId == userId && r.Id == reminderId, cancellationToken)
            ?? throw new NotFoundException("Reminder");

    private async Task<ReminderDelivery> FindDeliveryAsync(Guid userId, Guid deliveryId, CancellationToken cancellationToken) =>
        await db.Set<ReminderDelivery>().SingleOrDefaultAsync(d => d.UserId == userId && d.Id == deliveryId, cancellationToken)
            ?? throw new NotFoundException("Reminder delivery");

    private async Task<string> MessageOfAsync(ReminderDelivery delivery, CancellationToken cancellationToken) =>
        await db.Set<Reminder>().Where(r => r.Id == delivery.ReminderId).Select(r => r.Message).SingleOrDefaultAsync(cancellationToken) ?? "";

    private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;
}
