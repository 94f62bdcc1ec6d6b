using HealthAgent.Core.Common;

namespace HealthAgent.Core.Tracking;

/// <summary>Collects field errors so that one <see cref="DomainValidationException"/> names every bad field.</summary>
internal sealed class ErrorList
{
    private readonly Dictionary<string, List<string>> _errors = [];

    public void Add(string field, string message)
    {
        if (!_errors.TryGetValue(field, out var messages))
        {
            _errors[field] = messages = [];
        }
        messages.Add(message);
    }

    public void ThrowIfAny()
    {
        if (_errors.Count > 0)
        {
            throw new DomainValidationException(_errors.ToDictionary(e => e.Key, e => e.Value.ToArray()));
        }
    }
}
