using System.Text.RegularExpressions;
using HealthAgent.Contracts.Commands;
using HealthAgent.Agent.Commands;
using HealthAgent.Agent.Plugins;

namespace HealthAgent.Tests.Unit.Contracts;

public sealed partial class ChatCommandsTests
{
    [Fact]
    public void Catalogue_NamesAndDescriptions_AreWhatTelegramAccepts()
    {
        ChatCommands.All.Select(c => c.Name).Should().OnlyHaveUniqueItems();
        // setMyCommands: 1–32 characters of a-z, 0-9 and _; descriptions of 1–256 characters.
        ChatCommands.All.Should().OnlyContain(c => TelegramCommandName().IsMatch(c.Name), "Telegram rejects other command names");
        ChatCommands.All.Should().OnlyContain(c => c.Description.Length >= 1 && c.Description.Length <= 256);
    }

    [Fact]
    public void EveryCommandAnsweredByTheApi_MapsToAFunctionOrTheHelp_AndOthersToNothing()
    {
        var english = HealthAgent.Tests.Unit.Agent.OfflineIntentTests.English.Value;
        var api = ChatCommands.All.Where(c => c.AnsweredBy == CommandHandler.Api && !c.AdminOnly).Select(c => c.Name).ToList();

        CommandFunctions.Known.Should().BeEquivalentTo(api);
        api.Where(name => CommandFunctions.FlowOf(name) is null && name != CommandFunctions.Activate).Select(name => CommandFunctions.For(name, null, english))
            .Should().OnlyContain(u => u != null && !u.IsEmpty, "the Bot forwards these to the Api");
        api.Where(name => CommandFunctions.FlowOf(name) is not null).Should().BeEquivalentTo(["start", "sleep", "settings"], "these start a guided flow");
        CommandFunctions.For("goals", null, english)!.Calls.Single().Tool.Should().Be(AgentFunctions.GoalsGet, "a command is a function call, not English to parse");
        CommandFunctions.For("timezone", "Lisbon", english)!.Calls.Single().Arguments["timeZone"].Should().Be("Lisbon");
        CommandFunctions.For("delete_me", null, english).Should().BeNull("the Bot answers it itself");
    }

    [Fact]
    public void AdminCommands_AreAnsweredByTheApi_AndLeftOutOfTheMenuAndTheHelp()
    {
        var admin = ChatCommands.All.Where(c => c.AdminOnly).Select(c => c.Name).ToList();
        var help = HealthAgent.Tests.Unit.Agent.OfflineIntentTests.English.Value.Help;

        admin.Should().Equal("invite", "invites", "revoke", "plan");
        admin.Should().OnlyContain(name => ChatCommands.IsAnsweredByApi(name), "the Api owns plans and checks who is an administrator");
        ChatCommands.Menu.Select(c => c.Name).Should().NotIntersectWith(admin);
        CommandFunctions.Known.Should().NotIntersectWith(admin, "they are not ordinary commands");
        admin.Should().OnlyContain(name => !help.Contains("/" + name + " ", StringComparison.Ordinal) && !help.Contains("/" + name + "\n", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("today", true)]
    [InlineData("TODAY", true)]
    [InlineData("delete_me", false)]
    [InlineData("nonsense", false)]
    [InlineData(null, false)]
    public void IsAnsweredByApi_FollowsTheCatalogue(string? name, bool expected) =>
        ChatCommands.IsAnsweredByApi(name).Should().Be(expected);

    [GeneratedRegex("^[a-z0-9_]{1,32}$")]
    private static partial Regex TelegramCommandName();
}
