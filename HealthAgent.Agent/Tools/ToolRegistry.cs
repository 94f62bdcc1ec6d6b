namespace HealthAgent.Agent.Tools;

/// <summary>
/// Every <see cref="IAgentTool"/> registered in DI, by name. Features add tools with <c>AddScoped&lt;IAgentTool, …&gt;()</c>
/// (reminders do so in their own extension) and the loop offers them to the brain without further wiring.
/// </summary>
public sealed class ToolRegistry
{
    private readonly Dictionary<string, IAgentTool> _tools;

    /// <summary>Indexes the tools; a duplicate name is a wiring error.</summary>
    public ToolRegistry(IEnumerable<IAgentTool> tools)
    {
        _tools = new Dictionary<string, IAgentTool>(StringComparer.Ordinal);
        foreach (var tool in tools)
        {
            if (!_tools.TryAdd(tool.Name, tool))
            {
                throw new InvalidOperationException($"Two agent tools are named '{tool.Name}'.");
            }
        }
    }

    /// <summary>All tools, by name.</summary>
    public IReadOnlyCollection<IAgentTool> All => _tools.Values;

    /// <summary>Finds a tool by its exact name.</summary>
    public bool TryGet(string name, out IAgentTool tool) => _tools.TryGetValue(name, out tool!);
}
