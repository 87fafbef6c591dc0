using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using TradeTracker.E2ETests.Pages;

namespace TradeTracker.E2ETests;

public sealed class AccessibilityTests(AppServer app)
{
    public static TheoryData<string> PublicPages =>
        ["/", "/?asOf=2025-06-09", "/timeline", "/tariffs", "/tariffs/CHN/USA", "/tariffs/USA/CHN?hs=7208&asOf=2025-04-10", "/deadlines", "/search?q=geneva", "/economies", "/economies/CHN", "/Account/Login"];

    [Theory]
    [MemberData(nameof(PublicPages))]
    public async Task AxeScan_PublicPage_FindsNoViolations(string path)
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync(path);
        if (!path.StartsWith("/Account", StringComparison.Ordinal))
        {
            await new DashboardPage(page).WaitForInteractiveAsync();
        }

        AssertNoViolations(await page.RunAxe());
    }

    public static TheoryData<string> EditorPages => ["/admin", "/admin/changes"];

    [Theory]
    [MemberData(nameof(EditorPages))]
    public async Task AxeScan_EditorPageSignedIn_FindsNoViolations(string path)
    {
        var page = await app.NewPageAsync();
        await new LoginPage(page).SignInAsync(LoginPage.EditorEmail, LoginPage.DemoPassword, path);

        AssertNoViolations(await page.RunAxe());
    }

    internal static void AssertNoViolations(AxeResult result) =>
        Assert.True(result.Violations.Length == 0, string.Join("\n", result.Violations.Select(v =>
            $"{v.Id} ({v.Impact}): {v.Help} at {string.Join(", ", v.Nodes.Take(3).Select(n => n.Target?.ToString()))}")));
}
