using HealthAgent.Tests.Infrastructure;
using YamlDotNet.RepresentationModel;

namespace HealthAgent.Tests.Unit.Deployment;

/// <summary>One of deploy/azure/*.containerapp.yaml, read as YAML.</summary>
internal sealed class ContainerAppSpec(YamlMappingNode root)
{
    public static ContainerAppSpec Load(string service)
    {
        var yaml = new YamlStream();
        using var reader = new StreamReader(Path.Combine(RepositoryLayout.Root, "deploy", "azure", $"{service}.containerapp.yaml"));
        yaml.Load(reader);
        return new ContainerAppSpec((YamlMappingNode)yaml.Documents[0].RootNode);
    }

    private YamlMappingNode Properties => Map(root, "properties");

    private YamlMappingNode Container => (YamlMappingNode)((YamlSequenceNode)Map(Properties, "template")["containers"]).Children.Single();

    public IReadOnlyDictionary<string, (string? Value, string? SecretRef)> Environment =>
        ((YamlSequenceNode)Container["env"]).Children.Cast<YamlMappingNode>()
            .ToDictionary(e => Text(e, "name")!, e => (Text(e, "value"), Text(e, "secretRef")));

    public IReadOnlyDictionary<string, string?> Secrets =>
        ((YamlSequenceNode)Map(Properties, "configuration")["secrets"]).Children.Cast<YamlMappingNode>().ToDictionary(s => Text(s, "name")!, s => Text(s, "keyVaultUrl"));

    public IReadOnlyDictionary<string, (string Path, int Port, int FailureThreshold)> Probes =>
        ((YamlSequenceNode)Container["probes"]).Children.Cast<YamlMappingNode>().ToDictionary(p => Text(p, "type")!,
            p => (Text(Map(p, "httpGet"), "path")!, int.Parse(Text(Map(p, "httpGet"), "port")!), int.Parse(Text(p, "failureThreshold")!)));

    public int TargetPort => int.Parse(Text(Map(Map(Properties, "configuration"), "ingress"), "targetPort")!);

    public bool External => Text(Map(Map(Properties, "configuration"), "ingress"), "external") == "true";

    public (int Min, int Max, IReadOnlyList<string> RuleKinds) Scale
    {
        get
        {
            var scale = Map(Map(Properties, "template"), "scale");
            var kinds = ((YamlSequenceNode)scale["rules"]).Children.Cast<YamlMappingNode>()
                .Select(r => r.Children.Keys.Select(k => ((YamlScalarNode)k).Value!).Single(k => k != "name")).ToList();
            return (int.Parse(Text(scale, "minReplicas")!), int.Parse(Text(scale, "maxReplicas")!), kinds);
        }
    }

    private static YamlMappingNode Map(YamlMappingNode node, string key) => (YamlMappingNode)node[key];

    private static string? Text(YamlMappingNode node, string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var value) ? ((YamlScalarNode)value).Value : null;
}
