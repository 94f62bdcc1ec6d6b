using System.Security.Cryptography;

namespace HealthAgent.Core.Auth;

/// <summary>
/// Keys look like <c>ha_{prefix}_{secret}</c>: a 12-character public prefix that finds the row and a 256-bit secret
/// of which only the SHA-256 hash is stored. A fast hash is enough because the secret is random, not a password.
/// </summary>
public static class ApiKeyFormat
{
    private const string Scheme = "ha";

    /// <summary>A new random key: its prefix, the full text to show once, and the hash to store.</summary>
    public static (string Prefix, string Text, byte[] Hash) Create()
    {
        var prefix = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(6));
        var secret = Base64Url(RandomNumberGenerator.GetBytes(32));
        return (prefix, $"{Scheme}_{prefix}_{secret}", Hash(secret));
    }

    /// <summary>Splits a presented key; false when it is not in our format.</summary>
    public static bool TryParse(string? text, out string prefix, out string secret)
    {
        prefix = secret = "";
        var parts = text?.Split('_', 3);
        if (parts is not { Length: 3 } || parts[0] != Scheme || parts[1].Length != 12 || parts[2].Length < 40)
        {
            return false;
        }
        (prefix, secret) = (parts[1], parts[2]);
        return true;
    }

    /// <summary>SHA-256 of the secret.</summary>
    public static byte[] Hash(string secret) => SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(secret));

    /// <summary>Compares two hashes in constant time.</summary>
    public static bool Matches(byte[] expectedHash, string presentedSecret) =>
        CryptographicOperations.FixedTimeEquals(expectedHash, Hash(presentedSecret));

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
