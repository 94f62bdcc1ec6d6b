using System.Linq.Expressions;

namespace HealthAgent.Core.Tracking;

/// <summary>A user-owned entry listed by one instant (its "time"), newest first, keyset-paginated on (time, id).</summary>
/// <typeparam name="TSelf">The entry type.</typeparam>
public interface ITrackedEntry<TSelf> where TSelf : ITrackedEntry<TSelf>
{
    /// <summary>The entry id.</summary>
    Guid Id { get; }

    /// <summary>The owner.</summary>
    Guid UserId { get; }

    /// <summary>The instant the entry is listed and counted by.</summary>
    DateTimeOffset At { get; }

    /// <summary>The same instant as a query expression over the mapped column.</summary>
    static abstract Expression<Func<TSelf, DateTimeOffset>> Time { get; }
}
