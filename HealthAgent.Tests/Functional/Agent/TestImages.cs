namespace HealthAgent.Tests.Functional.Agent;

/// <summary>Small real images for photo tests.</summary>
public static class TestImages
{
    /// <summary>A 1×1 PNG.</summary>
    public const string PngBase64 = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==";
}
