using HealthAgent.Core.Charts;
using HealthAgent.Core.Common;
using Microsoft.AspNetCore.Http.HttpResults;

namespace HealthAgent.Api.Apis;

/// <summary>The user's charts as PNG, the same images the chat sends.</summary>
public static class ChartsApi
{
    public static IEndpointRouteBuilder MapChartsApi(this IEndpointRouteBuilder app)
    {
        app.MapUserScope("/charts", "Charts")
            .MapGet("/{kind}", async Task<FileContentHttpResult> (Guid userId, string kind, ChartService charts, HttpContext http, CancellationToken ct) =>
            {
                if (!Enum.TryParse<ChartKind>(kind, ignoreCase: true, out var chosen) || !Enum.IsDefined(chosen))
                {
                    throw DomainValidationException.For("kind", $"kind is one of {string.Join(", ", Enum.GetNames<ChartKind>().Select(n => n.ToLowerInvariant()))}.");
                }
                var chart = await charts.RenderAsync(userId, chosen, ct);
                // The caption carries the figures for clients that show the image without them.
                http.Response.Headers["X-Chart-Caption"] = Uri.EscapeDataString(chart.Caption);
                return TypedResults.File(chart.Png, ChartImage.MediaType);
            })
            .WithName("GetChart")
            .WithSummary("A chart of the user's data as PNG: calories or macros (this week), weight (30 days), sleep or water (7 days).")
            .Produces<Stream>(StatusCodes.Status200OK, ChartImage.MediaType);
        return app;
    }
}
