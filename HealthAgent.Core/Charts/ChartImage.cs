namespace HealthAgent.Core.Charts;

/// <summary>A rendered chart: a PNG, and a sentence saying what it shows (sent as the photo's caption).</summary>
/// <param name="Kind">Which chart.</param>
/// <param name="Caption">What it shows, with the figures behind it.</param>
/// <param name="Png">The image.</param>
public sealed record ChartImage(ChartKind Kind, string Caption, [property: System.Text.Json.Serialization.JsonIgnore] byte[] Png)
{
    /// <summary>The media type of <see cref="Png"/>.</summary>
    public const string MediaType = "image/png";

    /// <summary>Width and height in pixels: sharp on a phone, small to send.</summary>
    public const int Width = 800, Height = 500;
}
