using System.Text;
using System.Text.Json.Serialization;
using HealthAgent.Agent.Turns;
using HealthAgent.Contracts.Conversations;

namespace HealthAgent.Agent.Tools;

/// <summary>A tool drafted in chat, shown to the user with Save and Cancel buttons before anything is saved.</summary>
/// <param name="DraftId">The draft the buttons name.</param>
/// <param name="ChangesExisting">Whether saving it changes the user's tool of that name rather than adding one.</param>
/// <param name="Tool">The definition.</param>
/// <param name="Reads">Which of the user's figures (<see cref="ToolFigures"/>) the formula reads.</param>
public sealed record ToolDraftView(Guid DraftId, bool ChangesExisting, ToolDefinition Tool, IReadOnlyList<string> Reads) : IProposal
{
    /// <inheritdoc />
    [JsonIgnore]
    public string Preview
    {
        get
        {
            var text = new StringBuilder(ChangesExisting ? $"Change your tool {Tool.Name} to:\n" : $"New tool {Tool.Name}:\n");
            text.Append(Tool.Description.Trim()).Append('\n');
            text.Append("Inputs: ").Append(Tool.Parameters.Count == 0 ? "none"
                : string.Join(", ", Tool.Parameters.Select(p => string.IsNullOrWhiteSpace(p.Description) ? p.Name : $"{p.Name} ({p.Description.Trim()})"))).Append('\n');
            text.Append("Formula: ").Append(Tool.Formula.Trim()).Append('\n');
            if (Reads.Count > 0)
            {
                text.Append("Reads your ").Append(string.Join(", ", Reads)).Append('\n');
            }
            return text.Append(ChangesExisting ? "Save the change?" : $"Save it? Then run it with {ToolActions.RunCommand(Tool.Name, Tool.Parameters)}").ToString();
        }
    }

    /// <inheritdoc />
    [JsonIgnore]
    public IReadOnlyList<ReplyButton> Buttons =>
        [new("💾 Save", ToolActions.Save(DraftId)), new("❌ Cancel", ToolActions.Cancel(DraftId))];
}

/// <summary>The actions of a draft's buttons, handled by <see cref="ToolActionHandler"/>.</summary>
public static class ToolActions
{
    /// <summary>The prefix the conversation endpoint routes to <see cref="ToolActionHandler"/>.</summary>
    public const string Prefix = "tool";

    /// <summary>Saves the draft.</summary>
    public static string Save(Guid draftId) => $"{Prefix}:save:{draftId:N}";

    /// <summary>Discards the draft.</summary>
    public static string Cancel(Guid draftId) => $"{Prefix}:cancel:{draftId:N}";

    /// <summary>How the user runs the tool in chat: <c>/tool name input=… …</c>.</summary>
    public static string RunCommand(string name, IEnumerable<ToolParameter> parameters) =>
        $"/tool {name}" + string.Concat(parameters.Select(p => $" {p.Name}=…"));
}
