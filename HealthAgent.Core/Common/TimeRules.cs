namespace HealthAgent.Core.Common;

/// <summary>
/// The one window of plausible dates and times, relative to now. Something logged (a meal, a weight, a night, a
/// drink, a session, a mood, a tracker entry) happened at most <see cref="MaxAge"/> ago and at most
/// <see cref="MaxAhead"/> ahead (clocks drift, messages queue). A date asked about or planned (a summary's day, a
/// reminder's date or end) lies within <see cref="MaxAge"/> before and <see cref="MaxPlanAhead"/> after today.
/// </summary>
public static class TimeRules
{
    /// <summary>How long ago a logged event may have happened.</summary>
    public static readonly TimeSpan MaxAge = TimeSpan.FromDays(2 * 365 + 1);

    /// <summary>How far ahead of now a logged event's time may be.</summary>
    public static readonly TimeSpan MaxAhead = TimeSpan.FromHours(1);

    /// <summary>How far ahead a date may be planned (a reminder's date or end date).</summary>
    public static readonly TimeSpan MaxPlanAhead = TimeSpan.FromDays(10 * 365 + 2);

    /// <summary>Why <paramref name="at"/> is no plausible time for something logged now, or null when it is.</summary>
    public static string? LoggedProblem(DateTimeOffset at, DateTimeOffset now) =>
        at > now + MaxAhead ? "The time cannot be in the future."
        : at < now - MaxAge ? "The time is more than two years ago."
        : null;

    /// <summary>Why <paramref name="date"/> is no plausible day to ask about or plan for, or null when it is.</summary>
    public static string? DateProblem(DateOnly date, DateOnly today) =>
        date < today.AddDays(-(int)MaxAge.TotalDays) ? "The date is more than two years ago."
        : date > today.AddDays((int)MaxPlanAhead.TotalDays) ? "The date is more than ten years ahead."
        : null;

    /// <summary>Throws a validation error for <paramref name="field"/> when <paramref name="at"/> is implausible.</summary>
    /// <exception cref="DomainValidationException">The time is outside the window.</exception>
    public static DateTimeOffset Logged(string field, DateTimeOffset at, DateTimeOffset now) =>
        LoggedProblem(at, now) is { } problem ? throw DomainValidationException.For(field, problem) : at;

    /// <summary>Throws a validation error for <paramref name="field"/> when <paramref name="date"/> is implausible.</summary>
    /// <exception cref="DomainValidationException">The date is outside the window.</exception>
    public static DateOnly Date(string field, DateOnly date, DateOnly today) =>
        DateProblem(date, today) is { } problem ? throw DomainValidationException.For(field, problem) : date;
}
