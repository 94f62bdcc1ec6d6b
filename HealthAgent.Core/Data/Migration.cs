using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace HealthAgent.Core.Data;

/// <summary>One numbered SQL migration file (<c>NNN_description.sql</c>).</summary>
/// <param name="Version">The number at the start of the file name.</param>
/// <param name="Name">The file name.</param>
/// <param name="Sql">The script, run in one transaction.</param>
public sealed partial record Migration(int Version, string Name, string Sql)
{
    /// <summary>SHA-256 of the script with line endings normalised, so a checkout with CRLF endings still matches.</summary>
    public string Checksum { get; } = Convert.ToHexStringLower(
        SHA256.HashData(Encoding.UTF8.GetBytes(Sql.ReplaceLineEndings("\n"))));

    /// <summary>Builds a migration from its file name and text.</summary>
    /// <exception cref="ArgumentException">The name does not start with a number and an underscore.</exception>
    public static Migration FromFile(string fileName, string sql)
    {
        var match = FileNamePattern().Match(fileName);
        if (!match.Success)
        {
            throw new ArgumentException($"Migration file '{fileName}' must be named NNN_description.sql.", nameof(fileName));
        }
        return new Migration(int.Parse(match.Groups[1].Value), fileName, sql);
    }

    [GeneratedRegex(@"^(\d+)_[a-z0-9_]+\.sql$")]
    private static partial Regex FileNamePattern();
}
