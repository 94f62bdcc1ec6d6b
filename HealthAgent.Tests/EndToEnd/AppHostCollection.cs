namespace HealthAgent.Tests.EndToEnd;

/// <summary>The test classes that share one running AppHost (it takes a minute to start on two cores).</summary>
[CollectionDefinition(Name)]
public sealed class AppHostCollection : ICollectionFixture<AppHostFixture>
{
    public const string Name = "AppHost";
}
