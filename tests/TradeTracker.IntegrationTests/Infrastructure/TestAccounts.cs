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
/// for the tests of what the test header scheme cannot show: tokens, sessions, sign-in delays, roles as the store has them now.</summary>
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
    public static async Task<HttpResponseMessage> PostSignInAsync(this HttpClient browser, string email, string password, string? returnUrl = null)
    {
        var url = returnUrl is null ? "/Account/Login" : $"/Account/Login?ReturnUrl={Uri.EscapeDataString(returnUrl)}";
        var form = await browser.GetAsync(url, Ct);
        if (form.StatusCode == HttpStatusCode.Redirect)
        {
            // A signed-in browser is signed out and sent back to the form, as a browser follows it.
            form = await browser.GetAsync(form.Headers.Location, Ct);
        }

        var fields = HiddenFields(await form.EnsureSuccessStatusCode().Content.ReadAsStringAsync(Ct));
        fields.Add(new("Input.Email", email));
        fields.Add(new("Input.Password", password));
        using var content = new FormUrlEncodedContent(fields);
        return await browser.PostAsync(url, content, Ct);
    }

    /// <summary>Signs out as the account menu does: posts its form (antiforgery token and return path) from the home page.</summary>
    public static async Task<HttpResponseMessage> PostSignOutAsync(this HttpClient browser, string? returnUrl = null)
    {
        var page = await browser.GetStringAsync("/", Ct);
        var form = Regex.Match(page, "<form action=\"Account/Logout\".*?</form>", RegexOptions.Singleline);
        Assert.True(form.Success, "The home page shows no sign-out form: the browser is not signed in.");
        var fields = HiddenFields(form.Value);
        if (returnUrl is not null)
        {
            fields.RemoveAll(f => f.Key == "ReturnUrl");
            fields.Add(new("ReturnUrl", returnUrl));
        }

        using var content = new FormUrlEncodedContent(fields);
        return await browser.PostAsync("/Account/Logout", content, Ct);
    }

    /// <summary>Posts the page's own form (the one Blazor names with <c>_handler</c>) with its hidden fields and these.</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(this HttpClient browser, string url, Dictionary<string, string> values)
    {
        var page = await browser.GetStringAsync(url, Ct);
        var form = Regex.Matches(page, "<form.*?</form>", RegexOptions.Singleline).FirstOrDefault(f => f.Value.Contains("name=\"_handler\"", StringComparison.Ordinal));
        Assert.True(form is not null, $"{url} shows no form of its own.");
        var fields = HiddenFields(form.Value);
        fields.AddRange(values);
        using var content = new FormUrlEncodedContent(fields);
        return await browser.PostAsync(url, content, Ct);
    }

    /// <summary>The Identity cookie a sign-in answer set, as a <c>Cookie</c> header value ("name=value").</summary>
    public static string IdentityCookie(this HttpResponseMessage signIn) =>
        signIn.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(".AspNetCore.Identity.Application=", StringComparison.Ordinal)).Split(';')[0];

    /// <summary>A client with no cookie jar that sends <paramref name="cookie"/> (copied from another browser).</summary>
    public static HttpClient CreateClientWithCookie(this WebApplicationFactory<Program> factory, string cookie)
    {
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        client.DefaultRequestHeaders.Add("Cookie", cookie);
        return client;
    }

    private static List<KeyValuePair<string, string>> HiddenFields(string html) =>
        HiddenInput().Matches(html)
            .Select(m => (Name: Attribute(m.Value, "name"), Value: Attribute(m.Value, "value")))
            .Where(f => f.Name is not null)
            .Select(f => new KeyValuePair<string, string>(f.Name!, f.Value ?? ""))
            .ToList();

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
