using System.Text;

namespace HealthAgent.AppHost.Orchestration;

/// <summary>Renders the resources as a plain-text table for the console.</summary>
public static class StatusTable
{
    /// <summary>The table, with the dashboard's address underneath.</summary>
    public static string Render(IReadOnlyList<ResourceSnapshot> resources, string? dashboardUrl)
    {
        string[] header = ["RESOURCE", "TYPE", "STATE", "HEALTH", "URL"];
        var rows = resources.Select(r => new[] { r.Name, r.Type, r.State, r.Health, r.Url ?? "" }).Prepend(header).ToList();
        var widths = Enumerable.Range(0, header.Length).Select(i => rows.Max(r => r[i].Length)).ToArray();
        var text = new StringBuilder();
        foreach (var row in rows)
        {
            text.AppendLine(string.Join("  ", row.Select((cell, i) => cell.PadRight(widths[i]))).TrimEnd());
        }
        if (dashboardUrl is not null)
        {
            text.AppendLine($"Dashboard: {dashboardUrl}   (Ctrl+C stops everything)");
        }
        return text.ToString();
    }
}
