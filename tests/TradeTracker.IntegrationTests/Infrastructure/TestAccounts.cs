using System.Net;
using System.Net.Http.Headers;
using System.Security.Claims;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using TradeTracker.Web.Data;
using TradeTracker.Web.Services.Accounts;

namespace TradeTracker.IntegrationTests.Infrastructure;

/// <summary>Real accounts, real API tokens and real sign-ins through the app's own Identity stores and sign-in form,
/// for the tests of what the test header scheme cannot show: tokens, lockout, roles as the store has them now.</summary>
public static partial class TestAccounts
{
    public const string Password = "Test-pass-2025!";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>A new account with a unique e-mail ("<paramref name="name"/>-xxxx@tests.local") and these roles.</summary>
    public static async Task<ApplicationUser> CreateAccountAsync(this TradeTrackerFactory factory, string name, params string[] roles)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var email = $"{name}-{Guid.NewGuid():N}"[..(name.Length + 9)] + "@tests.local";
        var user = new ApplicationUser { UserName = email, Email = email, EmailConfirmed = true };
        AssertSucceeded(await users.CreateAsync(user, Password));
        AssertSucceeded(await users.AddToRolesAsync(user, roles));
        return user;
    }

    /// <summary>The principal a cookie sign-in would give this account now (its id, name and stored roles).</summary>
    public static async Task<ClaimsPrincipal> PrincipalOfAsync(this TradeTrackerFactory factory, ApplicationUser user)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var fresh = await users.FindByIdAsync(user.Id) ?? throw new InvalidOperationException($"No account {user.Id}.");
        return await scope.ServiceProvider.GetRequiredService<IUserClaimsPrincipalFactory<ApplicationUser>>().CreateAsync(fresh);
    }

    /// <summary>Issues a token for the account the way the app does and returns its secret. Readers cannot create
    /// tokens, so theirs is issued as the Development seeding issues one (it stands for a token made while the
    /// account was an editor).</summary>
    public static async Task<string> CreateTokenAsync(this TradeTrackerFactory factory, ApplicationUser user)
    {
        var tokens = factory.GetService<ApiTokenService>();
        var principal = await factory.PrincipalOfAsync(user);
        if (principal.IsInRole(TradeTracker.Web.Services.Accounts.Roles.Editor) || principal.IsInRole(TradeTracker.Web.Services.Accounts.Roles.Admin))
        {
            return (await tokens.CreateAsync(principal, "test tool", Ct)).Secret;
        }

        var secret = "tt_test_" + Guid.NewGuid().ToString("N");
        await tokens.EnsureAsync(user.Id, "test tool", secret, Ct);
        return secret;
    }

    /// <summary>A client that sends <c>Authorization: Bearer &lt;secret&gt;</c> and no test header.</summary>
    public static HttpClient CreateBearerClient(this TradeTrackerFactory factory, string secret)
    {
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = factory.ClientOptions.BaseAddress });
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", secret);
        return client;
    }

    /// <summary>A client with a cookie jar and no test header, as a browser signing in.</summary>
    public static HttpClient CreateBrowserClient(this TradeTrackerFactory factory) =>
        factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true, BaseAddress = factory.ClientOptions.BaseAddress });

    /// <summary>Fills in and posts the sign-in form (with its antiforgery token) and returns the answer to the post.</summary>
    public static async Task<HttpResponseMessage> PostSignInAsync(this HttpClient browser, string email, string password)
    {
        var form = await browser.GetStringAsync("/Account/Login", Ct);
        var fields = HiddenInput().Matches(form)
            .Select(m => (Name: Attribute(m.Value, "name"), Value: Attribute(m.Value, "value")))
            .Where(f => f.Name is not null)
            .Select(f => new KeyValuePair<string, string>(f.Name!, f.Value ?? ""))
            .ToList();
        fields.Add(new("Input.Email", email));
        fields.Add(new("Input.Password", password));
        using var content = new FormUrlEncodedContent(fields);
        return await browser.PostAsync("/Account/Login", content, Ct);
    }

    /// <summary>True when the post signed the account in: a redirect away from the sign-in and lockout pages, with
    /// the Identity cookie set.</summary>
    public static bool SignedIn(this HttpResponseMessage response) =>
        response.StatusCode == HttpStatusCode.Redirect
        && response.Headers.Location?.ToString().Contains("Account/", StringComparison.OrdinalIgnoreCase) == false
        && response.Headers.TryGetValues("Set-Cookie", out var cookies)
        && cookies.Any(c => c.StartsWith(".AspNetCore.Identity.Application=", StringComparison.Ordinal));

    private static string? Attribute(string tag, string name)
    {
        var match = Regex.Match(tag, $"\\b{name}=\"([^\"]*)\"");
        return match.Success ? WebUtility.HtmlDecode(match.Groups[1].Value) : null;
    }

    private static void AssertSucceeded(IdentityResult result) =>
        Assert.True(result.Succeeded, string.Join(" ", result.Errors.Select(e => e.Description)));

    [GeneratedRegex("<input[^>]*type=\"hidden\"[^>]*>")]
    private static partial Regex HiddenInput();
}
