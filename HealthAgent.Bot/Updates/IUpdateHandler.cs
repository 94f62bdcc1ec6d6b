using Telegram.Bot.Types;

namespace HealthAgent.Bot.Updates;

/// <summary>Handles one update completely (Api call and reply) or throws.</summary>
public interface IUpdateHandler
{
    Task HandleAsync(Update update, CancellationToken cancellationToken);
}
