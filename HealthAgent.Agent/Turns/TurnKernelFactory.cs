using HealthAgent.Agent.Llm;
using HealthAgent.Agent.Plugins;
using HealthAgent.Agent.Plugins.Food;
using HealthAgent.Agent.Plugins.Goals;
using HealthAgent.Agent.Plugins.Memory;
using HealthAgent.Agent.Plugins.Profile;
using HealthAgent.Agent.Plugins.Reminders;
using HealthAgent.Agent.Plugins.Tracking;
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
    ];

    /// <summary>A kernel whose brain is the LLM (SK's OpenAI connector).</summary>
    public Kernel ForLlm(ToolContext user, TurnLog log) => Create(user, log, llm.AddChat);

    /// <summary>A kernel whose brain is <paramref name="brain"/>, with SK's function calling around it.</summary>
    public Kernel ForBrain(IChatClient brain, ToolContext user, TurnLog log) =>
        Create(user, log, builder =>
        {
            builder.Services.AddSingleton(brain.AsBuilder().UseKernelFunctionInvocation(loggers).Build());
            return builder;
        });

    private Kernel Create(ToolContext user, TurnLog log, Func<IKernelBuilder, IKernelBuilder> addBrain)
    {
        var builder = Kernel.CreateBuilder();
        builder.Services.AddSingleton(loggers);
        var kernel = addBrain(builder).Build();
        foreach (var (name, type) in Plugins)
        {
            kernel.Plugins.Add(PluginFactory.Create(name, ActivatorUtilities.CreateInstance(services, type, user)));
        }
        kernel.AutoFunctionInvocationFilters.Add(new FunctionCallFilter(log, time, loggers.CreateLogger<FunctionCallFilter>()));
        return kernel;
    }
}
