using HealthAgent.Core.Data;

namespace HealthAgent.Tests.Unit.Data;

public sealed class MigrationTests
{
    [Theory]
    [InlineData("create_users.sql")]
    [InlineData("001-create-users.sql")]
    [InlineData("001_create_users.txt")]
    public void FromFile_NameWithoutNumberAndUnderscore_IsRejected(string fileName)
    {
        var act = () => Migration.FromFile(fileName, "SELECT 1;");

        act.Should().Throw<ArgumentException>().WithMessage($"*{fileName}*NNN_description.sql*");
    }

    [Fact]
    public void Checksum_IgnoresLineEndingStyle()
    {
        var unix = Migration.FromFile("001_a.sql", "CREATE TABLE a (id int);\nSELECT 1;\n");
        var windows = Migration.FromFile("001_a.sql", "CREATE TABLE a (id int);\r\nSELECT 1;\r\n");

        windows.Checksum.Should().Be(unix.Checksum);
    }

    [Fact]
    public void Checksum_ChangesWithTheScript()
    {
        Migration.FromFile("001_a.sql", "SELECT 1;").Checksum
            .Should().NotBe(Migration.FromFile("001_a.sql", "SELECT 2;").Checksum);
    }

    [Fact]
    public void Load_ReturnsEmbeddedFilesInVersionOrder()
    {
        var migrations = EmbeddedMigrations.Load();

        migrations.Should().NotBeEmpty();
        migrations[0].Name.Should().Be("001_create_users.sql");
        migrations.Select(m => m.Version).Should().BeInAscendingOrder().And.OnlyHaveUniqueItems();
    }
}
