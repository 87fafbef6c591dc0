using System.Net;
using TradeTracker.IntegrationTests.Infrastructure;
using TradeTracker.Web.Services.Accounts;

namespace TradeTracker.IntegrationTests;

/// <summary>Sessions live on the server: signing out, an admin's lock and a password change end them, so a copy of the
/// cookie taken before signs in no one, on the API or on pages.</summary>
public sealed class SignOutTests(AccountsFactory factory) : IClassFixture<AccountsFactory>
{
    private const string EditorsOnlyApi = "/api/sources/1/history";
    private const string SignedInPage = "/Account/Manage";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<(HttpClient Browser, string Cookie)> SignedInEditorAsync(string name)
    {
        var account = await factory.CreateAccountAsync(name, Roles.Editor);
        var browser = factory.CreateBrowserClient();
        var signIn = await browser.PostSignInAsync(account.Email!, TestAccounts.Password);
        Assert.True(signIn.SignedIn());
        return (browser, signIn.IdentityCookie());
    }

    [Fact]
    public async Task CopiedCookie_AfterSignOut_IsRefusedOnTheApiAndOnPages()
    {
        var (browser, cookie) = await SignedInEditorAsync("copied");
        var copy = factory.CreateClientWithCookie(cookie);
        Assert.Equal(HttpStatusCode.OK, (await copy.GetAsync(EditorsOnlyApi, Ct)).StatusCode);

        var signOut = await browser.PostSignOutAsync();

        Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await copy.GetAsync(EditorsOnlyApi, Ct)).StatusCode);
        var page = await copy.GetAsync(SignedInPage, Ct);
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.StartsWith("/Account/Login", page.Headers.Location?.PathAndQuery);
    }

    /// <summary>One account signed in from two browsers.</summary>
    private async Task<(HttpClient First, HttpClient Second)> TwoBrowsersAsync(string name)
    {
        var account = await factory.CreateAccountAsync(name, Roles.Editor);
        var first = factory.CreateBrowserClient();
        var second = factory.CreateBrowserClient();
        Assert.True((await first.PostSignInAsync(account.Email!, TestAccounts.Password)).SignedIn());
        Assert.True((await second.PostSignInAsync(account.Email!, TestAccounts.Password)).SignedIn());
        return (first, second);
    }

    [Fact]
    public async Task SignOut_OneBrowser_LeavesTheSameAccountsOtherSessionsSignedIn()
    {
        var (first, second) = await TwoBrowsersAsync("two-browsers");

        await first.PostSignOutAsync();

        Assert.Equal(HttpStatusCode.OK, (await second.GetAsync(EditorsOnlyApi, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await first.GetAsync(EditorsOnlyApi, Ct)).StatusCode);
    }

    [Fact]
    public async Task SignIn_FromASignedInBrowser_StartsANewSessionAndEndsTheOldOne()
    {
        var (browser, cookie) = await SignedInEditorAsync("switching");
        var other = await factory.CreateAccountAsync("switched-to", Roles.Reader);

        var signIn = await browser.PostSignInAsync(other.Email!, TestAccounts.Password);

        Assert.True(signIn.SignedIn());
        Assert.NotEqual(cookie, signIn.IdentityCookie());
        Assert.Equal(HttpStatusCode.Unauthorized, (await factory.CreateClientWithCookie(cookie).GetAsync(EditorsOnlyApi, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await browser.GetAsync(EditorsOnlyApi, Ct)).StatusCode);
    }

    [Fact]
    public async Task AdminLock_EndsTheAccountsSessionsAtOnce()
    {
        var account = await factory.CreateAccountAsync("locked-session", Roles.Editor);
        var browser = factory.CreateBrowserClient();
        Assert.True((await browser.PostSignInAsync(account.Email!, TestAccounts.Password)).SignedIn());
        var admin = await factory.PrincipalOfAsync(await factory.CreateAccountAsync("locker", Roles.Admin));

        await factory.GetService<AccountAdminService>().LockAsync(admin, account.Id, Ct);

        Assert.Equal(HttpStatusCode.Unauthorized, (await browser.GetAsync(EditorsOnlyApi, Ct)).StatusCode);
    }

    [Fact]
    public async Task PasswordChange_EndsTheOtherSessionsAndKeepsThisOne()
    {
        var (here, elsewhere) = await TwoBrowsersAsync("new-password");

        var changed = await here.PostFormAsync("/Account/Manage/ChangePassword", new()
        {
            ["Input.OldPassword"] = TestAccounts.Password,
            ["Input.NewPassword"] = "Another-pass-2025!",
            ["Input.ConfirmPassword"] = "Another-pass-2025!",
        });

        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await elsewhere.GetAsync(EditorsOnlyApi, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await here.GetAsync(EditorsOnlyApi, Ct)).StatusCode);
    }
}

/// <summary>A session ended through one instance is refused by every other instance sharing the store.</summary>
public sealed class SignOutAcrossInstancesTests(TwoInstancesFactory a) : IClassFixture<TwoInstancesFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task CopiedCookie_SignedOutThroughA_IsRefusedByB()
    {
        var account = await a.CreateAccountAsync("two-instances", Roles.Editor);
        var browser = a.CreateBrowserClient();
        var signIn = await browser.PostSignInAsync(account.Email!, TestAccounts.Password);
        var copyOnB = a.B.CreateClientWithCookie(signIn.IdentityCookie());
        Assert.Equal(HttpStatusCode.OK, (await copyOnB.GetAsync("/api/sources/1/history", Ct)).StatusCode);

        await browser.PostSignOutAsync();

        Assert.Equal(HttpStatusCode.Unauthorized, (await copyOnB.GetAsync("/api/sources/1/history", Ct)).StatusCode);
    }
}
