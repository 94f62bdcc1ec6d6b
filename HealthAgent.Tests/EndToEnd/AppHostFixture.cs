using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Aspire.Hosting.Testing;
using HealthAgent.AppHost.Hosting;
using HealthAgent.ServiceDefaults;
using HealthAgent.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace HealthAgent.Tests.EndToEnd;

/// <summary>
/// The real AppHost started once through Aspire.Hosting.Testing, with PostgreSQL and Redis as local executables in a
/// fresh data folder, and the Bot pointed at the telegram-test-api emulator through the AppHost's pass-through settings.
/// It runs the deployed shape: <see cref="ApiReplicas"/> Api and <see cref="WorkerReplicas"/> Worker replicas on one
/// PostgreSQL and one Redis.
/// </summary>
public sealed class AppHostFixture : IAsyncLifetime
{
    public const string BotToken = "777003:apphost-token";
    public const int ApiReplicas = 2, WorkerReplicas = 3;
    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(3);
    private readonly string _dataDirectory = TempFolder.Create("apphost");

    public DistributedApplication App { get; private set; } = null!;

    public TelegramEmulator Emulator { get; private set; } = null!;

    /// <summary>The service key the AppHost generated for this data folder.</summary>
    public string ServiceKey { get; private set; } = "";

    public async Task InitializeAsync()
    {
        Emulator = await TelegramEmulator.StartAsync();
        var builder = await DistributedApplicationTestingBuilder.CreateAsync<Projects.HealthAgent_AppHost>(
        [
            $"AppHost:DataDirectory={_dataDirectory}",
            $"AppHost:ServerMode={ServerMode.Local}",
            $"Telegram:BotToken={BotToken}",
            $"Telegram:ApiBaseUrl={Emulator.BaseAddress}",
            "Telegram:PerChatInterval=00:00:00.100",
            "Reminders:Dispatch:PollInterval=00:00:01",
            $"AppHost:Replicas:{ResourceNames.Api}={ApiReplicas}",
            $"AppHost:Replicas:{ResourceNames.Worker}={WorkerReplicas}",
            // Each replica logs the requests it serves, so a test can tell which replica answered.
            "Logging:LogLevel:Microsoft.AspNetCore.Hosting.Diagnostics=Information",
        ]);
        App = await builder.BuildAsync();
        using var timeout = new CancellationTokenSource(StartTimeout);
        await App.StartAsync(timeout.Token);
        foreach (var name in new[] { ResourceNames.Api, ResourceNames.Bot, ResourceNames.Worker })
        {
            await App.ResourceNotifications.WaitForResourceHealthyAsync(name, timeout.Token);
        }
        var key = builder.Resources.OfType<ParameterResource>().Single(p => p.Name == ServiceKeyExtensions.ParameterName);
        ServiceKey = await key.GetValueAsync(timeout.Token) ?? "";
    }

    /// <summary>The running replicas of <paramref name="service"/>, by their resource ids (<c>api-kemthmfp</c>).</summary>
    public async Task<IReadOnlyList<string>> ReplicasAsync(string service)
    {
        var ids = new HashSet<string>();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(3));
        try
        {
            // The watch replays every resource's current state first, then waits for changes until the timeout.
            await foreach (var update in App.ResourceNotifications.WatchAsync(timeout.Token))
            {
                if (update.Resource.Name == service && update.Snapshot.State?.Text == "Running")
                {
                    ids.Add(update.ResourceId);
                }
            }
        }
        catch (OperationCanceledException)
        {
        }
        return [.. ids.Order(StringComparer.Ordinal)];
    }

    /// <summary>Every console line that replica <paramref name="resourceId"/> wrote so far.</summary>
    public async Task<IReadOnlyList<string>> LogsAsync(string resourceId)
    {
        var lines = new List<string>();
        await foreach (var batch in App.Services.GetRequiredService<ResourceLoggerService>().GetAllAsync(resourceId))
        {
            lines.AddRange(batch.Select(l => l.Content));
        }
        return lines;
    }

    /// <summary>A client of <paramref name="service"/> on the address the AppHost gave it.</summary>
    public HttpClient Client(string service, string? key = null)
    {
        var client = App.CreateHttpClient(service, "http");
        client.Timeout = TimeSpan.FromSeconds(30);
        if (key is not null)
        {
            client.DefaultRequestHeaders.Authorization = new("Bearer", key);
        }
        return client;
    }

    public async Task DisposeAsync()
    {
        if (App is not null)
        {
            await App.StopAsync();
            await App.DisposeAsync();
        }
        if (Emulator is not null)
        {
            await Emulator.DisposeAsync();
        }
        TempFolder.Delete(_dataDirectory);
    }
}
