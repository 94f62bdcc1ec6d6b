using System.Collections.Concurrent;

namespace HealthAgent.AppHost.Orchestration;

/// <summary>
/// Every resource's output: printed with a <c>[name]</c> prefix (colored on a terminal) and kept, the last
/// <see cref="Capacity"/> lines per resource, for the dashboard.
/// </summary>
public sealed class ResourceLogs(TextWriter console, bool useColor)
{
    /// <summary>Lines kept per resource.</summary>
    public const int Capacity = 500;

    /// <summary>The name under which the AppHost reports about itself.</summary>
    public const string AppHost = "apphost";

    private static readonly string[] Colors = ["\e[36m", "\e[32m", "\e[33m", "\e[35m", "\e[34m", "\e[96m", "\e[92m", "\e[93m"];
    private readonly ConcurrentDictionary<string, Queue<string>> _lines = new();
    private readonly ConcurrentDictionary<string, string> _colors = new();
    private readonly Lock _consoleLock = new();

    /// <summary>Logs for the real console, colored when it is a terminal.</summary>
    public static ResourceLogs ForConsole() => new(Console.Out, !Console.IsOutputRedirected);

    /// <summary>Records and prints one line of <paramref name="resource"/>'s output.</summary>
    public void Write(string resource, string line)
    {
        var buffer = _lines.GetOrAdd(resource, _ => new Queue<string>());
        lock (buffer)
        {
            buffer.Enqueue(line);
            if (buffer.Count > Capacity)
            {
                buffer.Dequeue();
            }
        }
        var prefix = useColor ? $"{_colors.GetOrAdd(resource, _ => Colors[_colors.Count % Colors.Length])}[{resource}]\e[0m" : $"[{resource}]";
        lock (_consoleLock)
        {
            console.WriteLine($"{prefix} {line}");
        }
    }

    /// <summary>The kept lines of <paramref name="resource"/>, oldest first.</summary>
    public IReadOnlyList<string> Lines(string resource)
    {
        if (!_lines.TryGetValue(resource, out var buffer))
        {
            return [];
        }
        lock (buffer)
        {
            return [.. buffer];
        }
    }

    /// <summary>Prints text that is not a resource's output (the status table), uninterrupted by other lines.</summary>
    public void WriteBlock(string text)
    {
        lock (_consoleLock)
        {
            console.Write(text);
        }
    }
}
