using HealthAgent.Agent.Llm;
using HealthAgent.Agent.Plugins;
using HealthAgent.Agent.Plugins.Charts;
using HealthAgent.Agent.Plugins.Food;
using HealthAgent.Agent.Plugins.Goals;
using HealthAgent.Agent.Plugins.Memory;
using HealthAgent.Agent.Plugins.Profile;
using HealthAgent.Agent.Plugins.Reminders;
using HealthAgent.Agent.Plugins.Tools;
using HealthAgent.Agent.Plugins.Tracking;
using HealthAgent.Agent.Tools;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.SemanticKernel;

namespace HealthAgent.Agent.Turns;

/// <summary>
/// Builds the <see cref="Kernel"/> of one conversation turn: the brain as its chat client, every plugin bound to this
/// user (a plugin instance only ever reaches <see cref="ToolContext.UserId"/>'s data), and the function-call filter.
/// Both brains run in the same kernel shape, so they call the same functions through the same filter.
/// </summary>
public sealed class TurnKernelFactory(IServiceProvider services, LlmConnector llm, TimeProvider time, ILoggerFactory loggers)
{
    private static readonly (string Name, Type Type)[] Plugins =
    [
        (FoodPlugin.Name, typeof(FoodPlugin)),
        (GoalsPlugin.Name, typeof(GoalsPlugin)),
        (TrackingPlugin.Name, typeof(TrackingPlugin)),
        (ProfilePlugin.Name, typeof(ProfilePlugin)),
        (MemoryPlugin.Name, typeof(MemoryPlugin)),
        (RemindersPlugin.Name, typeof(RemindersPlugin)),
        (ToolsPlugin.Name, typeof(ToolsPlugin)),
        (ChartsPlugin.Name, typeof(ChartsPlugin)),
    ];

    /// <summary>
    /// A kernel whose brain is the LLM (SK's OpenAI connector), with the user's own runnable tools as functions of their
    /// own (<see cref="UserToolFunctions"/>).
    /// </summary>
    public async Task<Kernel> ForLlmAsync(ToolContext user, TurnLog log, CancellationToken cancellationToken)
    {
        var kernel = Create(user, log, llm.AddChat);
        var tools = services.GetRequiredService<UserToolService>();
        var runnable = (await tools.ListAsync(user.UserId, cancellationToken)).Where(t => t.Approved && !t.Disabled).ToList();
        if (UserToolFunctions.Create(user, runnable, tools, loggers) is { } own)
        {
            kernel.Plugins.Add(own);
        }
        return kernel;
    }

    /// <summary>
    /// A kernel whose brain is <paramref name="brain"/>, with SK's function calling around it. Its services are just
    /// the brain and the loggers, without a container built per turn (bench/README.md).
    /// </summary>
    public Kernel ForBrain(IChatClient brain, ToolContext user, TurnLog log) =>
        WithPlugins(new Kernel(new TurnServices(brain.AsBuilder().UseKernelFunctionInvocation(loggers).Build(), loggers)), user, log);

    private Kernel Create(ToolContext user, TurnLog log, Func<IKernelBuilder, IKernelBuilder> addBrain)
    {
        var builder = Kernel.CreateBuilder();
        builder.Services.AddSingleton(loggers);
        return WithPlugins(addBrain(builder).Build(), user, log);
    }

    private Kernel WithPlugins(Kernel kernel, ToolContext user, TurnLog log)
    {
        foreach (var (name, type) in Plugins)
        {
            kernel.Plugins.Add(PluginFactory.Create(name, ActivatorUtilities.CreateInstance(services, type, user)));
        }
        kernel.AutoFunctionInvocationFilters.Add(new FunctionCallFilter(log, time, loggers.CreateLogger<FunctionCallFilter>()));
        return kernel;
    }

    /// <summary>
    /// The services of an offline turn's kernel: its chat client and the loggers; anything else SK asks for (filter
    /// lists, keyed services) is answered by one empty container built once.
    /// </summary>
    private sealed class TurnServices(IChatClient chat, ILoggerFactory loggers) : IServiceProvider, IKeyedServiceProvider
    {
        private static readonly ServiceProvider Empty = new ServiceCollection().BuildServiceProvider();

        public object? GetService(Type serviceType) =>
            serviceType == typeof(IChatClient) ? chat
            : serviceType == typeof(ILoggerFactory) ? loggers
            : Empty.GetService(serviceType);

        public object? GetKeyedService(Type serviceType, object? serviceKey) =>
            serviceKey is null ? GetService(serviceType) : Empty.GetKeyedService(serviceType, serviceKey);

        public object GetRequiredKeyedService(Type serviceType, object? serviceKey) =>
            GetKeyedService(serviceType, serviceKey) ?? throw new InvalidOperationException($"An offline turn has no {serviceType.Name}.");
    }
}
