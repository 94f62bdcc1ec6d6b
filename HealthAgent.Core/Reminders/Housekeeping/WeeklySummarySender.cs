using HealthAgent.Contracts.Conversations;
using HealthAgent.Contracts.Notifications;
using HealthAgent.Core.Charts;
using HealthAgent.Core.Food;
using HealthAgent.Core.Reminders.Dispatch;
using HealthAgent.Core.Time;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;
using NpgsqlTypes;

namespace HealthAgent.Core.Reminders.Housekeeping;

/// <summary>
/// Sends the weekly summary with the calories-vs-goal chart to everyone who opted into summaries, on the configured
/// weekday at their summary time in <c>users.time_zone</c> (<see cref="WeeklySummarySchedule"/>). As for the daily one,
/// a conditional update claims (user, week) first, so with several replicas only one sends; a send that must be retried
/// releases the claim, and the Bot's idempotency key covers a crash after sending.
/// </summary>
public sealed class WeeklySummarySender(
    NpgsqlDataSource dataSource, NotificationClient bot, IServiceScopeFactory scopes, IOptions<WeeklySummaryOptions> options, TimeProvider time,
    ILogger<WeeklySummarySender> logger)
{
    private readonly SummaryClaim _claims = SummaryClaim.Weekly(dataSource);

    /// <summary>Sends every weekly summary now due; returns how many were delivered.</summary>
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var due = new List<(Guid User, long Chat, DateOnly Week, DateOnly? Previous)>();
        await using (var command = dataSource.CreateCommand("""
            SELECT s.user_id, u.telegram_id, s.daily_summary_time, s.last_weekly_summary_week, u.time_zone
              FROM reminder_settings s JOIN users u ON u.id = s.user_id
             WHERE s.daily_summary_enabled
            """))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                DateOnly? last = reader.IsDBNull(3) ? null : reader.GetFieldValue<DateOnly>(3);
                var zone = TimeZones.Find(reader.GetString(4));
                if (WeeklySummarySchedule.DueWeek(now, zone, options.Value.Day, reader.GetFieldValue<TimeOnly>(2), last) is { } week)
                {
                    due.Add((reader.GetGuid(0), reader.GetInt64(1), week, last));
                }
            }
        }
        var sent = 0;
        foreach (var (user, chat, week, previous) in due)
        {
            NotificationOutcome? outcome;
            try
            {
                outcome = await _claims.SendOnceAsync(user, week, previous,
                    async ct => await bot.SendAsync(await ComposeAsync(user, chat, week, ct), ct), cancellationToken);
            }
            catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                // One user's failure must not hold up everyone after them; the released claim is tried again next run.
                logger.LogError(e, "The weekly summary of user {UserId} for the week of {Week} could not be composed", user, week);
                continue;
            }
            if (outcome == NotificationOutcome.Delivered)
            {
                sent++;
            }
        }
        return sent;
    }

    // The words and the chart come from the same stored week; a week with nothing logged goes without an empty chart.
    private async Task<NotificationRequest> ComposeAsync(Guid user, long chat, DateOnly week, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var summary = await scope.ServiceProvider.GetRequiredService<FoodSummaryService>().WeeklyAsync(user, week, cancellationToken);
        ReplyImage? image = null;
        if (summary.DaysLogged > 0)
        {
            var chart = await scope.ServiceProvider.GetRequiredService<ChartService>().RenderAsync(user, ChartKind.Calories, week, cancellationToken);
            image = new ReplyImage(Convert.ToBase64String(chart.Png), ChartImage.MediaType);
        }
        return new NotificationRequest(chat, WeeklySummaryText.Of(summary), null, $"weekly:{user:N}:{week:yyyyMMdd}", image);
    }


}
