namespace HealthAgent.Api.Auth;

/// <summary>Who is calling, and the claim that carries a user key's owner.</summary>
public static class ApiRoles
{
    public const string Admin = "admin";
    public const string Service = "service";
    public const string User = "user";
    public const string UserIdClaim = "user_id";

    /// <summary>The claim with the id of the user key that authenticated the call.</summary>
    public const string KeyIdClaim = "healthagent:key_id";
    public const string Scheme = "ApiKey";
}
