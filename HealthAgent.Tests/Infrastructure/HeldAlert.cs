namespace HealthAgent.Tests.Infrastructure;

/// <summary>An alert as Alertmanager's API v2 shows it: its labels, its state, and the fingerprints of the alerts inhibiting it.</summary>
public sealed record HeldAlert(IReadOnlyDictionary<string, string> Labels, string State, IReadOnlyList<string> InhibitedBy)
{
    /// <summary>Whether an inhibition rule mutes it.</summary>
    public bool Inhibited => InhibitedBy.Count > 0;

    public override string ToString() =>
        $"{{{string.Join(", ", Labels.OrderBy(l => l.Key).Select(l => $"{l.Key}=\"{l.Value}\""))}}} {State}";
}
