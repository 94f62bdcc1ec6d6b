namespace HealthAgent.Api.Audit;

/// <summary>One row of <c>audit_log</c>.</summary>
/// <param name="Action">What was done, e.g. <c>api_key.create</c>.</param>
/// <param name="ActorRole">The caller's role: <c>admin</c>, <c>service</c>, <c>user</c> or <c>anonymous</c>.</param>
/// <param name="ActorUserId">The caller's user id when a user's own key was used.</param>
/// <param name="SubjectUserId">The user the action concerned.</param>
/// <param name="Target">The method and path that was called.</param>
/// <param name="ClientIp">Where the call came from.</param>
/// <param name="StatusCode">The response status; 2xx and 3xx count as success.</param>
/// <param name="RequestId">The request id, to find the call's log lines.</param>
/// <param name="OccurredAt">When the call ended.</param>
public sealed record AuditEntry(
    string Action, string ActorRole, Guid? ActorUserId, Guid? SubjectUserId, string Target, string? ClientIp,
    int StatusCode, string? RequestId, DateTimeOffset OccurredAt)
{
    /// <summary><c>success</c> or <c>failure</c>.</summary>
    public string Outcome => StatusCode < 400 ? "success" : "failure";
}
