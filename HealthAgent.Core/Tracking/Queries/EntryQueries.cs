using System.Linq.Expressions;
using HealthAgent.Core.Common;
using Microsoft.EntityFrameworkCore;

namespace HealthAgent.Core.Tracking;

/// <summary>Range and keyset queries shared by every kind of entry; they run on the (user_id, time DESC, id DESC) indexes.</summary>
internal static class EntryQueries
{
    /// <summary>Entries with time in [start, end).</summary>
    public static IQueryable<T> Between<T>(this IQueryable<T> source, DateTimeOffset start, DateTimeOffset end)
        where T : class, ITrackedEntry<T>
    {
        var bounds = new Bounds(start, end, default, default);
        return source.Where(Predicate<T>(bounds, (time, b) => Expression.AndAlso(
            Expression.GreaterThanOrEqual(time, Member(b, nameof(Bounds.Start))),
            Expression.LessThan(time, Member(b, nameof(Bounds.End))))));
    }

    /// <summary>One page, newest first, after <paramref name="cursor"/>.</summary>
    public static async Task<Page<T>> PageAsync<T>(this IQueryable<T> source, int limit, string? cursor, CancellationToken cancellationToken)
        where T : class, ITrackedEntry<T>
    {
        limit = KeysetCursor.Limit(limit);
        if (KeysetCursor.Decode(cursor) is { } after)
        {
            // (time, id) < (cursor time, cursor id), spelled out so that EF translates it.
            var bounds = new Bounds(default, default, after.Time, after.Id);
            source = source.Where(Predicate<T>(bounds, (time, b) => Expression.OrElse(
                Expression.LessThan(time, Member(b, nameof(Bounds.CursorTime))),
                Expression.AndAlso(
                    Expression.Equal(time, Member(b, nameof(Bounds.CursorTime))),
                    Expression.LessThan(Expression.Property(T.Time.Parameters[0], nameof(ITrackedEntry<T>.Id)), Member(b, nameof(Bounds.CursorId)))))));
        }
        var rows = await source.AsNoTracking().OrderByDescending(T.Time).ThenByDescending(e => e.Id).Take(limit + 1).ToListAsync(cancellationToken);
        var next = rows.Count > limit ? KeysetCursor.Encode(rows[limit - 1].At, rows[limit - 1].Id) : null;
        return new Page<T>(rows.Take(limit).ToList(), next);
    }

    private static Expression<Func<T, bool>> Predicate<T>(Bounds bounds, Func<Expression, Expression, Expression> build)
        where T : class, ITrackedEntry<T> =>
        Expression.Lambda<Func<T, bool>>(build(T.Time.Body, Expression.Constant(bounds)), T.Time.Parameters);

    private static MemberExpression Member(Expression bounds, string name) => Expression.Property(bounds, name);

    // Read through a constant object so that EF sends the values as parameters, not literals.
    private sealed record Bounds(DateTimeOffset Start, DateTimeOffset End, DateTimeOffset CursorTime, Guid CursorId);
}
