
using System.Diagnostics;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json.Nodes;
using HealthAgent.Tests.Infrastructure.Servers;

namespace HealthAgent.Tests.Infrastructure;

/// <summary>
/// The <c>telegram-test-api</c> npm emulator of the Bot API (installed into <c>eng/node</c> by <c>eng/prerequisites.sh</c>),
/// started with node on a free port. The bot side is at <see cref="BaseAddress"/>, behind a
/// <see cref="TelegramEmulatorProxy"/> that makes the emulator's answers readable to Telegram.Bot; the "user" side is
/// driven through the emulator's client routes directly.
/// </summary>
public sealed class TelegramEmulator : IAsyncDisposable
{
    private readonly LoggedProcess _process;
    private readonly HttpClient _http;
    private TelegramEmulatorProxy? _proxy;

    private TelegramEmulator(LoggedProcess process, Uri emulator)
    {
        _process = process;
        _http = new HttpClient { BaseAddress = emulator };
    }

    /// <summary>The Bot API address to give the Bot (the proxy in front of the emulator).</summary>
    public Uri BaseAddress => _proxy!.BaseAddress;

    public static async Task<TelegramEmulator> StartAsync()
    {
        var folder = Path.Combine(RepositoryLayout.Root, "eng", "node");
        if (!Directory.Exists(Path.Combine(folder, "node_modules", "telegram-test-api")))
        {
            throw new InvalidOperationException($"telegram-test-api is not installed in {folder}: run eng/prerequisites.sh (or 'npm ci' there).");
        }

        var port = FreePort.Next();
        var script = $"const S = require('telegram-test-api'); new S({{ port: {port}, host: '127.0.0.1', storeTimeout: 600 }}).start();";
        var process = LoggedProcess.Start(new ProcessStartInfo("node", ["-e", script]) { WorkingDirectory = folder }, "node did not start.");
        var emulator = new TelegramEmulator(process, new Uri($"http://127.0.0.1:{port}/"));
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(15);
        while (DateTime.UtcNow < deadline && !process.HasExited)
        {
            try
            {
                using var probe = new TcpClient();
                await probe.ConnectAsync("127.0.0.1", port);
                emulator._proxy = await TelegramEmulatorProxy.StartAsync(emulator._http.BaseAddress!);
                return emulator;
            }
            catch (SocketException)
            {
                await Task.Delay(50);
            }
        }

        await emulator.DisposeAsync();
        throw new InvalidOperationException($"telegram-test-api did not listen on port {port} within 15 s (node exited: {process.HasExited}).");
    }

    /// <summary>The user sends a text message (or, when it starts with <c>/</c>, a command) to the bot.</summary>
    public async Task UserSendsAsync(string token, long userId, string text)
    {
        var message = UserMessage(token, userId);
        message["text"] = text;
        var route = text.StartsWith('/') ? "sendCommand" : "sendMessage";
        if (route == "sendCommand")
        {
            var end = text.IndexOf(' ');
            message["entities"] = new JsonArray(new JsonObject { ["offset"] = 0, ["length"] = end < 0 ? text.Length : end, ["type"] = "bot_command" });
        }

        (await _http.PostAsJsonAsync(route, message)).EnsureSuccessStatusCode();
    }

    /// <summary>The user shares a location (a message with no text; the emulator passes the message through as it is).</summary>
    public async Task UserSharesLocationAsync(string token, long userId, double latitude, double longitude)
    {
        var message = UserMessage(token, userId);
        message["location"] = new JsonObject { ["latitude"] = latitude, ["longitude"] = longitude };
        (await _http.PostAsJsonAsync("sendMessage", message)).EnsureSuccessStatusCode();
    }

    /// <summary>The user presses a button with <paramref name="data"/> under the bot's message <paramref name="messageId"/>.</summary>
    public async Task UserPressesAsync(string token, long userId, long messageId, string data)
    {
        var message = UserMessage(token, userId);
        message.Remove("botToken");
        message["message_id"] = messageId;
        var callback = new JsonObject
        {
            ["botToken"] = token, ["date"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds(), ["data"] = data,
            ["from"] = message["from"]!.DeepClone(), ["message"] = message,
        };
        (await _http.PostAsJsonAsync("sendCallback", callback)).EnsureSuccessStatusCode();
    }

    /// <summary>Everything the bot sent (edits applied), oldest first: each with <c>messageId</c> and <c>message</c>.</summary>
    public async Task<IReadOnlyList<JsonNode>> BotMessagesAsync(string token)
    {
        var answer = await _http.PostAsJsonAsync("getUpdatesHistory", new { token });
        answer.EnsureSuccessStatusCode();
        var result = (await answer.Content.ReadFromJsonAsync<JsonObject>())!["result"]!.AsArray();
        return [.. result.Where(u => u!["message"]?["chat_id"] is not null).Select(u => u!)];
    }

    public async ValueTask DisposeAsync()
    {
        if (_proxy is not null)
        {
            await _proxy.DisposeAsync();
        }

        _http.Dispose();
        await _process.DisposeAsync();
    }

    private static JsonObject UserMessage(string token, long userId) => new()
    {
        ["botToken"] = token,
        ["date"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
        ["from"] = new JsonObject { ["id"] = userId, ["is_bot"] = false, ["first_name"] = "Ann", ["username"] = "ann" },
        ["chat"] = new JsonObject { ["id"] = userId, ["type"] = "private", ["first_name"] = "Ann" },
    };
}
