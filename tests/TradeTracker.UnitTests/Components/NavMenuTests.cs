using Bunit;
using Bunit.TestDoubles;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;
using TradeTracker.Web.Components.Layout;
using TradeTracker.Web.Services.Accounts;

namespace TradeTracker.UnitTests.Components;

public sealed class NavMenuTests : BunitContext
{
    private readonly BunitAuthorizationContext auth;

    public NavMenuTests()
    {
        Services.AddMudServices();
        auth = AddAuthorization();
        JSInterop.Mode = JSRuntimeMode.Loose;
    }

    private IRenderedComponent<NavMenu> RenderAt(string relativeUri)
    {
        Services.GetRequiredService<NavigationManager>().NavigateTo(relativeUri);
        return Render<NavMenu>();
    }

    private static string[] ActiveLinks(IRenderedComponent<NavMenu> cut) =>
        [.. cut.FindAll("a[aria-current='page']").Select(a => a.TextContent.Trim())];

    [Fact]
    public void Render_OnTheDashboard_MarksOnlyTheDashboardActive()
    {
        var cut = RenderAt("/");

        Assert.Equal(["Dashboard"], ActiveLinks(cut));
        Assert.Contains("active", cut.Find("a[aria-current='page']").ClassList);
    }

    [Fact]
    public void Render_OnAPairPageAsOfADay_MarksTariffsActiveAndKeepsTheDayInEveryReadLink()
    {
        var cut = RenderAt("tariffs/USA/CHN?asOf=2025-05-20");

        Assert.Equal(["Tariffs"], ActiveLinks(cut));
        Assert.Equal("timeline?asOf=2025-05-20", cut.FindAll("a").Single(a => a.TextContent.Trim() == "Timeline").GetAttribute("href"));
    }

    [Fact]
    public void Navigate_ToTheTimeline_MovesTheActiveMark()
    {
        var cut = RenderAt("/");

        Services.GetRequiredService<NavigationManager>().NavigateTo("timeline?q=Geneva");

        cut.WaitForAssertion(() => Assert.Equal(["Timeline"], ActiveLinks(cut)));
    }

    private static string[] LinkTexts(IRenderedComponent<NavMenu> cut) => [.. cut.FindAll("a").Select(a => a.TextContent.Trim())];

    [Fact]
    public void Render_ForAReader_ShowsNoEditingLinks()
    {
        auth.SetAuthorized("reader@example.org");

        var texts = LinkTexts(RenderAt("/"));

        Assert.Contains("Timeline", texts);
        Assert.DoesNotContain("Admin", texts);
        Assert.DoesNotContain("Accounts", texts);
    }

    [Fact]
    public void Render_ForAnEditor_ShowsTheEditingLinksButNotAccounts()
    {
        auth.SetAuthorized("editor@example.org");
        auth.SetPolicies(Policies.CanEdit);

        var texts = LinkTexts(RenderAt("/"));

        Assert.Contains("Admin", texts);
        Assert.Contains("Recent changes", texts);
        Assert.DoesNotContain("Accounts", texts);
    }

    [Fact]
    public void Render_ForAnAdmin_ShowsAccounts()
    {
        auth.SetAuthorized("admin@example.org");
        auth.SetPolicies(Policies.CanEdit, Policies.CanAdminister);

        Assert.Contains("Accounts", LinkTexts(RenderAt("/")));
    }
}
