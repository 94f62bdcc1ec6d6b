using System.Net;
using System.Text;
using HealthAgent.AppHost.Orchestration;

namespace HealthAgent.AppHost.Dashboard;

/// <summary>Renders the dashboard's one page on the server; every value is HTML-encoded.</summary>
public static class DashboardPage
{
    /// <summary>The page, refreshing itself every 5 s like the AppHost's health checks.</summary>
    public static string Render(IReadOnlyList<ResourceSnapshot> resources, string? url)
    {
        var html = new StringBuilder("""
            <!doctype html>
            <html lang="en"><head><meta charset="utf-8"><meta http-equiv="refresh" content="5">
            <title>HealthAgent AppHost</title>
            <style>body{font-family:system-ui,sans-serif;margin:2rem}table{border-collapse:collapse}td,th{padding:.3rem .8rem;border-bottom:1px solid #ddd;text-align:left}
            .Healthy{color:#080}.Unhealthy{color:#b00}.Unknown{color:#888}</style></head>
            <body><h1>HealthAgent AppHost</h1>
            <table><tr><th>Resource</th><th>Type</th><th>State</th><th>Health</th><th>URL</th><th>PID</th><th>Message</th><th></th></tr>
            """);
        foreach (var r in resources)
        {
            var link = r.Url is { } u && u.StartsWith("http", StringComparison.Ordinal) ? $"<a href=\"{Encode(u)}\">{Encode(u)}</a>" : Encode(r.Url);
            html.Append($"<tr><td>{Encode(r.Name)}</td><td>{Encode(r.Type)}</td><td>{Encode(r.State)}</td>")
                .Append($"<td class=\"{Encode(r.Health)}\">{Encode(r.Health)}</td><td>{link}</td><td>{r.Pid}</td><td>{Encode(r.Message)}</td>")
                .Append($"<td><a href=\"/logs/{Uri.EscapeDataString(r.Name)}\">logs</a></td></tr>\n");
        }
        html.Append($"</table><p><a href=\"/logs/{ResourceLogs.AppHost}\">AppHost log</a> · <a href=\"/api/resources\">JSON</a> · {Encode(url)}</p></body></html>\n");
        return html.ToString();
    }

    private static string Encode(string? text) => WebUtility.HtmlEncode(text ?? "");
}
