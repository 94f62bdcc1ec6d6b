using System.Collections.Concurrent;
using System.Text.Json;
using HealthAgent.ServiceDefaults.Logging;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace HealthAgent.Tests.Infrastructure;

/// <summary>A logger provider that formats with the services' own <see cref="JsonLogFormatter"/> into memory, scopes included.</summary>
public sealed class JsonLogCapture : ILoggerProvider, ISupportExternalScope
{
    private readonly JsonLogFormatter _formatter = new();
    private IExternalScopeProvider _scopes = new LoggerExternalScopeProvider();

    public ConcurrentQueue<string> Lines { get; } = new();

    /// <summary>Every captured line parsed as JSON; fails if one does not parse.</summary>
    public IReadOnlyList<JsonElement> Parsed() => Lines.Select(l => JsonDocument.Parse(l).RootElement.Clone()).ToList();

    public string All => string.Join("\n", Lines);

    public ILogger CreateLogger(string categoryName) => new CaptureLogger(this, categoryName);

    public void SetScopeProvider(IExternalScopeProvider scopeProvider) => _scopes = scopeProvider;

    public void Dispose()
    {
    }

    private sealed class CaptureLogger(JsonLogCapture owner, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => owner._scopes.Push(state);

        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            using var writer = new StringWriter();
            owner._formatter.Write(new LogEntry<TState>(logLevel, category, eventId, state, exception, formatter), owner._scopes, writer);
            var text = writer.ToString().TrimEnd();
            if (text.Length > 0)
            {
                owner.Lines.Enqueue(text);
            }
        }
    }
}
