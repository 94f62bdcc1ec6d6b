using HealthAgent.Api.Contracts;
using HealthAgent.Core.Common;
using HealthAgent.Core.Reminders;
using HealthAgent.Core.Reminders.Statistics;
using Microsoft.AspNetCore.Http.HttpResults;

namespace HealthAgent.Api.Apis;

/// <summary>Reminders: create (an exact duplicate returns the existing one), list, get, update, pause/resume, delete, statistics, upcoming; daily-summary settings.</summary>
public static class RemindersApi
{
    public static IEndpointRouteBuilder MapRemindersApi(this IEndpointRouteBuilder app)
    {
        var reminders = app.MapUserScope("/reminders", "Reminders");
        reminders.MapPost("", Create).WithName("CreateReminder").WithSummary("Creates a reminder; 200 with the existing one for an exact duplicate.");
        reminders.MapGet("", List).WithName("ListReminders").WithSummary("The user's reminders with their next occurrence.");
        reminders.MapGet("/statistics", Statistics).WithName("ReminderStatistics").WithSummary("Completion over all reminders.");
        reminders.MapGet("/upcoming", Upcoming).WithName("UpcomingReminders").WithSummary("The next occurrences, soonest first (?count, default 10).");
        reminders.MapGet("/settings", GetSettings).WithName("GetReminderSettings").WithSummary("Whether the daily summary is on, and at which local time.");
        reminders.MapPut("/settings", SetSettings).WithName("SetReminderSettings").WithSummary("Opt in or out of the daily summary at a local time.");
        reminders.MapGet("/{reminderId:guid}", Get).WithName("GetReminder").WithSummary("One reminder.");
        reminders.MapPut("/{reminderId:guid}", Update).WithName("UpdateReminder").WithSummary("Replaces message, kind and schedule; the next occurrence is computed from now.");
        reminders.MapPost("/{reminderId:guid}/pause", Pause).WithName("PauseReminder").WithSummary("Pauses a reminder until it is resumed.");
        reminders.MapPost("/{reminderId:guid}/resume", Resume).WithName("ResumeReminder").WithSummary("Resumes from now; occurrences passed while paused are not sent.");
        reminders.MapDelete("/{reminderId:guid}", Delete).WithName("DeleteReminder").WithSummary("Deletes a reminder.");
        reminders.MapGet("/{reminderId:guid}/statistics", ReminderStatistics).WithName("ReminderStatisticsOfOne").WithSummary("Completion of one reminder.");
        reminders.MapGet("/{reminderId:guid}/upcoming", UpcomingOfOne).WithName("UpcomingOfOneReminder").WithSummary("One reminder's next occurrences, soonest first (?count, default 10).");
        return app;
    }

    private static async Task<Results<Created<ReminderView>, Ok<ReminderView>>> Create(Guid userId, ReminderRequest request, ReminderService service, CancellationToken ct)
    {
        var (reminder, created) = await service.CreateAsync(userId, Draft(request), ct);
        return created ? TypedResults.Created($"/api/v1/users/{userId}/reminders/{reminder.Id}", reminder) : TypedResults.Ok(reminder);
    }

    private static async Task<Ok<IReadOnlyList<ReminderView>>> List(Guid userId, ReminderService service, CancellationToken ct) =>
        TypedResults.Ok(await service.ListAsync(userId, ct));

    private static async Task<Ok<ReminderView>> Get(Guid userId, Guid reminderId, ReminderService service, CancellationToken ct) =>
        TypedResults.Ok(await service.GetAsync(userId, reminderId, ct));

    private static async Task<Ok<ReminderView>> Update(Guid userId, Guid reminderId, ReminderRequest request, ReminderService service, CancellationToken ct) =>
        TypedResults.Ok(await service.UpdateAsync(userId, reminderId, Draft(request), ct));

    private static async Task<Ok<ReminderView>> Pause(Guid userId, Guid reminderId, ReminderService service, CancellationToken ct) =>
        TypedResults.Ok(await service.SetActiveAsync(userId, reminderId, false, ct));

    private static async Task<Ok<ReminderView>> Resume(Guid userId, Guid reminderId, ReminderService service, CancellationToken ct) =>
        TypedResults.Ok(await service.SetActiveAsync(userId, reminderId, true, ct));

    private static async Task<NoContent> Delete(Guid userId, Guid reminderId, ReminderService service, CancellationToken ct)
    {
        await service.DeleteAsync(userId, reminderId, ct);
        return TypedResults.NoContent();
    }

    private static async Task<Ok<ReminderStatistics>> Statistics(Guid userId, ReminderService service, CancellationToken ct) =>
        TypedResults.Ok(await service.StatisticsAsync(userId, null, ct));

    private static async Task<Ok<ReminderStatistics>> ReminderStatistics(Guid userId, Guid reminderId, ReminderService service, CancellationToken ct) =>
        TypedResults.Ok(await service.StatisticsAsync(userId, reminderId, ct));

    private static async Task<Ok<IReadOnlyList<UpcomingOccurrence>>> Upcoming(Guid userId, int? count, ReminderService service, CancellationToken ct) =>
        TypedResults.Ok(await service.UpcomingAsync(userId, null, count ?? 10, ct));

    private static async Task<Ok<IReadOnlyList<UpcomingOccurrence>>> UpcomingOfOne(Guid userId, Guid reminderId, int? count, ReminderService service, CancellationToken ct) =>
        TypedResults.Ok(await service.UpcomingAsync(userId, reminderId, count ?? 10, ct));

    private static async Task<Ok<DailySummarySettings>> GetSettings(Guid userId, ReminderService service, CancellationToken ct)
    {
        var settings = await service.GetSettingsAsync(userId, ct);
        return TypedResults.Ok(new DailySummarySettings(settings.DailySummaryEnabled, settings.DailySummaryTime));
    }

    private static async Task<Ok<DailySummarySettings>> SetSettings(Guid userId, DailySummaryRequest request, ReminderService service, CancellationToken ct)
    {
        var settings = await service.SetDailySummaryAsync(userId, request.Enabled, request.Time ?? new TimeOnly(20, 0), ct);
        return TypedResults.Ok(new DailySummarySettings(settings.DailySummaryEnabled, settings.DailySummaryTime));
    }

    private static ReminderDraft Draft(ReminderRequest request) =>
        request.Schedule is null ? throw DomainValidationException.For("schedule", "A schedule is required.") : request.ToDraft();
}
