using System.Text.RegularExpressions;
using HealthAgent.Tests.Infrastructure;

namespace HealthAgent.Tests.Unit.Architecture;

/// <summary>Core's feature folders depend on each other in one direction only: no folder reaches back to one that uses it.</summary>
public sealed partial class CoreFeatureGraphTests
{
    private static readonly string CoreFolder = Path.Combine(RepositoryLayout.Root, "HealthAgent.Core");

    [Fact]
    public void FeatureFolders_HaveNoImportCycle()
    {
        var graph = ReadGraph();

        var cycles = StronglyConnected(graph).Where(component => component.Count > 1).ToList();

        graph.Should().ContainKey("Food", "the graph is read from Core's sources");
        cycles.Should().BeEmpty("a cycle between feature folders means one of them belongs elsewhere: {0}",
            string.Join("; ", cycles.Select(c => string.Join(" ⇄ ", c))));
    }

    [Fact]
    public void Core_HasNoAgentFolder_TheAgentIsItsOwnProject()
    {
        Directory.Exists(Path.Combine(CoreFolder, "Agent")).Should().BeFalse("the agent lives in HealthAgent.Agent, used by the Api only");
        ReadGraph().Values.SelectMany(targets => targets).Should().NotContain("Agent");
    }

    /// <summary>Folder → the other Core folders its files name in a <c>using</c> or a qualified name.</summary>
    private static Dictionary<string, HashSet<string>> ReadGraph()
    {
        var graph = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(CoreFolder, "*.cs", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(CoreFolder, file).Split(Path.DirectorySeparatorChar);
            if (relative.Length < 2 || relative[0] is "bin" or "obj")
            {
                continue;
            }
            var folder = relative[0];
            var targets = graph.TryGetValue(folder, out var known) ? known : graph[folder] = [];
            foreach (Match reference in CoreReference().Matches(File.ReadAllText(file)))
            {
                if (reference.Groups[1].Value != folder)
                {
                    targets.Add(reference.Groups[1].Value);
                }
            }
        }
        return graph;
    }

    // Tarjan's algorithm: every strongly connected component of more than one folder is a cycle.
    private static List<List<string>> StronglyConnected(Dictionary<string, HashSet<string>> graph)
    {
        var index = new Dictionary<string, int>();
        var low = new Dictionary<string, int>();
        var stack = new Stack<string>();
        var components = new List<List<string>>();
        void Visit(string node)
        {
            index[node] = low[node] = index.Count;
            stack.Push(node);
            foreach (var next in graph.GetValueOrDefault(node) ?? [])
            {
                if (!index.ContainsKey(next))
                {
                    Visit(next);
                    low[node] = Math.Min(low[node], low[next]);
                }
                else if (stack.Contains(next))
                {
                    low[node] = Math.Min(low[node], index[next]);
                }
            }
            if (low[node] == index[node])
            {
                var component = new List<string>();
                string member;
                do
                {
                    member = stack.Pop();
                    component.Add(member);
                }
                while (member != node);
                components.Add(component);
            }
        }
        foreach (var node in graph.Keys.ToList())
        {
            if (!index.ContainsKey(node))
            {
                Visit(node);
            }
        }
        return components;
    }

    [GeneratedRegex(@"(?:^using |(?<!namespace )\b)HealthAgent\.Core\.(\w+)", RegexOptions.Multiline)]
    private static partial Regex CoreReference();
}
