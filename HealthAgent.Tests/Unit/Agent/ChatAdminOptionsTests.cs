using HealthAgent.Agent.Admin;
using Microsoft.Extensions.Configuration;

namespace HealthAgent.Tests.Unit.Agent;

public sealed class ChatAdminOptionsTests
{
    [Theory]
    [InlineData("Telegram:AdminIds", "111, 222;333")]
    [InlineData("Telegram:AdminIds:0", "111", "Telegram:AdminIds:1", "222", "Telegram:AdminIds:2", "333")]
    public void AdminIds_CommaSeparatedOrAnArray_ReadTheSameIds(params string[] pairs)
    {
        var options = Read(pairs);

        options.TelegramIds.Should().BeEquivalentTo([111L, 222L, 333L]);
        options.Invalid.Should().BeEmpty();
    }

    [Fact]
    public void AdminIds_Unset_MeansNoOne()
    {
        var options = Read();

        options.TelegramIds.Should().BeEmpty();
        options.Invalid.Should().BeEmpty();
    }

    [Fact]
    public void AdminIds_WithANameOrANegativeNumber_ListsThemAsInvalid()
    {
        var options = Read("Telegram:AdminIds", "111,@alice,-5");

        options.TelegramIds.Should().BeEquivalentTo([111L]);
        options.Invalid.Should().Equal("@alice", "-5");
    }

    private static ChatAdminOptions Read(params string[] pairs)
    {
        var settings = pairs.Chunk(2).ToDictionary(pair => pair[0], pair => (string?)pair[1]);
        var options = new ChatAdminOptions();
        options.Read(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        return options;
    }
}
