using System.Text;
using System.Text.Json.Nodes;

namespace HealthAgent.Tests.Infrastructure;

/// <summary>
/// Replays a documented shell walk-through (a <c>```bash</c> block of curl calls) against a real server, so the docs
/// cannot drift from the API. It understands what docs/api.md uses: variables (<c>NAME=value</c>, <c>$NAME</c>,
/// <c>${NAME}</c>), single and double quotes, line continuations, comments, <c>NAME=$(curl … | jq -r PATH)</c> for
/// ids taken from an answer, <c>-X</c>, <c>-H</c>, <c>-d</c> and a trailing <c>&gt; file</c> (ignored). Anything else,
/// or a variable nobody set, is an error, so an example the replay cannot follow fails instead of being skipped.
/// </summary>
public sealed class CurlWalkthrough
{
    private readonly List<Statement> _statements;

    private CurlWalkthrough(List<Statement> statements) => _statements = statements;

    /// <summary>One curl call as it was sent, and its answer.</summary>
    public sealed record Exchange(string Request, HttpResponseMessage Response, string Body);

    /// <summary>The first bash block after the heading <paramref name="heading"/> of the Markdown file <paramref name="path"/>.</summary>
    public static CurlWalkthrough FromMarkdown(string path, string heading)
    {
        var text = File.ReadAllText(path);
        var at = text.IndexOf(heading, StringComparison.Ordinal);
        at = at < 0 ? throw new InvalidOperationException($"{path} has no heading '{heading}'.") : text.IndexOf("```bash\n", at, StringComparison.Ordinal);
        var start = at + "```bash\n".Length;
        var end = text.IndexOf("\n```", start, StringComparison.Ordinal);
        var reader = new Reader(text[start..end]);
        return new CurlWalkthrough(reader.Statements());
    }

    /// <summary>The number of curl calls in the script (those in <c>$( )</c> included).</summary>
    public int CurlCount => _statements.Sum(s => s.CurlCount);

    /// <summary>
    /// Runs the script. <paramref name="preset"/> are variables whose assignments are skipped (the server's address, a
    /// key the script would read from a file); each curl call goes through <paramref name="send"/>.
    /// </summary>
    public async Task<IReadOnlyList<Exchange>> RunAsync(IReadOnlyDictionary<string, string> preset, Func<HttpRequestMessage, Task<HttpResponseMessage>> send)
    {
        var variables = new Dictionary<string, string>(preset);
        var exchanges = new List<Exchange>();
        foreach (var statement in _statements)
        {
            if (statement.Assign is { } name)
            {
                if (!preset.ContainsKey(name))
                {
                    variables[name] = statement.Command is { } command
                        ? await RunCurlAsync(command, variables, send, exchanges, statement.Jq)
                        : Expand(statement.Value!, variables);
                }
                continue;
            }
            await RunCurlAsync(statement.Command!, variables, send, exchanges, jq: null);
        }
        return exchanges;
    }

    private static async Task<string> RunCurlAsync(List<Word> words, Dictionary<string, string> variables,
        Func<HttpRequestMessage, Task<HttpResponseMessage>> send, List<Exchange> exchanges, string? jq)
    {
        var arguments = words.Select(w => Expand(w, variables)).ToList();
        if (arguments[0] != "curl")
        {
            throw new InvalidOperationException($"Only curl can be replayed, not '{arguments[0]}'.");
        }
        string? method = null, body = null, url = null;
        var headers = new List<(string Name, string Value)>();
        for (var i = 1; i < arguments.Count; i++)
        {
            switch (arguments[i])
            {
                case "-s":
                    break;
                case "-X":
                    method = arguments[++i];
                    break;
                case "-H":
                    var header = arguments[++i];
                    headers.Add((header[..header.IndexOf(':')].Trim(), header[(header.IndexOf(':') + 1)..].Trim()));
                    break;
                case "-d":
                    body = arguments[++i];
                    break;
                case ">":
                    i++;
                    break;
                case var other when other.StartsWith('-'):
                    throw new InvalidOperationException($"curl option {other} is not understood by the replay.");
                default:
                    url = url is null ? arguments[i] : throw new InvalidOperationException($"Two URLs in one curl call: {url} and {arguments[i]}.");
                    break;
            }
        }
        using var request = new HttpRequestMessage(new HttpMethod(method ?? (body is null ? "GET" : "POST")), url);
        if (body is not null)
        {
            request.Content = new StringContent(body, Encoding.UTF8);
            request.Content.Headers.ContentType = null;
        }
        foreach (var (name, value) in headers)
        {
            if (!request.Headers.TryAddWithoutValidation(name, value))
            {
                request.Content?.Headers.TryAddWithoutValidation(name, value);
            }
        }
        var response = await send(request);
        var text = await response.Content.ReadAsStringAsync();
        exchanges.Add(new Exchange($"{request.Method} {request.RequestUri} {body}", response, text));
        return jq is null ? text : Select(text, jq);
    }

