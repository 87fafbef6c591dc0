using System.Net;
using Microsoft.EntityFrameworkCore;
using TradeTracker.IntegrationTests.Infrastructure;
using TradeTracker.Web.Services.Accounts;
using TradeTracker.Web.Services.Editing;

namespace TradeTracker.IntegrationTests;

/// <summary>Personal API tokens: a token acts as its account with the roles it has now; revoked tokens, unknown
/// tokens and locked accounts get 401; only a hash of the secret is stored.</summary>
public sealed class ApiTokenTests(TradeTrackerFactory factory) : IClassFixture<TradeTrackerFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private ApiTokenService Tokens => factory.GetService<ApiTokenService>();

    private AccountAdminService Accounts => factory.GetService<AccountAdminService>();

    private async Task<HttpResponseMessage> PostSourceAsync(HttpClient client) =>
        await client.SendAsync(HttpMethod.Post, "/api/sources", await factory.ValidBodyAsync("sources"));

    [Fact]
    public async Task Call_EditorToken_ActsAsTheAccountAndStampsLastUsedAt()
    {
        var account = await factory.CreateAccountAsync("tool-owner", Roles.Editor);
        var created = await Tokens.CreateAsync(await factory.PrincipalOfAsync(account), "nightly import", Ct);
        Assert.Null(created.Token.LastUsedAt);

        var response = await PostSourceAsync(factory.CreateBearerClient(created.Secret));

        var row = await response.ReadJsonAsync(HttpStatusCode.Created);
        Assert.Equal(account.Email, (await factory.StoredRowAsync("sources", row.GetProperty("id").GetInt32()))?.CreatedBy);
        await using var db = factory.CreateDbContext();
        Assert.NotNull((await db.ApiTokens.SingleAsync(t => t.Id == created.Token.Id, Ct)).LastUsedAt);
    }

    [Fact]
    public async Task Call_RevokedToken_Is401AndSavesNothing()
    {
        var account = await factory.CreateAccountAsync("revoker", Roles.Editor);
        var principal = await factory.PrincipalOfAsync(account);
        var created = await Tokens.CreateAsync(principal, "old laptop", Ct);
        var client = factory.CreateBearerClient(created.Secret);
        await (await PostSourceAsync(client)).ReadJsonAsync(HttpStatusCode.Created);
        var before = await factory.RowCountAsync("sources");

        await Tokens.RevokeAsync(principal, created.Token.Id, Ct);
        var response = await PostSourceAsync(client);

        var problem = await response.ReadJsonAsync(HttpStatusCode.Unauthorized);
        Assert.Contains("revoked", problem.GetProperty("detail").GetString());
        Assert.Contains("Bearer", response.Headers.WwwAuthenticate.ToString());
        Assert.Equal(before, await factory.RowCountAsync("sources"));
    }

    [Fact]
    public async Task Call_UnknownToken_Is401AndSavesNothing()
    {
        var before = await factory.RowCountAsync("sources");

        var response = await PostSourceAsync(factory.CreateBearerClient("tt_not_a_token_anyone_was_given"));

        await response.ReadJsonAsync(HttpStatusCode.Unauthorized);
        Assert.Equal(before, await factory.RowCountAsync("sources"));
    }

    [Fact]
    public async Task Call_TokenOfLockedAccount_Is401UntilUnlocked()
    {
        var admin = await factory.PrincipalOfAsync(await factory.CreateAccountAsync("token-admin", Roles.Editor, Roles.Admin));
        var account = await factory.CreateAccountAsync("lockable-tool", Roles.Editor);
        var client = factory.CreateBearerClient(await factory.CreateTokenAsync(account));
        var before = await factory.RowCountAsync("sources");

        await Accounts.LockAsync(admin, account.Id, Ct);
        var whileLocked = await PostSourceAsync(client);
        await Accounts.UnlockAsync(admin, account.Id, Ct);
        var afterUnlock = await PostSourceAsync(client);

        var problem = await whileLocked.ReadJsonAsync(HttpStatusCode.Unauthorized);
        Assert.Contains("locked", problem.GetProperty("detail").GetString());
        await afterUnlock.ReadJsonAsync(HttpStatusCode.Created);
        Assert.Equal(before + 1, await factory.RowCountAsync("sources"));
    }

    [Fact]
    public async Task Call_TokenAfterEditorRoleRemoved_Is403()
    {
        var admin = await factory.PrincipalOfAsync(await factory.CreateAccountAsync("role-admin", Roles.Editor, Roles.Admin));
        var account = await factory.CreateAccountAsync("demoted", Roles.Editor);
        var client = factory.CreateBearerClient(await factory.CreateTokenAsync(account));
        await (await PostSourceAsync(client)).ReadJsonAsync(HttpStatusCode.Created);
        var before = await factory.RowCountAsync("sources");

        await Accounts.SetRolesAsync(admin, account.Id, [Roles.Reader], Ct);
        var response = await PostSourceAsync(client);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(before, await factory.RowCountAsync("sources"));
    }

    [Fact]
    public async Task Create_StoresOnlyTheHash_NoRowAnywhereHoldsTheSecret()
    {
        var account = await factory.CreateAccountAsync("hashed", Roles.Editor);
        var created = await Tokens.CreateAsync(await factory.PrincipalOfAsync(account), "hash check", Ct);
        var secretPart = created.Secret[ApiTokenService.PrefixLength..];

        await using var db = factory.CreateDbContext();
        var stored = await db.ApiTokens.AsNoTracking().SingleAsync(t => t.Id == created.Token.Id, Ct);
        Assert.Equal(ApiTokenService.Hash(created.Secret), stored.Hash);
        Assert.Equal(created.Secret[..ApiTokenService.PrefixLength], stored.Prefix);

        // Every text value of every table of the store, read as the store has it.
        await using var direct = await factory.Store.OpenDirectAsync(Ct);
        var tables = await factory.Store.TableNamesAsync(direct, Ct);
        Assert.Contains("ApiTokens", tables);
        foreach (var table in tables)
        {
            await using var select = direct.CreateCommand();
            select.CommandText = $"SELECT * FROM \"{table}\"";
            await using var rows = await select.ExecuteReaderAsync(Ct);
            while (await rows.ReadAsync(Ct))
            {
                for (var i = 0; i < rows.FieldCount; i++)
                {
                    if (!rows.IsDBNull(i) && rows.GetValue(i) is string text)
                    {
                        Assert.DoesNotContain(secretPart, text, StringComparison.Ordinal);
                    }
                }
            }
        }
    }

    [Fact]
    public async Task Revoke_SomeoneElsesToken_IsNotFoundAndTheTokenStillWorks()
    {
        var owner = await factory.CreateAccountAsync("owner", Roles.Editor);
        var created = await Tokens.CreateAsync(await factory.PrincipalOfAsync(owner), "mine", Ct);
        var other = await factory.PrincipalOfAsync(await factory.CreateAccountAsync("other", Roles.Editor));

        await Assert.ThrowsAsync<RowNotFoundException>(() => Tokens.RevokeAsync(other, created.Token.Id, Ct));

        await (await PostSourceAsync(factory.CreateBearerClient(created.Secret))).ReadJsonAsync(HttpStatusCode.Created);
    }

    [Fact]
    public async Task Create_AsReader_ThrowsUnauthorizedAndStoresNothing()
    {
        var reader = await factory.PrincipalOfAsync(await factory.CreateAccountAsync("no-tokens", Roles.Reader));
        await using var db = factory.CreateDbContext();
        var before = await db.ApiTokens.CountAsync(Ct);

        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => Tokens.CreateAsync(reader, "not allowed", Ct));

        Assert.Equal(before, await db.ApiTokens.CountAsync(Ct));
    }

    [Fact]
    public async Task Post_WithSignInCookieAndNoToken_Is201()
    {
        var account = await factory.CreateAccountAsync("cookie-editor", Roles.Editor);
        var browser = factory.CreateBrowserClient();
        Assert.True((await browser.PostSignInAsync(account.Email!, TestAccounts.Password)).SignedIn());

        var response = await PostSourceAsync(browser);

        var row = await response.ReadJsonAsync(HttpStatusCode.Created);
        Assert.Equal(account.Email, (await factory.StoredRowAsync("sources", row.GetProperty("id").GetInt32()))?.CreatedBy);
    }

    [Fact]
    public async Task Get_AdminPageWithEditorToken_RedirectsToSignIn()
    {
        var account = await factory.CreateAccountAsync("page-visitor", Roles.Editor);
        var client = factory.CreateBearerClient(await factory.CreateTokenAsync(account));

        var response = await client.GetAsync("/admin", Ct);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("Account/Login", response.Headers.Location?.ToString());
    }
}
