namespace HealthAgent.Agent.Plugins;

/// <summary>
/// What a function call came to. A failure is data, not an exception: its <see cref="Error"/> is fed back to the
/// brain so it can recover (ask the user, fix the arguments).
/// </summary>
/// <param name="Success">Whether the tool did what was asked.</param>
/// <param name="Data">The result, JSON-serialisable, when it succeeded.</param>
/// <param name="Error">What went wrong, in words a model and a user understand, when it failed.</param>
public sealed record ToolResult(bool Success, object? Data, string? Error)
{
    /// <summary>A success.</summary>
    public static ToolResult Ok(object? data) => new(true, data, null);

    /// <summary>A failure the brain can recover from.</summary>
    public static ToolResult Fail(string error) => new(false, null, error);
}
