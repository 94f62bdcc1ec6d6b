using HealthAgent.Agent.Tools;
using HealthAgent.Core.Charts;
using HealthAgent.Core.Common;
using HealthAgent.Agent.Photos;
using HealthAgent.Agent.Llm;
using HealthAgent.Agent.Turns;
using HealthAgent.Core.Memory;
using HealthAgent.Agent.Offline;
using HealthAgent.Core.Conversations;
using HealthAgent.Core.Conversations.Photos;
using HealthAgent.Core.Conversations.Flows;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace HealthAgent.Agent;

/// <summary>Registers the agent: the turn kernels with their plugins, both brains, the conversation pipeline and the photo buttons.</summary>
public static class AgentExtensions
{
    /// <summary>
    /// Adds the agent. Needs the Core services the plugins wrap (users, goals, food, tracking, gamification, nutrition).
    /// <see cref="LlmOptions"/> come from <c>ConnectionStrings:llm</c>; without it the offline brain answers everything.
    /// </summary>
    /// <returns>The builder of the <c>llm</c> HttpClient, so the host can add its resilience settings.</returns>
    public static IHttpClientBuilder AddAgent(this IServiceCollection services)
    {
        services.TryAddScoped<MemoryService>();
        services.AddOptions<LlmOptions>()
            .Configure<IConfiguration>((options, configuration) => LlmConnectionString.Apply(configuration.GetConnectionString(LlmOptions.ConnectionStringName), options))
            .ValidateOnStart();
        services.AddOptions<ContextOptions>().BindConfiguration(ContextOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton<FoodRecognizer>();
        services.TryAddSingleton<Plugins.Food.FoodPortions>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IIntentPatterns, EnglishIntents>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IIntentPatterns, Offline.Spanish.SpanishIntents>());
        services.TryAddSingleton<OfflineIntentParser>();
        services.TryAddSingleton<Core.Conversations.Languages.ILanguageCatalog>(sp => sp.GetRequiredService<OfflineIntentParser>());
        services.TryAddSingleton<OfflineReplyWriter>();
        services.TryAddScoped<TurnKernelFactory>();
        services.TryAddScoped<ConversationStore>();
        services.TryAddScoped<ContextBuilder>();
        services.TryAddScoped<LlmConnector>();
        services.TryAddScoped<PhotoProposer>();
        services.TryAddScoped<ConversationService>();
        services.AddScoped<IConversationActionHandler, PhotoActionHandler>();
        services.AddConversationFlows();
        services.TryAddEnumerable(ServiceDescriptor.Scoped<IConversationFlow, Settings.SettingsFlow>());
        services.AddOptions<ToolOptions>().BindConfiguration(ToolOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddScoped<ToolFiguresReader>();
        services.TryAddScoped<UserToolService>();
        services.TryAddScoped<ToolDraftService>();
        services.AddCharts();
        services.AddOptions<Admin.ChatAdminOptions>().Configure<IConfiguration>((admins, configuration) => admins.Read(configuration))
            .Validate(admins => admins.Invalid.Count == 0, $"{Admin.ChatAdminOptions.Setting} lists Telegram user ids (positive whole numbers) separated by commas.")
            .ValidateOnStart();
        services.TryAddScoped<Admin.AdminCommands>();
        services.TryAddScoped<Voice.VoiceTranscriber>();
        services.TryAddScoped<ToolAdminService>();
        services.TryAddSingleton<IRequestIdentity, NoRequestIdentity>();
        services.AddScoped<IConversationActionHandler, ToolActionHandler>();
        return services.AddHttpClient(LlmOptions.HttpClientName);
    }
}
