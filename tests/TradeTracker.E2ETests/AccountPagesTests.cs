using System.Net.Http.Headers;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using TradeTracker.E2ETests.Pages;
using static Microsoft.Playwright.Assertions;

namespace TradeTracker.E2ETests;

/// <summary>The accounts page (admins) and the API tokens page (editors) in the browser.</summary>
public sealed class AccountPagesTests(AppServer app)
{
    private const string AdminEmail = "admin@tradetracker.local";

    [Fact]
    public async Task Invite_AccountsPage_ShowsTheOneTimePasswordAndListsTheAccount()
    {
        var page = await app.NewPageAsync();
        await new LoginPage(page).SignInAsync(AdminEmail, LoginPage.DemoPassword, "/admin/users");
        var email = $"invitee-{Guid.NewGuid():N}"[..16] + "@tests.local";

        await page.GetByLabel("E-mail").FillAsync(email);
        await page.GetByRole(AriaRole.Checkbox, new() { Name = "Editor" }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Create account" }).ClickAsync();

        await Expect(page.GetByTestId("account-created")).ToContainTextAsync(email);
        await Expect(page.GetByTestId("one-time-password")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(".{16,}"));
        await Expect(page.GetByTestId($"account-row-{email}")).ToContainTextAsync("has not yet replaced the one-time password");
        await Expect(page.GetByText("TradeTracker sends no e-mail")).ToBeVisibleAsync();
        AccessibilityTests.AssertNoViolations(await page.RunAxe());
    }

    [Fact]
    public async Task CreateAndRevoke_TokensPage_ShowsTheSecretOnceAndTheApiRefusesItAfterRevoking()
    {
        var page = await app.NewPageAsync();
        await new LoginPage(page).SignInAsync(LoginPage.EditorEmail, LoginPage.DemoPassword);
        await page.GotoAsync("/Account/Manage/Tokens");
        var name = $"browser tool {Guid.NewGuid():N}"[..20];

        await page.GetByLabel("Name of the new token").FillAsync(name);
        await page.GetByRole(AriaRole.Button, new() { Name = "Create token" }).ClickAsync();
        var secret = await page.GetByLabel("Your new token").InputValueAsync();
        Assert.StartsWith("tt_", secret);
        AccessibilityTests.AssertNoViolations(await page.RunAxe());

        using var http = new HttpClient { BaseAddress = new Uri(app.BaseUrl) };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", secret);
        Assert.Equal(System.Net.HttpStatusCode.OK, (await http.GetAsync("/api/sources/1", TestContext.Current.CancellationToken)).StatusCode);

        await page.GetByRole(AriaRole.Button, new() { Name = $"Revoke the token {name}" }).ClickAsync();

        await Expect(page.GetByText("The token is revoked")).ToBeVisibleAsync();
        await Expect(page.GetByLabel("Your new token")).ToHaveCountAsync(0);
        using var content = new StringContent("{}", System.Text.Encoding.UTF8, "application/json");
        Assert.Equal(System.Net.HttpStatusCode.Unauthorized, (await http.PostAsync("/api/sources", content, TestContext.Current.CancellationToken)).StatusCode);
    }
}
