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

    /// <summary>The links after the read pages' are the editing ones, each shown only to whom its policy allows.</summary>
    [Theory]
    [InlineData("", "")]
    [InlineData(Policies.CanEdit, "Admin|Recent changes")]
    [InlineData(Policies.CanEdit + "|" + Policies.CanAdminister, "Admin|Recent changes|Accounts")]
    public void Render_ShowsTheEditingLinksTheUsersPoliciesAllow(string policies, string editingLinks)
    {
        auth.SetAuthorized("someone@example.org");
        auth.SetPolicies(policies.Split('|', StringSplitOptions.RemoveEmptyEntries));

        var texts = RenderAt("/").FindAll("a").Select(a => a.TextContent.Trim()).ToList();

        Assert.Equal(editingLinks, string.Join("|", texts.Skip(texts.IndexOf("API reference") + 1)));
    }
}
