using Bunit;
using Bunit.TestDoubles;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using MudBlazor;
using MudBlazor.Services;
using TradeTracker.Web.Components.Shared;
using TradeTracker.Web.Data.Auditing;
using TradeTracker.Web.Services;

namespace TradeTracker.UnitTests.Components;

public sealed class LiveUpdatesTests : BunitContext
{
    // 14:03:21 EDT, June 9, 2025.
    private static readonly DateTimeOffset Now = new(2025, 6, 9, 18, 3, 21, TimeSpan.Zero);

    private readonly ChangeFeed feed = new(NullLogger<ChangeFeed>.Instance);
    private readonly BunitAuthorizationContext auth;
    private int reloads;

    public LiveUpdatesTests()
    {
        Services.AddMudServices();
        Services.AddSingleton(feed);
        Services.AddSingleton<TimeProvider>(new FakeTimeProvider(Now));
        Services.AddSingleton(Options.Create(new TradeTrackerOptions()));
        Services.AddSingleton<DisplayClock>();
        JSInterop.Mode = JSRuntimeMode.Loose;
        auth = AddAuthorization();
        Render<MudPopoverProvider>();
    }

    private IRenderedComponent<LiveUpdates> RenderLive(bool interactive)
    {
        SetRendererInfo(new RendererInfo("Server", interactive));
        return Render<LiveUpdates>(p => p.Add(c => c.OnChange, () => reloads++));
    }

    private static ChangeBatch Batch(int total) =>
        new([new ChangeNotice(AuditKinds.Event, "81", AuditAction.Created, "“Talks in London”", Now, "editor@example.org")], total);

    [Fact]
    public void Publish_ToAnEditor_SaysWhoMadeTheChange()
    {
        auth.SetAuthorized("editor@example.org");
        auth.SetPolicies(TradeTracker.Web.Services.Accounts.Policies.CanEdit);
        var cut = RenderLive(interactive: true);

        feed.Publish(Batch(1));

        cut.WaitForAssertion(() => Assert.Equal(
            "Updated 2:03 p.m. EDT, June 9, 2025: Event added: “Talks in London” by editor@example.org",
            cut.Find("[data-testid='live-update']").TextContent.Trim()));
    }

    [Fact]
    public void Publish_WhileInteractive_ReloadsThePageAndSaysWhatChanged()
    {
        var cut = RenderLive(interactive: true);

        feed.Publish(Batch(1));

        cut.WaitForAssertion(() => Assert.Equal(1, reloads));
        Assert.Equal("Updated 2:03 p.m. EDT, June 9, 2025: Event added: “Talks in London”", cut.Find("[data-testid='live-update']").TextContent.Trim());
    }

    [Fact]
    public void Publish_BatchOfMany_CountsTheOthers()
    {
        var cut = RenderLive(interactive: true);

        feed.Publish(Batch(42));

        cut.WaitForAssertion(() => Assert.EndsWith("Event added: “Talks in London” and 41 more changes", cut.Find("[data-testid='live-update']").TextContent.Trim()));
    }

    [Fact]
    public void Publish_WhilePrerendering_DoesNothing()
    {
        var cut = RenderLive(interactive: false);

        feed.Publish(Batch(1));

        Assert.Equal(0, reloads);
        Assert.Equal("", cut.Find("[data-testid='live-update']").TextContent.Trim());
    }

    [Fact]
    public async Task Dispose_StopsListening()
    {
        RenderLive(interactive: true);

        await DisposeComponentsAsync();
        feed.Publish(Batch(1));

        Assert.Equal(0, reloads);
    }
}