    // jq -r with a path of names and indexes: .id, .entry.items[0].id
    private static string Select(string json, string path)
    {
        var node = JsonNode.Parse(json);
        foreach (var step in path.TrimStart('.').Replace("[", ".[").Split('.', StringSplitOptions.RemoveEmptyEntries))
        {
            node = step.StartsWith('[') ? node?[int.Parse(step.Trim('[', ']'))] : node?[step];
        }
        return node?.ToString() ?? throw new InvalidOperationException($"jq {path} found nothing in {json}");
    }

    private static string Expand(Word word, Dictionary<string, string> variables)
    {
        var text = new StringBuilder();
        foreach (var (value, isVariable) in word.Parts)
        {
            text.Append(!isVariable ? value
                : variables.TryGetValue(value, out var set) ? set
                : throw new InvalidOperationException($"The walk-through uses ${value} before setting it."));
        }
        return text.ToString();
    }

    private sealed record Word(List<(string Value, bool IsVariable)> Parts);

    // NAME=value, NAME=$(curl … | jq -r PATH), or curl …
    private sealed record Statement(string? Assign, Word? Value, List<Word>? Command, string? Jq)
    {
        public int CurlCount => Command is [{ Parts: [("curl", false)] }, ..] ? 1 : 0;
    }

    /// <summary>A small reader of the shell the walk-through is written in.</summary>
    private sealed class Reader(string text)
    {
        private int _at;

        public List<Statement> Statements()
        {
            var statements = new List<Statement>();
            while (SkipBlank())
            {
                statements.Add(ReadStatement(closing: null));
            }
            return statements;
        }

        // Skips spaces, newlines and comments between statements; false at the end.
        private bool SkipBlank()
        {
            while (_at < text.Length)
            {
                if (char.IsWhiteSpace(text[_at]))
                {
                    _at++;
                }
                else if (text[_at] == '#')
                {
                    while (_at < text.Length && text[_at] != '\n')
                    {
                        _at++;
                    }
                }
                else
                {
                    return true;
                }
            }
            return false;
        }

        private Statement ReadStatement(char? closing)
        {
            var words = new List<Word>();
            string? jq = null;
            while (true)
            {
                SkipSpaces();
                if (_at >= text.Length || text[_at] == '\n' || text[_at] == '#' || text[_at] == closing)
                {
                    break;
                }
                if (text[_at] == '|')
                {
                    _at++;
                    var pipe = ReadStatement(closing).Command!.Select(w => string.Concat(w.Parts.Select(p => p.Value))).ToList();
                    jq = pipe is ["jq", "-r", var path] ? path : throw new InvalidOperationException($"Only '| jq -r PATH' is understood, not '| {string.Join(' ', pipe)}'.");
                    break;
                }
                if (words.Count == 0 && AssignmentName() is { } name)
                {
                    if (text.AsSpan(_at).StartsWith("$("))
                    {
                        _at += 2;
                        var inner = ReadStatement(closing: ')');
                        _at++;
                        return new Statement(name, null, inner.Command, inner.Jq);
                    }
                    return new Statement(name, ReadWord(closing), null, null);
                }
                words.Add(ReadWord(closing));
            }
            return new Statement(null, null, words, jq);
        }

        private string? AssignmentName()
        {
            var end = _at;
            while (end < text.Length && (char.IsLetterOrDigit(text[end]) || text[end] == '_'))
            {
                end++;
            }
            if (end == _at || end >= text.Length || text[end] != '=')
            {
                return null;
            }
            var name = text[_at..end];
            _at = end + 1;
            return name;
        }

        // Spaces and tabs, and a backslash-newline continuation.
        private void SkipSpaces()
        {
            while (_at < text.Length && (text[_at] is ' ' or '\t' || text[_at] == '\\' && _at + 1 < text.Length && text[_at + 1] == '\n'))
            {
                _at += text[_at] == '\\' ? 2 : 1;
            }
        }

        private Word ReadWord(char? closing)
        {
            var parts = new List<(string, bool)>();
            var literal = new StringBuilder();
            void Flush()
            {
                if (literal.Length > 0)
                {
                    parts.Add((literal.ToString(), false));
                    literal.Clear();
                }
            }
            var quote = '\0';
            while (_at < text.Length)
            {
                var c = text[_at];
                if (quote == '\0' && (char.IsWhiteSpace(c) || c == '|' || c == closing))
                {
                    break;
                }
                _at++;
                if (quote == '\'' )
                {
                    if (c == '\'') { quote = '\0'; } else { literal.Append(c); }
                }
                else if (c is '\'' or '"' && (quote == '\0' || quote == c))
                {
                    quote = quote == '\0' ? c : '\0';
                }
                else if (c == '\\' && _at < text.Length)
                {
                    literal.Append(text[_at++]);
                }
                else if (c == '$' && _at < text.Length && (char.IsLetter(text[_at]) || text[_at] is '_' or '{'))
                {
                    Flush();
                    var braced = text[_at] == '{';
                    var start = braced ? ++_at : _at;
                    while (_at < text.Length && (char.IsLetterOrDigit(text[_at]) || text[_at] == '_'))
                    {
                        _at++;
                    }
                    parts.Add((text[start.._at], true));
                    _at += braced ? 1 : 0;
                }
                else
                {
                    literal.Append(c);
                }
            }
            Flush();
            return new Word(parts);
        }
    }
}
