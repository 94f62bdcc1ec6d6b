using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using HealthAgent.Core.Reminders;
using HealthAgent.Core.Reminders.Parsing;
using HealthAgent.Core.Reminders.Scheduling;
using Microsoft.SemanticKernel;

namespace HealthAgent.Agent.Plugins.Reminders;

/// <summary>The <c>reminders</c> plugin: creates, lists, moves, pauses, resumes and deletes reminders in the user's local time.</summary>
public sealed class RemindersPlugin(ToolContext user, ReminderService reminders)
{
    /// <summary>The plugin's name.</summary>
    public const string Name = "reminders";

    /// <summary><c>reminders_create</c>.</summary>
    [KernelFunction("create"), Description("Creates a reminder in the user's local time: once (date+time), daily (time, optional weekdays), weekly (weekdays+time), every N hours in a window, or cron.")]
    public async Task<CreatedReminder> CreateAsync(
        [MaxLength(ReminderService.MaxMessageLength)] string message,
        ScheduleType type,
        ReminderKind? kind = null,
        [Description("Local time HH:mm.")] string? time = null,
        [Description("Local date yyyy-MM-dd (once).")] DateOnly? date = null,
        DayOfWeek[]? weekdays = null,
        [Range(1, 24)] int? intervalHours = null,
        [Description("Local time HH:mm.")] string? windowStart = null,
        [Description("Local time HH:mm.")] string? windowEnd = null,
        [Description("Five fields: minute hour day-of-month month day-of-week.")] string? cron = null,
        [Description("Local date yyyy-MM-dd after which it stops.")] DateOnly? endDate = null,
        CancellationToken cancellationToken = default)
    {
        var mask = (weekdays ?? []).Aggregate(0, (days, day) => days | 1 << (int)day);
        var schedule = new ReminderSchedule(type, Time(time), date, mask, intervalHours, Time(windowStart), Time(windowEnd), cron);
        var draft = new ReminderDraft(message, kind ?? ReminderPhraseParser.GuessKind(message), schedule, endDate);
        var (reminder, created) = await reminders.CreateAsync(user.UserId, draft, cancellationToken);
        return new CreatedReminder(created, reminder);
    }

    /// <summary><c>reminders_list</c>.</summary>
    [KernelFunction("list"), Description("Lists the user's reminders (active and paused) with their schedules and next occurrence.")]
    public async Task<ReminderList> ListAsync(CancellationToken cancellationToken = default) =>
        new(await reminders.ListAsync(user.UserId, cancellationToken));

    /// <summary><c>reminders_move</c>.</summary>
    [KernelFunction("move"), Description("Moves a reminder, named by words of its message, its kind, or its id, to a new local time (HH:mm).")]
    public async Task<MovedReminder> MoveAsync(
        [Description("Words of the reminder's message, its kind, or its id.")] string reminder,
        [Description("The new local time HH:mm.")] string time,
        CancellationToken cancellationToken = default)
    {
        var at = Time(time) ?? throw new ToolArgumentException("The new time must be a time of day such as 08:30.");
        var matches = ReminderMatcher.Match(await reminders.ListAsync(user.UserId, cancellationToken), reminder);
        if (matches.Count != 1)
        {
            throw new ToolArgumentException(matches.Count == 0
                ? "No reminder matches that; list the reminders to find it."
                : "Several reminders match: " + string.Join("; ", matches.Select(m => m.Message)) + ". Which one?");
        }
        var current = matches[0];
        var schedule = current.Schedule.Type is ScheduleType.Once or ScheduleType.Daily or ScheduleType.Weekly
            ? current.Schedule with { Time = at }
            : throw new ToolArgumentException("Only one-off, daily and weekly reminders have a single time to move.");
        var updated = await reminders.UpdateAsync(user.UserId, current.Id,
            new ReminderDraft(current.Message, current.Kind, schedule, current.EndDate, current.TrackCompletion, current.GraceMinutes), cancellationToken);
        return new MovedReminder(updated);
    }

    /// <summary><c>reminders_change_state</c>.</summary>
    [KernelFunction("change_state"), Description("Pauses, resumes or deletes the reminders matching words of their message, their kind, or an id.")]
    public async Task<ChangedReminders> ChangeStateAsync(
        [Description("Words of the reminders' message, their kind, or an id.")] string reminder,
        ReminderAction action,
        CancellationToken cancellationToken = default)
    {
        var matches = ReminderMatcher.Match(await reminders.ListAsync(user.UserId, cancellationToken), reminder);
        if (matches.Count == 0)
        {
            throw new ToolArgumentException("No reminder matches that; list the reminders to find it.");
        }
        foreach (var match in matches)
        {
            if (action == ReminderAction.Delete)
            {
                await reminders.DeleteAsync(user.UserId, match.Id, cancellationToken);
            }
            else
            {
                await reminders.SetActiveAsync(user.UserId, match.Id, action == ReminderAction.Resume, cancellationToken);
            }
        }
        return new ChangedReminders(action, [.. matches.Select(m => new ReminderName(m.Id, m.Message))]);
    }

    private static TimeOnly? Time(string? text) => ReminderPhraseParser.ParseTime(text);
}
