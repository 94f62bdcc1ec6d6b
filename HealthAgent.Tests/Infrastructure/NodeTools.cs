using HealthAgent.Tests.Infrastructure.Servers;

namespace HealthAgent.Tests.Infrastructure;

/// <summary>
/// The npm command-line tools locked in <c>eng/node</c> (installed by <c>eng/prerequisites.sh</c>): the Redocly linter
/// and the Prism validating proxy for the OpenAPI document.
/// </summary>
public static class NodeTools
{
    /// <summary>The folder with <c>package.json</c>.</summary>
    public static string Folder => Path.Combine(RepositoryLayout.Root, "eng", "node");

    /// <summary>The path of the installed command <paramref name="name"/> in <c>node_modules/.bin</c>.</summary>
    public static string Command(string name)
    {
        var path = Path.Combine(Folder, "node_modules", ".bin", name);
        return File.Exists(path)
            ? path
            : throw new InvalidOperationException($"{name} is not installed in {Folder}: run eng/prerequisites.sh (or 'npm ci' there).");
    }

    /// <summary>Runs <paramref name="name"/> to completion.</summary>
    public static Task<ProcessRunner.Result> RunAsync(string name, params string[] arguments) =>
        ProcessRunner.RunAsync(Command(name), arguments, timeout: TimeSpan.FromMinutes(2));
}
