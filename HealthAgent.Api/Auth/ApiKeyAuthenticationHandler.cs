using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using HealthAgent.Core.Auth;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace HealthAgent.Api.Auth;

/// <summary>
/// Authenticates <c>Authorization: Bearer &lt;key&gt;</c> or <c>X-Api-Key: &lt;key&gt;</c>: the admin key, the service key
/// (both compared in constant time) or a user's key (looked up by prefix, its hash compared in constant time).
/// </summary>
public sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder,
    IOptions<AuthOptions> keys, ApiKeyService apiKeys)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var presented = Presented(Request);
        if (presented is null)
        {
            return AuthenticateResult.NoResult();
        }
        if (SameKey(keys.Value.AdminKey, presented))
        {
            return Success(new Claim(ClaimTypes.Role, ApiRoles.Admin));
        }
        if (SameKey(keys.Value.ServiceKey, presented))
        {
            return Success(new Claim(ClaimTypes.Role, ApiRoles.Service));
        }
        var key = await apiKeys.VerifyAsync(presented, Context.RequestAborted);
        return key is { } found
            ? Success(new Claim(ClaimTypes.Role, ApiRoles.User), new Claim(ApiRoles.UserIdClaim, found.UserId.ToString()),
                new Claim(ApiRoles.KeyIdClaim, found.KeyId.ToString()))
            : AuthenticateResult.Fail("The API key is not valid or was revoked.");
    }

    /// <summary>401 as Problem Details with <c>WWW-Authenticate: Bearer</c> (RFC 6750), saying whether a key was missing or refused.</summary>
    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        var presented = Presented(Request) is not null;
        Response.Headers.WWWAuthenticate = presented ? "Bearer error=\"invalid_token\"" : "Bearer";
        await WriteProblemAsync(StatusCodes.Status401Unauthorized, "Unauthorized",
            presented ? "The API key is not valid or was revoked." : "Send an API key as 'Authorization: Bearer <key>'.");
    }

    /// <summary>403 as Problem Details with <c>WWW-Authenticate: Bearer error="insufficient_scope"</c>.</summary>
    protected override async Task HandleForbiddenAsync(AuthenticationProperties properties)
    {
        Response.Headers.WWWAuthenticate = "Bearer error=\"insufficient_scope\"";
        await WriteProblemAsync(StatusCodes.Status403Forbidden, "Forbidden", "This key may not do that.");
    }

    private async Task WriteProblemAsync(int status, string title, string detail)
    {
        Response.StatusCode = status;
        var problems = Context.RequestServices.GetRequiredService<IProblemDetailsService>();
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = Context,
            ProblemDetails = new Microsoft.AspNetCore.Mvc.ProblemDetails { Status = status, Title = title, Detail = detail },
        });
    }

    private static string? Presented(HttpRequest request)
    {
        if (request.Headers.Authorization.ToString() is { Length: > 7 } header && header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return header[7..].Trim();
        }
        return request.Headers["X-Api-Key"].ToString() is { Length: > 0 } key ? key.Trim() : null;
    }

    private static bool SameKey(string? configured, string presented) =>
        configured is { Length: > 0 } && CryptographicOperations.FixedTimeEquals(
            SHA256.HashData(Encoding.UTF8.GetBytes(configured)), SHA256.HashData(Encoding.UTF8.GetBytes(presented)));

    private AuthenticateResult Success(params Claim[] claims) =>
        AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(new ClaimsIdentity(claims, ApiRoles.Scheme)), ApiRoles.Scheme));
}
