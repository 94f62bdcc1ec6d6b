using StackExchange.Redis;

namespace HealthAgent.ServiceDefaults.Clients;

/// <summary>
/// The process's one Redis multiplexer, connected lazily and asynchronously. It never stops start-up when Redis is
/// down (Redis holds only what can be rebuilt); the multiplexer reconnects by itself when Redis comes back.
/// </summary>
public sealed class RedisConnection(ConfigurationOptions options) : IAsyncDisposable
{
    private readonly Lazy<Task<ConnectionMultiplexer>> _multiplexer = new(
        () => ConnectionMultiplexer.ConnectAsync(options), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The multiplexer, connecting on first use.</summary>
    public async Task<IConnectionMultiplexer> GetMultiplexerAsync(CancellationToken cancellationToken = default) =>
        await _multiplexer.Value.WaitAsync(cancellationToken).ConfigureAwait(false);

    /// <summary>The default database.</summary>
    public async Task<IDatabase> GetDatabaseAsync(CancellationToken cancellationToken = default) =>
        (await GetMultiplexerAsync(cancellationToken).ConfigureAwait(false)).GetDatabase();

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (_multiplexer.IsValueCreated && _multiplexer.Value.IsCompletedSuccessfully)
        {
            var multiplexer = await _multiplexer.Value.ConfigureAwait(false);
            await multiplexer.CloseAsync().ConfigureAwait(false);
            multiplexer.Dispose();
        }
    }
}
