namespace HealthAgent.Contracts.Commands;

/// <summary>Which process answers a chat command.</summary>
public enum CommandHandler
{
    /// <summary>The Api answers it through the conversation endpoint.</summary>
    Api,

    /// <summary>The Bot handles it itself (confirmations, files), calling the Api's REST endpoints.</summary>
    Bot,
}
