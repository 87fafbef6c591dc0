using System.Net;
using Microsoft.AspNetCore.Hosting;
using TradeTracker.IntegrationTests.Infrastructure;
using TradeTracker.Web.Services.Accounts;

namespace TradeTracker.IntegrationTests;

/// <summary>Enough sign-in posts per minute for a class that signs in and out many times from one address.</summary>
public sealed class ManySignInsFactory : TradeTrackerFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Accounts:SignInAttemptsPerMinute", "1000");
    }
}

/// <summary>Sessions live on the server: signing out, an admin's lock and a password change end them, so a copy of the
/// cookie taken before signs in no one, on the API or on pages.</summary>
public sealed class SignOutTests(ManySignInsFactory factory) : IClassFixture<ManySignInsFactory>
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

    [Fact]
    public async Task SignOut_OneBrowser_LeavesTheSameAccountsOtherSessionsSignedIn()
    {
        var account = await factory.CreateAccountAsync("two-browsers", Roles.Editor);
        var first = factory.CreateBrowserClient();
        var second = factory.CreateBrowserClient();
        Assert.True((await first.PostSignInAsync(account.Email!, TestAccounts.Password)).SignedIn());
        Assert.True((await second.PostSignInAsync(account.Email!, TestAccounts.Password)).SignedIn());

        await first.PostSignOutAsync();

        Assert.Equal(HttpStatusCode.OK, (await second.GetAsync(EditorsOnlyApi, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await first.GetAsync(EditorsOnlyApi, Ct)).StatusCode);
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
        var account = await factory.CreateAccountAsync("new-password", Roles.Editor);
        var here = factory.CreateBrowserClient();
        var elsewhere = factory.CreateBrowserClient();
        Assert.True((await here.PostSignInAsync(account.Email!, TestAccounts.Password)).SignedIn());
        Assert.True((await elsewhere.PostSignInAsync(account.Email!, TestAccounts.Password)).SignedIn());

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
