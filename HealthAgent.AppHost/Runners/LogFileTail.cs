using System.Text;

namespace HealthAgent.AppHost.Runners;

/// <summary>Follows a log file that another process writes (PostgreSQL's), passing on each new line.</summary>
public sealed class LogFileTail(string path, Action<string> onLine) : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly StringBuilder _partial = new();
    private long _position;
    private Task _loop = Task.CompletedTask;

    /// <summary>Starts following from <paramref name="position"/>, so that earlier runs' lines are not repeated.</summary>
    public void Start(long position)
    {
        _position = position;
        _loop = FollowAsync(_stop.Token);
    }

    /// <summary>The file's current length, or 0 when it does not exist.</summary>
    public static long LengthOf(string path) => File.Exists(path) ? new FileInfo(path).Length : 0;

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _loop;
        ReadNewLines();
        _stop.Dispose();
    }

    private async Task FollowAsync(CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            ReadNewLines();
            try
            {
                await Task.Delay(250, cancellationToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    private void ReadNewLines()
    {
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            if (stream.Length < _position)
            {
                _position = 0;
            }
            if (stream.Length == _position)
            {
                return;
            }
            stream.Seek(_position, SeekOrigin.Begin);
            var bytes = new byte[stream.Length - _position];
            stream.ReadExactly(bytes);
            _position += bytes.Length;
            _partial.Append(Encoding.UTF8.GetString(bytes));
            var text = _partial.ToString();
            var end = text.LastIndexOf('\n');
            if (end < 0)
            {
                return;
            }
            _partial.Clear().Append(text[(end + 1)..]);
            foreach (var line in text[..end].Split('\n'))
            {
                onLine(line.TrimEnd('\r'));
            }
        }
        catch (IOException)
        {
            // The file may not exist yet or be rotated; the next pass tries again.
        }
    }
}
