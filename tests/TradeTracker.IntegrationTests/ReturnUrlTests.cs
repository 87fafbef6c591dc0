using System.Net;
using TradeTracker.IntegrationTests.Infrastructure;
using TradeTracker.Web.Services.Accounts;

namespace TradeTracker.IntegrationTests;

/// <summary>Where the app sends a browser after signing in or out: a path on this site as asked, anything that would
/// leave it (another host, protocol-relative, backslash, whitespace and scheme tricks) the home page, never an error
/// page. Encoded slashes stay a path on this site (browsers do not decode them into a host).</summary>
public sealed class ReturnUrlTests(AccountsFactory factory) : IClassFixture<AccountsFactory>
{
    public static TheoryData<string> Elsewhere =>
    [
        "https://evil.example",
        "https://evil.example/Account/Login",
        "//evil.example",
        "///evil.example",
        "/\\evil.example",
        "\\\\evil.example",
        " //evil.example",
        "/\t/evil.example",
        "javascript:alert(1)",
        "http:evil.example",
        "https://localhost.evil.example/",
    ];

    [Theory]
    [MemberData(nameof(Elsewhere))]
    public async Task SignIn_ReturnUrlLeavingTheSite_LandsOnTheHomePage(string returnUrl)
    {
        var account = await factory.CreateAccountAsync("returning", Roles.Editor);

        var signIn = await factory.CreateBrowserClient().PostSignInAsync(account.Email!, TestAccounts.Password, returnUrl);

        Assert.True(signIn.SignedIn(), $"{(int)signIn.StatusCode} {signIn.Headers.Location}");
        Assert.Equal("/", OnThisSite(signIn.Headers.Location));
    }

    [Theory]
    [InlineData("/admin/users", "/admin/users")]
    [InlineData("/tariffs?imposer=USA", "/tariffs?imposer=USA")]
    [InlineData("http://localhost/timeline", "/timeline")]
    [InlineData("/%2F%2Fevil.example", "/%2F%2Fevil.example")]
    [InlineData("/%5Cevil.example", "/%5Cevil.example")]
    public async Task SignIn_ReturnUrlOnTheSite_IsFollowed(string returnUrl, string expected)
    {
        var account = await factory.CreateAccountAsync("returning", Roles.Editor);

        var signIn = await factory.CreateBrowserClient().PostSignInAsync(account.Email!, TestAccounts.Password, returnUrl);

        Assert.True(signIn.SignedIn());
        Assert.Equal(expected, OnThisSite(signIn.Headers.Location));
    }

    [Theory]
    [InlineData("/\\evil.example")]
    [InlineData("//evil.example")]
    [InlineData("https://evil.example")]
    public async Task SignOut_ReturnUrlLeavingTheSite_LandsOnTheHomePage(string returnUrl)
    {
        var account = await factory.CreateAccountAsync("leaving", Roles.Editor);
        var browser = factory.CreateBrowserClient();
        Assert.True((await browser.PostSignInAsync(account.Email!, TestAccounts.Password)).SignedIn());

        var signOut = await browser.PostSignOutAsync(returnUrl);

        Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);
        Assert.Equal("/", OnThisSite(signOut.Headers.Location));
    }

    /// <summary>The redirect's path and query when it stays on the test host; the whole URL when it does not.</summary>
    private static string? OnThisSite(Uri? location) =>
        location is null ? null
        : !location.IsAbsoluteUri ? location.OriginalString
        : location.Host == "localhost" ? location.PathAndQuery
        : location.ToString();
}
