using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using TradeTracker.Web.Data;
using TradeTracker.Web.Services.Accounts;

namespace TradeTracker.Web.Api;

/// <summary>Authenticates <c>Authorization: Bearer &lt;token&gt;</c> as the token's user, with the roles that user has
/// now. A revoked or unknown token, a deleted account or a locked-out one fails with 401 (logged through
/// <see cref="RefusedTokenLog"/>, at most once a minute per client).</summary>
public sealed class ApiTokenAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory loggerFactory,
    UrlEncoder encoder,
    ApiTokenService tokens,
    RefusedTokenLog refusals,
    UserManager<ApplicationUser> users,
    IUserClaimsPrincipalFactory<ApplicationUser> principals)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, loggerFactory, encoder)
{
    public const string SchemeName = "ApiToken";

    /// <summary>The app's default scheme: an API token for /api requests that carry one, else the Identity cookie.</summary>
    public const string CookieOrTokenScheme = "CookieOrApiToken";

    private const string BearerPrefix = "Bearer ";

    /// <summary>Only API requests that send a bearer token use this scheme; everything else uses the cookie.</summary>
    public static string SelectScheme(HttpContext context) =>
        context.Request.Path.StartsWithSegments("/api") && BearerToken(context.Request) is not null
            ? SchemeName
            : IdentityConstants.ApplicationScheme;

    private static string? BearerToken(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString();
        return header.StartsWith(BearerPrefix, StringComparison.OrdinalIgnoreCase) ? header[BearerPrefix.Length..].Trim() : null;
    }

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (BearerToken(Request) is not { } secret)
        {
            return AuthenticateResult.NoResult();
        }

        var shown = secret[..Math.Min(ApiTokenService.PrefixLength, secret.Length)];
        var token = secret.Length == 0 ? null : await tokens.UseAsync(secret, Context.RequestAborted);
        if (token is null)
        {
            refusals.Refused(Context, shown, "unknown or revoked");
            return AuthenticateResult.Fail("The API token is unknown or was revoked: create a new one on your account page.");
        }

        var user = await users.FindByIdAsync(token.UserId);
        if (user is null || await users.IsLockedOutAsync(user))
        {
            refusals.Refused(Context, token.Prefix, "its account is locked or gone");
            return AuthenticateResult.Fail("The API token's account is locked: ask an admin to unlock it.");
        }

        // The same claims a cookie sign-in would carry (name, id, current roles), under this scheme's name.
        var claims = (await principals.CreateAsync(user)).Claims;
        var identity = new ClaimsIdentity(claims, SchemeName, ClaimTypes.Name, ClaimTypes.Role);
        identity.AddClaim(new Claim(ApiTokenClaims.TokenId, token.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName));
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        var result = await HandleAuthenticateOnceSafeAsync();
        Response.Headers.WWWAuthenticate = "Bearer error=\"invalid_token\"";
        await ApiProblems.WriteAsync(Context, StatusCodes.Status401Unauthorized, result.Failure?.Message ?? ApiProblems.SignInFirst);
    }

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties) =>
        ApiProblems.WriteAsync(Context, StatusCodes.Status403Forbidden, ApiProblems.EditorsOnly);
}

public static class ApiTokenClaims
{
    /// <summary>Which token a request authenticated with, for logs.</summary>
    public const string TokenId = "tradetracker:api_token_id";
}
