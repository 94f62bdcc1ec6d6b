namespace HealthAgent.Core.Common;

/// <summary>
/// The id of the request being served (<c>X-Request-Id</c>), for records that name it, such as the tool audit, when
/// the code writing them is not handed one (an agent function). Null outside a request.
/// </summary>
public interface IRequestIdentity
{
    /// <summary>The current request's id, or null.</summary>
    string? RequestId { get; }
}

/// <summary>The identity outside any request (the Worker, tests without HTTP): none.</summary>
public sealed class NoRequestIdentity : IRequestIdentity
{
    /// <inheritdoc />
    public string? RequestId => null;
}
