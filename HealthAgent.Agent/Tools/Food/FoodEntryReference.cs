using HealthAgent.Core.Food;

namespace HealthAgent.Agent.Tools.Food;

/// <summary>Resolves the entry a food tool acts on: an explicit <c>entry_id</c>, or the latest entry when <c>last</c> is true.</summary>
internal static class FoodEntryReference
{
    public const string SchemaProperties = """
        "entry_id":{"type":"string","description":"The entry's id, from a previous log_food or get_day_summary result."},
        "last":{"type":"boolean","description":"True to act on the most recently logged entry instead of an id."}
        """;

    public static async Task<Guid> ResolveAsync(ToolArguments args, Guid userId, FoodLogService log, CancellationToken cancellationToken)
    {
        if (args.String("entry_id", 64) is { } text)
        {
            return Guid.TryParse(text, out var id) ? id : throw new ToolArgumentException("'entry_id' must be an entry id (a GUID).");
        }
        if (args.Boolean("last") == true)
        {
            var page = await log.ListAsync(userId, null, 1, null, cancellationToken);
            return page.Items.Count > 0 ? page.Items[0].Id : throw new ToolArgumentException("There is no food entry yet.");
        }
        throw new ToolArgumentException("Give 'entry_id', or 'last': true for the latest entry.");
    }
}
