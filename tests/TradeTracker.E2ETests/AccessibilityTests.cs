using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using TradeTracker.E2ETests.Pages;

namespace TradeTracker.E2ETests;

/// <summary>axe on every page, in the light theme and in the dark one (the browser reporting a dark system, which the
/// app follows).</summary>
public sealed class AccessibilityTests(AppServer app)
{
    private static readonly string[] PublicPaths =
        ["/", "/?asOf=2025-06-09", "/timeline", "/tariffs", "/tariffs/CHN/USA", "/tariffs/USA/CHN?hs=7208&asOf=2025-04-10", "/deadlines", "/search?q=geneva", "/economies", "/economies/CHN", "/no-such-page", "/Account/Login"];

    private static readonly string[] EditorPaths = ["/admin", "/admin/changes"];

    public static TheoryData<string, ColorScheme> PublicPages => InBothThemes(PublicPaths);

    public static TheoryData<string, ColorScheme> EditorPages => InBothThemes(EditorPaths);

    [Theory]
    [MemberData(nameof(PublicPages))]
    public async Task AxeScan_PublicPage_FindsNoViolations(string path, ColorScheme scheme)
    {
        var page = await app.NewThemedPageAsync(scheme);
        await page.GotoAsync(path);
        if (!path.StartsWith("/Account", StringComparison.Ordinal))
        {
            await new DashboardPage(page).WaitForInteractiveAsync();
        }

        AssertNoViolations(await page.RunAxe());
    }

    [Theory]
    [MemberData(nameof(EditorPages))]
    public async Task AxeScan_EditorPageSignedIn_FindsNoViolations(string path, ColorScheme scheme)
    {
        var page = await app.NewThemedPageAsync(scheme);
        await new LoginPage(page).SignInAsync(LoginPage.EditorEmail, LoginPage.DemoPassword, path);

        AssertNoViolations(await page.RunAxe());
    }

    private static TheoryData<string, ColorScheme> InBothThemes(IEnumerable<string> paths)
    {
        var data = new TheoryData<string, ColorScheme>();
        foreach (var path in paths)
        {
            data.Add(path, ColorScheme.Light);
            data.Add(path, ColorScheme.Dark);
        }

        return data;
    }

    internal static void AssertNoViolations(AxeResult result) =>
        Assert.True(result.Violations.Length == 0, string.Join("\n", result.Violations.Select(v =>
            $"{v.Id} ({v.Impact}): {v.Help} at {string.Join(", ", v.Nodes.Take(3).Select(n => n.Target?.ToString()))}")));
}
