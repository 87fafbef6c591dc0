using System.Globalization;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using MudBlazor;
using MudBlazor.Services;
using TradeTracker.Web.Components.Shared;

namespace TradeTracker.UnitTests.Components;

public sealed class CountdownDisplayTests : BunitContext
{
    // 12:01 a.m. EDT, July 9, 2025: the "July 8 deadline".
    private static readonly DateTimeOffset Due = new(2025, 7, 9, 4, 1, 0, TimeSpan.Zero);

    // 29 days, 16 hours, 1 minute and 5 seconds before it.
    private static readonly DateTimeOffset Start = Due - new TimeSpan(29, 16, 1, 5);

    private readonly FakeTimeProvider clock = new(Start);

    public CountdownDisplayTests()
    {
        Services.AddMudServices();
        Services.AddSingleton<TimeProvider>(clock);
        JSInterop.Mode = JSRuntimeMode.Loose;
        SetRendererInfo(new RendererInfo("Server", isInteractive: true));
        Render<MudPopoverProvider>();
    }

    private IRenderedComponent<CountdownDisplay> RenderCountdown(DateTimeOffset? frozenAt = null) =>
        Render<CountdownDisplay>(p => p
            .Add(c => c.DueAt, Due)
            .Add(c => c.FrozenAt, frozenAt)
            .Add(c => c.WhenPast, "<p data-testid=\"outcome\">Extended to August 1.</p>"));

    private static string Text(IRenderedComponent<CountdownDisplay> cut, string testId) =>
        cut.Find($"[data-testid='{testId}']").TextContent.Trim();

    [Fact]
    public void Render_BeforeDue_ShowsDaysHoursMinutesSeconds()
    {
        var cut = RenderCountdown();

        Assert.Equal("29", Text(cut, "countdown-days"));
        Assert.Equal("16", Text(cut, "countdown-hours"));
        Assert.Equal("01", Text(cut, "countdown-minutes"));
        Assert.Equal("05", Text(cut, "countdown-seconds"));
        Assert.Equal("false", cut.Find("[data-testid='countdown']").GetAttribute("data-past"));
        Assert.Empty(cut.FindAll("[data-testid='countdown-passed']"));
        Assert.Empty(cut.FindAll("[data-testid='outcome']"));
    }

    [Fact]
    public void Render_BeforeDue_LabelsTheTimerForScreenReaders()
    {
        var cut = RenderCountdown();

        Assert.Equal("29 days, 16 hours, 1 minute, 5 seconds to go", cut.Find("[role='timer']").GetAttribute("aria-label"));
    }

    [Fact]
    public void Render_Live_GivesTheBrowserTheDueInstantAndTheServerClock()
    {
        var cut = RenderCountdown();

        var timer = cut.Find("[role='timer']");
        Assert.Equal(Due.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture), timer.GetAttribute("data-countdown-due"));
        Assert.Equal(Start.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture), timer.GetAttribute("data-countdown-now"));
        Assert.Equal("seconds", cut.Find("[data-testid='countdown-seconds']").GetAttribute("data-countdown-part"));
    }

    [Fact]
    public void Render_Prerendered_LeavesTheServerClockToTheResponse()
    {
        // A prerendered page may be served from the output cache long after it was made: the browser counts from the
        // response's Server-Timing instant until the circuit renders, never from an instant kept in the bytes.
        SetRendererInfo(new RendererInfo("Static", isInteractive: false));

        var timer = RenderCountdown().Find("[role='timer']");

        Assert.Equal(Due.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture), timer.GetAttribute("data-countdown-due"));
        Assert.Null(timer.GetAttribute("data-countdown-now"));
    }

    [Fact]
    public void Clock_AdvancesSeconds_ServerDoesNotReRender()
    {
        // The browser ticks the figure (wwwroot/countdown.js); a live dashboard costs the server nothing per second.
        var cut = RenderCountdown();
        var renders = cut.RenderCount;

        for (var i = 0; i < 5; i++)
        {
            clock.Advance(TimeSpan.FromSeconds(1));
        }

        Assert.Equal(renders, cut.RenderCount);
        Assert.Equal("05", Text(cut, "countdown-seconds"));
    }

    [Fact]
    public void Clock_ReachesDue_ShowsPassedAndWhatBecameOfIt()
    {
        var cut = RenderCountdown();

        clock.Advance(Due - Start + TimeSpan.FromSeconds(2));

        cut.WaitForAssertion(() => Assert.NotEmpty(cut.FindAll("[data-testid='countdown-passed']")));
        Assert.Contains("Passed 0 days, 0 hours, 0 minutes, 2 seconds ago", Text(cut, "countdown-passed"));
        Assert.Equal("Extended to August 1.", Text(cut, "outcome"));
        Assert.Empty(cut.FindAll("[data-testid='countdown-seconds']"));
        Assert.Equal("true", cut.Find("[data-testid='countdown']").GetAttribute("data-past"));
    }

    [Fact]
    public void Clock_OneSecondBeforeDue_StillCountsDown()
    {
        var cut = RenderCountdown();
        var renders = cut.RenderCount;

        clock.Advance(Due - Start - TimeSpan.FromSeconds(1));

        Assert.Equal(renders, cut.RenderCount);
        Assert.Empty(cut.FindAll("[data-testid='countdown-passed']"));
    }

    [Fact]
    public void Clock_ReachesTheOldDueAfterAnExtension_StillCountsDown()
    {
        var cut = RenderCountdown();
        cut.Render(p => p.Add(c => c.DueAt, Due.AddDays(23)));

        clock.Advance(Due - Start + TimeSpan.FromSeconds(2));
        Assert.Empty(cut.FindAll("[data-testid='countdown-passed']"));

        clock.Advance(TimeSpan.FromDays(23));
        cut.WaitForAssertion(() => Assert.NotEmpty(cut.FindAll("[data-testid='countdown-passed']")));
    }

    [Fact]
    public void Render_FrozenAtAnEarlierInstant_ShowsCountdownAsItStoodThen()
    {
        var frozenAt = Due - new TimeSpan(2, 3, 4, 5);

        var cut = RenderCountdown(frozenAt);

        Assert.Equal("2", Text(cut, "countdown-days"));
        Assert.Equal("03", Text(cut, "countdown-hours"));
        Assert.Equal("04", Text(cut, "countdown-minutes"));
        Assert.Equal("05", Text(cut, "countdown-seconds"));
    }

    [Fact]
    public void Tick_FrozenAt_DoesNotTick()
    {
        var frozenAt = Due - new TimeSpan(2, 3, 4, 5);
        var cut = RenderCountdown(frozenAt);
        var renders = cut.RenderCount;

        clock.Advance(TimeSpan.FromSeconds(3));

        Assert.Equal("05", Text(cut, "countdown-seconds"));
        Assert.Equal(renders, cut.RenderCount);
    }

    [Fact]
    public void Render_FrozenAfterDue_ShowsPassedWithoutTicking()
    {
        var cut = RenderCountdown(Due.AddMinutes(5));

        Assert.Contains("Passed 0 days, 0 hours, 5 minutes, 0 seconds ago", Text(cut, "countdown-passed"));
        Assert.Equal("Extended to August 1.", Text(cut, "outcome"));
    }
}
