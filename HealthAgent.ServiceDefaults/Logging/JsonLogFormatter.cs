using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Logging.Console;

namespace HealthAgent.ServiceDefaults.Logging;

/// <summary>
/// One JSON object per line: <c>timestamp</c> (ISO 8601 UTC), <c>level</c>, <c>category</c>, <c>message</c>,
/// <c>traceId</c>, <c>spanId</c>, <c>requestId</c> and <c>userId</c> at the top level, then <c>eventId</c>,
/// <c>exception</c> (type, message, stack trace, inner), <c>state</c> and <c>scope</c>. Every string passes
/// <see cref="LogRedactor"/>; fields named like secrets are masked, and the user's own words (fields listed in
/// <see cref="PersonalTextFields"/>) only appear at Debug and below.
/// </summary>
public sealed class JsonLogFormatter() : ConsoleFormatter(FormatterName)
{
    /// <summary>The name to select this formatter with (<c>Logging:Console:FormatterName</c>).</summary>
    public const string FormatterName = "healthagent-json";

    /// <summary>Structured fields that hold what a user wrote; logged only at Debug or Trace.</summary>
    public static readonly IReadOnlySet<string> PersonalTextFields =
        new HashSet<string>(["Text", "MessageText", "UserText", "Reply", "Prompt"], StringComparer.OrdinalIgnoreCase);

    private static readonly HashSet<string> TopLevelScopeKeys = new(["TraceId", "SpanId", "ParentId", "RequestId", "UserId"], StringComparer.Ordinal);

    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <inheritdoc />
    public override void Write<TState>(in LogEntry<TState> logEntry, IExternalScopeProvider? scopeProvider, TextWriter textWriter)
    {
        var message = logEntry.Formatter?.Invoke(logEntry.State, logEntry.Exception);
        if (message is null && logEntry.Exception is null)
        {
            return;
        }
        var level = logEntry.LogLevel;
        var scopes = CollectScopes(scopeProvider);
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, WriterOptions))
        {
            json.WriteStartObject();
            json.WriteString("timestamp", DateTime.UtcNow.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture));
            json.WriteString("level", level.ToString());
            json.WriteString("category", logEntry.Category);
            json.WriteString("message", LogRedactor.Redact(message ?? ""));
            var activity = Activity.Current;
            WriteOptional(json, "traceId", activity?.TraceId.ToHexString() ?? Text(scopes.Named, "TraceId"));
            WriteOptional(json, "spanId", activity?.SpanId.ToHexString() ?? Text(scopes.Named, "SpanId"));
            WriteOptional(json, "requestId", Text(scopes.Named, "RequestId"));
            WriteOptional(json, "userId", Text(scopes.Named, "UserId"));
            if (logEntry.EventId.Id != 0 || logEntry.EventId.Name is not null)
            {
                json.WriteNumber("eventId", logEntry.EventId.Id);
                WriteOptional(json, "eventName", logEntry.EventId.Name);
            }
            if (logEntry.Exception is { } exception)
            {
                json.WritePropertyName("exception");
                WriteException(json, exception, depth: 0);
            }
            if (logEntry.State is IEnumerable<KeyValuePair<string, object?>> state)
            {
                WriteFields(json, "state", state.Where(p => p.Key != "{OriginalFormat}"), level);
            }
            WriteFields(json, "scope", scopes.Named.Where(p => !TopLevelScopeKeys.Contains(p.Key)), level);
            if (scopes.Texts.Count > 0)
            {
                json.WriteStartArray("scopes");
                foreach (var text in scopes.Texts)
                {
                    json.WriteStringValue(LogRedactor.Redact(text));
                }
                json.WriteEndArray();
            }
            json.WriteEndObject();
        }
        textWriter.Write(Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
        textWriter.Write(Environment.NewLine);
    }

    private static (List<KeyValuePair<string, object?>> Named, List<string> Texts) CollectScopes(IExternalScopeProvider? provider)
    {
        var named = new List<KeyValuePair<string, object?>>();
        var texts = new List<string>();
        provider?.ForEachScope((scope, _) =>
        {
            if (scope is IEnumerable<KeyValuePair<string, object?>> pairs)
            {
                var any = false;
                foreach (var pair in pairs)
                {
                    any = true;
                    if (pair.Key == "{OriginalFormat}")
                    {
                        continue;
                    }
                    // Inner scopes win: the request's own id replaces the server's connection-based one.
                    named.RemoveAll(p => p.Key == pair.Key);
                    named.Add(pair);
                }
                if (any && scope.GetType().Name.StartsWith("FormattedLogValues", StringComparison.Ordinal))
                {
                    texts.Add(scope.ToString() ?? "");
                }
            }
            else if (scope is not null)
            {
                texts.Add(scope.ToString() ?? "");
            }
        }, (object?)null);
        return (named, texts);
    }

    private static void WriteFields(Utf8JsonWriter json, string name, IEnumerable<KeyValuePair<string, object?>> fields, LogLevel level)
    {
        var list = fields.ToList();
        if (list.Count == 0)
        {
            return;
        }
        json.WriteStartObject(name);
        foreach (var (key, value) in list.DistinctBy(p => p.Key))
        {
            if (LogRedactor.IsSecretName(key) || (PersonalTextFields.Contains(key) && level > LogLevel.Debug))
            {
                json.WriteString(key, LogRedactor.Mask);
                continue;
            }
            switch (value)
            {
                case null:
                    json.WriteNull(key);
                    break;
                case bool b:
                    json.WriteBoolean(key, b);
                    break;
                case double d when double.IsFinite(d):
                    json.WriteNumber(key, d);
                    break;
                case float f when float.IsFinite(f):
                    json.WriteNumber(key, f);
                    break;
                case int or long or short or byte or uint or ulong or decimal:
                    json.WriteNumber(key, Convert.ToDecimal(value, CultureInfo.InvariantCulture));
                    break;
                default:
                    json.WriteString(key, LogRedactor.Redact(Convert.ToString(value, CultureInfo.InvariantCulture) ?? ""));
                    break;
            }
        }
        json.WriteEndObject();
    }

    private static void WriteException(Utf8JsonWriter json, Exception exception, int depth)
    {
        json.WriteStartObject();
        json.WriteString("type", exception.GetType().FullName);
        json.WriteString("message", LogRedactor.Redact(exception.Message));
        WriteOptional(json, "stackTrace", exception.StackTrace is { } trace ? LogRedactor.Redact(trace) : null);
        // Bounded, so a pathological chain cannot make one line huge.
        if (exception.InnerException is { } inner && depth < 5)
        {
            json.WritePropertyName("inner");
            WriteException(json, inner, depth + 1);
        }
        json.WriteEndObject();
    }

    private static string? Text(List<KeyValuePair<string, object?>> pairs, string key) =>
        pairs.LastOrDefault(p => p.Key == key).Value?.ToString() is { Length: > 0 } text ? LogRedactor.Redact(text) : null;

    private static void WriteOptional(Utf8JsonWriter json, string name, string? value)
    {
        if (value is not null)
        {
            json.WriteString(name, value);
        }
    }
}
