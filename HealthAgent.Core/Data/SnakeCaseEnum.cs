using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace HealthAgent.Core.Data;

/// <summary>Stores an enum as its snake_case name (<c>VeryActive</c> → <c>very_active</c>), matching the CHECK constraints in SQL.</summary>
public sealed class SnakeCaseEnum<TEnum>() : ValueConverter<TEnum, string>(
    value => SnakeCaseNames.ToSnakeCase(value.ToString()),
    text => Parse(text))
    where TEnum : struct, Enum
{
    private static TEnum Parse(string text) => Enum.Parse<TEnum>(text.Replace("_", ""), ignoreCase: true);
}
