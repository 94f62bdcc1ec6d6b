using System.ComponentModel;
using HealthAgent.Core.Charts;
using Microsoft.SemanticKernel;

namespace HealthAgent.Agent.Plugins.Charts;

/// <summary>The <c>charts</c> plugin: a chart of the user's own data, sent as a photo under the reply.</summary>
public sealed class ChartsPlugin(ToolContext user, ChartService charts)
{
    /// <summary>The plugin's name.</summary>
    public const string Name = "charts";

    /// <summary><c>charts_show</c>.</summary>
    [KernelFunction("show"), Description(
        "Sends the user a chart of their own data: calories (this week against the goal), macros (this week), weight (30 days), sleep (7 nights) " +
        "or water (7 days). The image goes under your reply with a caption of its figures; do not describe the picture.")]
    public Task<ChartImage> ShowAsync([Description("Which chart.")] ChartKind kind, CancellationToken cancellationToken = default) =>
        charts.RenderAsync(user.UserId, kind, cancellationToken);
}
