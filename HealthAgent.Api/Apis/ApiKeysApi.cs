using System.Security.Claims;
using HealthAgent.Api.Auth;
using HealthAgent.Api.Contracts;
using HealthAgent.Api.Validation;
using HealthAgent.Core.Auth;
using Microsoft.AspNetCore.Http.HttpResults;

namespace HealthAgent.Api.Apis;

/// <summary>A user's API keys: created (shown once), listed, revoked.</summary>
public static class ApiKeysApi
{
    public static IEndpointRouteBuilder MapApiKeysApi(this IEndpointRouteBuilder app)
    {
        var keys = app.MapUserScope("/keys", "API keys");
        keys.MapPost("", Create).WithName("CreateApiKey").WithSummary("Creates a key; the response is the only time its secret is shown. A key created with a user key is revoked with it.")
            .Validate<CreateApiKeyRequest>();
        keys.MapGet("", List).WithName("ListApiKeys").WithSummary("The user's keys, without secrets.");
        keys.MapDelete("/{keyId:guid}", Revoke).WithName("RevokeApiKey").WithSummary("Revokes a key at once.");
        return app;
    }

    // A key created with a user key dies with it (revoking the parent revokes it); the service and admin keys create roots.
    private static async Task<Created<CreatedApiKey>> Create(Guid userId, CreateApiKeyRequest request, ClaimsPrincipal caller, ApiKeyService keys, CancellationToken ct)
    {
        var parent = Guid.TryParse(caller.FindFirstValue(ApiRoles.KeyIdClaim), out var keyId) ? keyId : (Guid?)null;
        var (info, text) = await keys.CreateAsync(userId, request.Name, parent, ct);
        return TypedResults.Created($"/api/v1/users/{userId}/keys/{info.Id}", new CreatedApiKey(info, text));
    }

    private static async Task<Ok<IReadOnlyList<ApiKeyInfo>>> List(Guid userId, ApiKeyService keys, CancellationToken ct) =>
        TypedResults.Ok(await keys.ListAsync(userId, ct));

    private static async Task<Ok<ApiKeyInfo>> Revoke(Guid userId, Guid keyId, ApiKeyService keys, CancellationToken ct) =>
        TypedResults.Ok(await keys.RevokeAsync(userId, keyId, ct));
}
