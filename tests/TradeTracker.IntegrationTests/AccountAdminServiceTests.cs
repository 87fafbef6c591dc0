using System.Net;
using System.Security.Claims;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using TradeTracker.IntegrationTests.Infrastructure;
using TradeTracker.Web.Data;
using TradeTracker.Web.Services.Accounts;
using TradeTracker.Web.Services.Editing;

namespace TradeTracker.IntegrationTests;

/// <summary>These tests sign in through the form many times: the per-address sign-in limit is set out of their way.</summary>
public class AccountsFactory : TradeTrackerFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Accounts:SignInAttemptsPerMinute", "1000");
    }
}

/// <summary>What the accounts page does, through the service it calls: only admins manage accounts, admins cannot
/// demote or lock themselves, and a lock keeps the account from signing in until it is lifted.</summary>
public sealed class AccountAdminServiceTests(AccountsFactory factory) : IClassFixture<AccountsFactory>, IAsyncLifetime
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private ApplicationUser adminAccount = default!;
    private ClaimsPrincipal admin = default!;

    private AccountAdminService Accounts => factory.GetService<AccountAdminService>();

    public async ValueTask InitializeAsync()
    {
        adminAccount = await factory.CreateAccountAsync("admin", Roles.Editor, Roles.Admin);
        admin = await factory.PrincipalOfAsync(adminAccount);
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private static string NewEmail(string name) => $"{name}-{Guid.NewGuid():N}"[..(name.Length + 9)] + "@tests.local";

    private async Task<IList<string>> StoredRolesAsync(string userId)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        return await users.GetRolesAsync((await users.FindByIdAsync(userId))!);
    }

    private async Task<bool> ExistsAsync(string email)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>().FindByEmailAsync(email) is not null;
    }

    [Fact]
    public async Task CreateThenSetRoles_AsAdmin_CreatesTheAccountAndReplacesItsRoles()
    {
        var email = NewEmail("analyst");

        var created = await Accounts.CreateAsync(admin, new NewAccountInput { Email = email, Invite = false, Password = "Analyst-pass-2025!", Roles = [Roles.Reader] }, Ct);
        await Accounts.SetRolesAsync(admin, created.Id, [Roles.Editor], Ct);

        Assert.Null(created.OneTimePassword);
        Assert.Equal([Roles.Editor], await StoredRolesAsync(created.Id));
        var listed = Assert.Single(await Accounts.ListAsync(admin, Ct), a => a.Email == email);
        Assert.Equal([Roles.Editor], listed.Roles);
        Assert.False(listed.PasswordChangeRequired);
        Assert.True((await factory.CreateBrowserClient().PostSignInAsync(email, "Analyst-pass-2025!")).SignedIn());
    }

    [Fact]
    public async Task Create_Invite_OneTimePasswordSignsInStraightToChangePassword()
    {
        var email = NewEmail("invited");

        var created = await Accounts.CreateAsync(admin, new NewAccountInput { Email = email, Invite = true, Roles = [Roles.Editor] }, Ct);
        var signIn = await factory.CreateBrowserClient().PostSignInAsync(email, created.OneTimePassword!);

        Assert.True(created.OneTimePassword!.Length >= 16);
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.Contains("Account/Manage/ChangePassword", signIn.Headers.Location?.ToString());
        Assert.True(Assert.Single(await Accounts.ListAsync(admin, Ct), a => a.Email == email).PasswordChangeRequired);
    }

    [Fact]
    public async Task Create_Invite_CannotEditUntilThePasswordIsChanged()
    {
        var email = NewEmail("invited-editor");
        var created = await Accounts.CreateAsync(admin, new NewAccountInput { Email = email, Invite = true, Roles = [Roles.Editor] }, Ct);
        var browser = factory.CreateBrowserClient();
        await browser.PostSignInAsync(email, created.OneTimePassword!);

        var response = await browser.SendAsync(HttpMethod.Post, "/api/sources", await factory.ValidBodyAsync("sources"));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Theory]
    [InlineData("editor")]
    [InlineData("reader")]
    [InlineData("anonymous")]
    public async Task Create_NotAnAdmin_ThrowsUnauthorizedAndCreatesNothing(string who)
    {
        var caller = who == "anonymous"
            ? new ClaimsPrincipal()
            : await factory.PrincipalOfAsync(await factory.CreateAccountAsync(who, who == "editor" ? Roles.Editor : Roles.Reader));
        var email = NewEmail("unwanted");

        await Assert.ThrowsAsync<UnauthorizedAccessException>(() =>
            Accounts.CreateAsync(caller, new NewAccountInput { Email = email, Invite = true, Roles = [Roles.Admin] }, Ct));

        Assert.False(await ExistsAsync(email));
    }

    [Fact]
    public async Task SetRoles_NotAnAdmin_ThrowsUnauthorizedAndKeepsTheRoles()
    {
        var editor = await factory.CreateAccountAsync("ambitious", Roles.Editor);
        var caller = await factory.PrincipalOfAsync(editor);

        await Assert.ThrowsAsync<UnauthorizedAccessException>(() =>
            Accounts.SetRolesAsync(caller, editor.Id, [Roles.Editor, Roles.Admin], Ct));

        Assert.Equal([Roles.Editor], await StoredRolesAsync(editor.Id));
    }

    [Fact]
    public async Task Create_AdminRoleRemovedSinceSignIn_ThrowsUnauthorized()
    {
        var former = await factory.CreateAccountAsync("former-admin", Roles.Editor, Roles.Admin);
        var staleClaims = await factory.PrincipalOfAsync(former);
        await Accounts.SetRolesAsync(admin, former.Id, [Roles.Editor], Ct);
        var email = NewEmail("late");

        await Assert.ThrowsAsync<UnauthorizedAccessException>(() =>
            Accounts.CreateAsync(staleClaims, new NewAccountInput { Email = email, Invite = true }, Ct));

        Assert.False(await ExistsAsync(email));
    }

    [Fact]
    public async Task Create_WeakPassword_IsRefusedOnPasswordAndCreatesNothing()
    {
        var email = NewEmail("weak");

        var refused = await Assert.ThrowsAsync<ValidationFailedException>(() =>
            Accounts.CreateAsync(admin, new NewAccountInput { Email = email, Invite = false, Password = "short", Roles = [Roles.Reader] }, Ct));

        Assert.Contains("Password", refused.Errors.Keys);
        Assert.False(await ExistsAsync(email));
    }

    [Fact]
    public async Task Create_ExistingEmail_IsRefusedOnEmail()
    {
        var refused = await Assert.ThrowsAsync<ValidationFailedException>(() =>
            Accounts.CreateAsync(admin, new NewAccountInput { Email = adminAccount.Email!, Invite = true }, Ct));

        Assert.Contains("already an account", string.Join(" ", refused.Errors["Email"]));
    }

    [Fact]
    public async Task SetRoles_OwnAdminRole_IsRefusedAndKept()
    {
        var refused = await Assert.ThrowsAsync<ValidationFailedException>(() =>
            Accounts.SetRolesAsync(admin, adminAccount.Id, [Roles.Editor], Ct));

        Assert.Contains("own Admin role", string.Join(" ", refused.Errors["Roles"]));
        Assert.Contains(Roles.Admin, await StoredRolesAsync(adminAccount.Id));
    }

    [Fact]
    public async Task Lock_Self_IsRefusedAndTheAdminStillSignsIn()
    {
        await Assert.ThrowsAsync<ValidationFailedException>(() => Accounts.LockAsync(admin, adminAccount.Id, Ct));

        Assert.True((await factory.CreateBrowserClient().PostSignInAsync(adminAccount.Email!, TestAccounts.Password)).SignedIn());
    }

    [Fact]
    public async Task Lock_Account_RefusesSignInUntilUnlocked()
    {
        var account = await factory.CreateAccountAsync("lockable", Roles.Editor);
        Assert.True((await factory.CreateBrowserClient().PostSignInAsync(account.Email!, TestAccounts.Password)).SignedIn());

        await Accounts.LockAsync(admin, account.Id, Ct);
        var whileLocked = await factory.CreateBrowserClient().PostSignInAsync(account.Email!, TestAccounts.Password);
        var listedLocked = Assert.Single(await Accounts.ListAsync(admin, Ct), a => a.Id == account.Id);
        await Accounts.UnlockAsync(admin, account.Id, Ct);
        var afterUnlock = await factory.CreateBrowserClient().PostSignInAsync(account.Email!, TestAccounts.Password);

        Assert.False(whileLocked.SignedIn());
        Assert.Contains("Account/Lockout", whileLocked.Headers.Location?.ToString());
        Assert.True(listedLocked.IsLockedByAdmin);
        Assert.True(afterUnlock.SignedIn());
    }

    [Fact]
    public void PasswordRule_NamesTheConfiguredRule()
    {
        Assert.Contains("At least 10 characters", Accounts.PasswordRule);
        Assert.Contains("5 wrong passwords", Accounts.PasswordRule);
        Assert.Contains("never lock an account", Accounts.PasswordRule);
    }
}
