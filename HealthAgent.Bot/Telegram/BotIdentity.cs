using Telegram.Bot;
using Telegram.Bot.Types;

namespace HealthAgent.Bot.Telegram;

/// <summary>The bot's own account (from <c>getMe</c>), asked once and kept, to recognise mentions in group chats.</summary>
public sealed class BotIdentity(ITelegramBotClient telegram)
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private User? _me;

    public async Task<User> GetAsync(CancellationToken cancellationToken)
    {
        if (_me is { } known)
        {
            return known;
        }

        await _gate.WaitAsync(cancellationToken);
        try
        {
            return _me ??= await telegram.GetMe(cancellationToken);
        }
        finally
        {
            _gate.Release();
        }
    }
}
