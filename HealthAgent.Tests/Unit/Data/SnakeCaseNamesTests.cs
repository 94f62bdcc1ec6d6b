using HealthAgent.Core.Data;

namespace HealthAgent.Tests.Unit.Data;

public sealed class SnakeCaseNamesTests
{
    [Theory]
    [InlineData("Id", "id")]
    [InlineData("TelegramId", "telegram_id")]
    [InlineData("CreatedAt", "created_at")]
    [InlineData("HTTPStatus", "http_status")]
    [InlineData("UserId2", "user_id2")]
    public void ToSnakeCase_MapsPascalCase(string name, string expected) =>
        SnakeCaseNames.ToSnakeCase(name).Should().Be(expected);
}
