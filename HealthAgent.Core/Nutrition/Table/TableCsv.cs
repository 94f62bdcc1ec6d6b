namespace HealthAgent.Core.Nutrition.Table;

/// <summary>The embedded tables' CSV shape: <c>#</c> comments, blank lines, one header line, then one record per line.</summary>
internal static class TableCsv
{
    /// <summary>Each record of <paramref name="reader"/> parsed; a malformed one throws naming <paramref name="what"/> and its line number.</summary>
    public static List<T> Read<T>(TextReader reader, string what, Func<string, T> parse)
    {
        var records = new List<T>();
        var lineNumber = 0;
        var headerSeen = false;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }
            if (!headerSeen)
            {
                headerSeen = true;
                continue;
            }
            try
            {
                records.Add(parse(line));
            }
            catch (Exception ex) when (ex is FormatException or ArgumentException or KeyNotFoundException)
            {
                throw new FormatException($"{what} line {lineNumber} is malformed ({ex.Message}): {line}", ex);
            }
        }
        return records;
    }
}
