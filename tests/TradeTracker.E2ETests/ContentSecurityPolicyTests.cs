using Microsoft.Playwright;
using TradeTracker.E2ETests.Pages;
using static Microsoft.Playwright.Assertions;

namespace TradeTracker.E2ETests;

/// <summary>Every page under the app's Content-Security-Policy, signed in as the admin so the admin pages render: each
/// loads, its circuit starts and its interactive parts work (tabs, forms, popovers, the import page's JS module, the
/// countdown), and the browser reports no policy violation, neither as a <c>securitypolicyviolation</c> event nor on the
/// console (nor a Permissions-Policy feature it does not know).</summary>
public sealed class ContentSecurityPolicyTests(AppServer app)
{
    private const string AdminEmail = "admin@tradetracker.local";

    public static TheoryData<string> InteractivePages =>
    [
        "/", "/timeline", "/search?q=geneva", "/tariffs", "/tariffs/USA/CHN?hs=8517.13", "/economies", "/economies/CHN", "/deadlines",
        "/admin/changes", "/admin/users",
    ];

    [Fact]
    public async Task EveryPage_SignedInAsAdmin_WorksWithoutAPolicyViolation()
    {
        var (page, violations) = await WatchedPageAsync();
        await new LoginPage(page).SignInAsync(AdminEmail, LoginPage.DemoPassword);

        foreach (var path in InteractivePages)
        {
            await page.GotoAsync(path);
            await new DashboardPage(page).WaitForInteractiveAsync();
        }

        await page.GotoAsync("/");
        await Expect(page.Locator("[data-countdown-part='seconds']").First).Not.ToHaveTextAsync(
            await page.Locator("[data-countdown-part='seconds']").First.InnerTextAsync());

        await UseAdminTabsAsync(page);
        await UsePreviewOfImportAsync(page);

        foreach (var path in new[] { "/Account/Manage", "/Account/Manage/ChangePassword", "/Account/AccessDenied", "/Account/Lockout", "/Account/InvalidUser", "/Error", "/no-such-page" })
        {
            await page.GotoAsync(path, new() { WaitUntil = WaitUntilState.Load });
        }

        await page.GotoAsync("/Account/Manage/Tokens");
        await page.GetByLabel("Name of the new token").FillAsync("CSP test");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create token" }).ClickAsync();
        await Expect(page.GetByTestId("new-token")).ToBeVisibleAsync();

        Assert.True(violations.Count == 0, "Policy violations:\n" + string.Join("\n", violations));
    }

    [Fact]
    public async Task SignInPage_Anonymous_WorksWithoutAPolicyViolation()
    {
        var (page, violations) = await WatchedPageAsync();

        await new LoginPage(page).SignInAsync(LoginPage.EditorEmail, LoginPage.DemoPassword, "/timeline");

        Assert.True(violations.Count == 0, "Policy violations:\n" + string.Join("\n", violations));
    }

    /// <summary>The API reference (Scalar, from its package) renders the OpenAPI document under its own policy, which
    /// allows its inline start-up script but not eval: the only report is its validation library probing whether
    /// <c>Function('')</c> works, which it catches and then runs without.</summary>
    [Fact]
    public async Task ApiReference_UnderItsPolicy_RendersWithoutEval()
    {
        var (page, violations) = await WatchedPageAsync();

        await page.GotoAsync("/api/reference/");

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "TradeTracker API" }).First).ToBeVisibleAsync();
        Assert.All(violations, v => Assert.Contains("script-src blocked eval", v, StringComparison.Ordinal));
    }

    /// <summary>The policy is in force and the watch hears it: an inline script without the page's nonce does not run
    /// and is reported (without the policy it would run, and the tests above could pass by hearing nothing).</summary>
    [Fact]
    public async Task InlineScript_WithoutTheNonce_IsBlockedAndReported()
    {
        var (page, violations) = await WatchedPageAsync();
        await new DashboardPage(page).OpenAsync();

        // Resolves on the violation event (the policy at work), or after 5 s when nothing blocked the script.
        var blocked = await page.EvaluateAsync<string?>("""
            () => new Promise(resolve => {
              document.addEventListener('securitypolicyviolation', e => resolve(e.violatedDirective), { once: true });
              setTimeout(() => resolve(null), 5000);
              const script = document.createElement('script');
              script.textContent = 'window.injectedScriptRan = true';
              document.head.appendChild(script);
            })
            """);

        Assert.Equal("script-src-elem", blocked);
        Assert.False(await page.EvaluateAsync<bool>("() => window.injectedScriptRan === true"));
        Assert.Contains(violations, v => v.Contains("script-src-elem", StringComparison.Ordinal));
    }

    /// <summary>A page whose browser reports every CSP violation (the DOM event, through a binding, so it survives
    /// navigation) and every console message about a policy.</summary>
    private async Task<(IPage Page, List<string> Violations)> WatchedPageAsync()
    {
        var violations = new List<string>();
        var page = await app.NewPageAsync();
        await page.Context.ExposeFunctionAsync("reportPolicyViolation", (string violation) =>
        {
            lock (violations)
            {
                violations.Add(violation);
            }
        });
        await page.Context.AddInitScriptAsync("""
            document.addEventListener('securitypolicyviolation', e =>
              window.reportPolicyViolation(`${location.pathname}: ${e.violatedDirective} blocked ${e.blockedURI} (${e.sourceFile}:${e.lineNumber})`));
            """);
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase)
                || message.Text.Contains("Permissions-Policy", StringComparison.OrdinalIgnoreCase))
            {
                lock (violations)
                {
                    violations.Add($"{page.Url}: console {message.Type}: {message.Text}");
                }
            }
        };
        page.PageError += (_, error) =>
        {
            lock (violations)
            {
                violations.Add($"{page.Url}: script error: {error}");
            }
        };
        return (page, violations);
    }

    /// <summary>Each tab of /admin, and the event form with its popovers (MudBlazor's positioned, styled elements).</summary>
    private static async Task UseAdminTabsAsync(IPage page)
    {
        await page.GotoAsync("/admin");
        await new DashboardPage(page).WaitForInteractiveAsync();
        foreach (var tab in new[] { "deadlines", "sources", "archive", "measures", "events" })
        {
            await page.GetByTestId($"admin-tab-{tab}").ClickAsync();
            await Expect(page.GetByTestId($"admin-panel-{tab}")).ToBeVisibleAsync();
        }

        await page.GetByRole(AriaRole.Button, new() { Name = "Add event" }).ClickAsync();
        await Expect(page.GetByLabel("Title", new() { Exact = true })).ToBeVisibleAsync();
        await page.GetByLabel("Kind", new() { Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Option).First).ToBeVisibleAsync();
        await page.Keyboard.PressAsync("Escape");
    }

    /// <summary>The import page reads pasted text through its own JS module.</summary>
    private static async Task UsePreviewOfImportAsync(IPage page)
    {
        var import = new ImportPage(page);
        await import.OpenAsync();
        await import.ChooseKindAsync("Events");
        await import.Text.FillAsync("id,date,kind,title,summary,economies,source_publisher,source_title,source_url\n"
            + "EV-CSP-1,1990-01-10,statement,Statement,Said.,USA,Wire,,https://example.org/csp");
        await import.PreviewAsync();
    }
}
