using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TradeTracker.Web.Services.Accounts;

namespace TradeTracker.IntegrationTests.Infrastructure;

/// <summary>Signs in whoever a request names in <see cref="Header"/> (editor, admin, or reader with no role).
/// Requests without the header fall through to the app's own schemes (API token or cookie), so anonymous calls meet
/// the real challenge and a real Bearer token works.</summary>
public sealed class TestAuthHandler(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "Test";
    public const string Header = "X-Test-User";

    /// <summary>Forwards to <see cref="SchemeName"/> when the header is present, else to the app's default scheme.</summary>
    public const string SelectorScheme = "TestOrCookie";

    public static IReadOnlyList<string> RolesOf(string user) => user switch
    {
        "editor" => [Roles.Editor],
        "admin" => [Roles.Editor, Roles.Admin],
        _ => [],
    };

    public static ClaimsPrincipal Principal(string user)
    {
        var claims = new List<Claim> { new(ClaimTypes.Name, $"{user}@tests.local"), new(ClaimTypes.NameIdentifier, user) };
        claims.AddRange(RolesOf(user).Select(r => new Claim(ClaimTypes.Role, r)));
        return new ClaimsPrincipal(new ClaimsIdentity(claims, SchemeName));
    }

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!Request.Headers.TryGetValue(Header, out var values) || values.Count == 0 || string.IsNullOrWhiteSpace(values[0]))
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }

        var principal = Principal(values[0]!.Trim().ToLowerInvariant());
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName)));
    }
}
