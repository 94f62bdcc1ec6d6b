namespace HealthAgent.Agent;

/// <summary>The names of the two brains, as the API reports them.</summary>
public static class Brains
{
    /// <summary>The LLM brain.</summary>
    public const string Llm = "llm";

    /// <summary>The deterministic offline brain.</summary>
    public const string Offline = "offline";
}
