using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using HealthAgent.Core.Memory;
using Microsoft.SemanticKernel;

namespace HealthAgent.Agent.Plugins.Memory;

/// <summary>The <c>memory</c> plugin: lasting facts the user asked to be remembered, recalled and forgotten.</summary>
public sealed class MemoryPlugin(ToolContext user, MemoryService memories)
{
    /// <summary>The plugin's name.</summary>
    public const string Name = "memory";

    /// <summary>The longest query.</summary>
    public const int MaxQueryLength = 200;

    /// <summary><c>memory_remember</c>.</summary>
    [KernelFunction("remember"), Description("Remembers a lasting fact about the user (diet, preferences, routine). Only what the user said.")]
    public Task<RememberResult> RememberAsync(
        [Description("The fact in the user's words, e.g. 'I'm vegetarian'."), MaxLength(MemoryService.MaxContentLength)] string content,
        MemoryCategory category = MemoryCategory.Other,
        CancellationToken cancellationToken = default) =>
        memories.RememberAsync(user.UserId, content, category, MemorySource.User, cancellationToken);

    /// <summary><c>memory_recall</c>.</summary>
    [KernelFunction("recall"), Description("Looks up what the user told you to remember.")]
    public Task<IReadOnlyList<MemoryView>> RecallAsync(
        [Description("What to look for; omit for everything recent."), MaxLength(MaxQueryLength)] string? query = null,
        [Range(1, 50)] int limit = 20,
        CancellationToken cancellationToken = default) =>
        memories.RecallAsync(user.UserId, query, limit, cancellationToken);

    /// <summary><c>memory_forget</c>.</summary>
    [KernelFunction("forget"), Description("Forgets remembered facts matching the query.")]
    public async Task<IReadOnlyList<MemoryView>> ForgetAsync(
        [Description("The fact to forget, e.g. 'I'm vegetarian'."), MaxLength(MaxQueryLength)] string query,
        CancellationToken cancellationToken = default)
    {
        var forgotten = await memories.ForgetAsync(user.UserId, query, cancellationToken);
        return forgotten.Count == 0 ? throw new ToolArgumentException($"Nothing remembered matches '{query}'.") : forgotten;
    }
}
