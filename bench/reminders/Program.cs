using System.Diagnostics;
using HealthAgent.Bench.Reminders;
using HealthAgent.Core.Data;
using HealthAgent.Core.Reminders.Dispatch;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Npgsql;

// Usage: dotnet run -c Release -- "<admin connection string>" [reminders=100000] [replicas=1,3] [batch=500] [parallelism=32]
var admin = args.ElementAtOrDefault(0) ?? throw new ArgumentException("Pass the connection string of a PostgreSQL server (see bench/README.md).");
var count = int.Parse(args.ElementAtOrDefault(1) ?? "100000");
var replicaCounts = (args.ElementAtOrDefault(2) ?? "1,3").Split(',').Select(int.Parse).ToList();
var batch = int.Parse(args.ElementAtOrDefault(3) ?? "500");
var parallelism = int.Parse(args.ElementAtOrDefault(4) ?? "32");

await using var stub = await NotificationsStub.StartAsync();
Console.WriteLine($"reminders={count} batch={batch} parallelism={parallelism} cores={Environment.ProcessorCount}");
foreach (var replicas in replicaCounts)
{
    await using var dataSource = await BenchDatabase.CreateAsync(admin, $"bench_reminders_{replicas}", count);
    stub.Reset();
    var options = Options.Create(new ReminderDispatchOptions { BatchSize = batch, SendParallelism = parallelism });
    var dispatchers = Enumerable.Range(0, replicas).Select(_ => new ReminderDispatcher(dataSource,
        new NotificationClient(new HttpClient { BaseAddress = stub.BaseAddress }, NotificationsStub.ServiceKey),
        options, TimeProvider.System, NullLogger<ReminderDispatcher>.Instance)).ToList();

    var clock = Stopwatch.StartNew();
    await Task.WhenAll(dispatchers.Select(d => Task.Run(async () =>
    {
        while (await d.RunOnceAsync(CancellationToken.None) > 0)
        {
        }
    })));
    clock.Stop();

    await using var check = dataSource.CreateCommand("SELECT count(*) FILTER (WHERE status = 'sent'), count(*) FROM reminder_deliveries");
    await using var reader = await check.ExecuteReaderAsync();
    await reader.ReadAsync();
    Console.WriteLine($"replicas={replicas} elapsed={clock.Elapsed.TotalSeconds:F1}s rate={count / clock.Elapsed.TotalSeconds:F0}/s " +
        $"sent={reader.GetInt64(0)} deliveries={reader.GetInt64(1)} stubCalls={stub.Calls} distinctKeys={stub.DistinctKeys}");
}
