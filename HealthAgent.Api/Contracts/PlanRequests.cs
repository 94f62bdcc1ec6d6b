namespace HealthAgent.Api.Contracts;

/// <summary>Body of <c>POST /api/v1/admin/invites</c>.</summary>
/// <param name="Plan">The plan the code gives: free, basic or premium.</param>
/// <param name="MaxUses">How many users may redeem it (1–10000; default 1).</param>
/// <param name="ExpiresAt">When it stops working (RFC 3339), or null for never.</param>
/// <param name="Note">Who it is for (at most 200 characters).</param>
public sealed record CreateInviteRequest(string Plan, int? MaxUses = null, DateTimeOffset? ExpiresAt = null, string? Note = null);

/// <summary>Body of <c>PUT /api/v1/admin/users/{userId}/plan</c>.</summary>
/// <param name="Plan">free, basic or premium.</param>
public sealed record SetPlanRequest(string Plan);
