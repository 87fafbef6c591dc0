using Bunit;
using MudBlazor.Services;
using TradeTracker.Web.Components.Shared;
using TradeTracker.Web.Domain;

namespace TradeTracker.UnitTests.Components;

public sealed class RateBreakdownTests : BunitContext
{
    private static readonly DateTimeOffset At = new(2025, 6, 9, 12, 0, 0, TimeSpan.FromHours(-4));

    public RateBreakdownTests()
    {
        Services.AddMudServices();
        JSInterop.Mode = JSRuntimeMode.Loose;
    }

    /// <summary>A headline of the given layers, largest first, as <see cref="RateCalculator"/> orders them.</summary>
    private static RateSnapshot Snapshot(params decimal[] rates)
    {
        var layers = rates.OrderDescending().Select((rate, i) => new RateLayer(
            new TariffMeasure { Id = i + 1, Name = $"Measure {i + 1}", LegalBasis = "Basis", Coverage = Coverage.AllGoods },
            new RateStep { Id = i + 1, RatePercent = rate, InForceFrom = At.AddDays(-30), TimeZoneId = "America/New_York" })).ToList();
        return new RateSnapshot("USA", "CHN", At, rates.Sum(), layers, []);
    }

    private IRenderedComponent<RateBreakdown> RenderBreakdown(RateSnapshot snapshot, int maxLayers, RateCoverage coverage = RateCoverage.Tracked, DateOnly? reviewedOn = null) =>
        Render<RateBreakdown>(p => p
            .Add(c => c.Answer, new RateAnswer(snapshot, coverage, reviewedOn, null)).Add(c => c.ImposerName, "United States").Add(c => c.TargetName, "China")
            .Add(c => c.ImposerZone, "America/New_York").Add(c => c.ShowProductLayers, false)
            .Add(c => c.MaxLayers, maxLayers).Add(c => c.MoreHref, "tariffs/USA/CHN?asOf=2025-06-09"));

    [Fact]
    public void Render_EightLayersAtAGlance_ListsTheFiveLargestAndSumsTheRestWithALinkToThePairPage()
    {
        var cut = RenderBreakdown(Snapshot(20, 10, 7.5m, 5, 4, 3, 2, 1), RateBreakdown.SummaryLayers);

        var listed = cut.FindAll("[data-testid='headline-layer']").Select(li => li.TextContent).ToList();
        Assert.Equal(5, listed.Count);
        Assert.StartsWith("20%", listed[0].Trim());
        Assert.StartsWith("4%", listed[4].Trim());
        var more = cut.Find("[data-testid='more-layers']");
        Assert.Contains("6% in 3 smaller layers", more.TextContent);
        Assert.Equal("tariffs/USA/CHN?asOf=2025-06-09", more.QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal(6, cut.FindAll(".rate-stack span").Count);
        Assert.Equal("52.5%", cut.Find("[data-testid='headline-rate']").TextContent.Trim());
    }

    [Fact]
    public void Render_Layers_EachLineStartsWithItsSegmentsColourAndTheBasesAreOneClickAway()
    {
        var cut = RenderBreakdown(Snapshot(20, 10, 7.5m, 5, 4, 3, 2, 1), RateBreakdown.SummaryLayers);

        var segments = cut.FindAll(".rate-stack span").Select(s => s.GetAttribute("class")!).ToList();
        var swatches = cut.FindAll("[data-testid='legend-swatch']").Select(s => s.GetAttribute("class")!.Replace("layer-swatch ", "", StringComparison.Ordinal)).ToList();
        Assert.Equal(segments, swatches);
        Assert.Equal(6, swatches.Distinct().Count());
        Assert.DoesNotContain("Basis", cut.Find("[data-testid='headline-layer']").TextContent, StringComparison.Ordinal);
        Assert.Empty(cut.FindAll("[data-testid='layer-basis']"));

        cut.Find("[data-testid='layer-bases']").TriggerEvent("ontoggle", EventArgs.Empty);

        Assert.Equal(5, cut.FindAll("[data-testid='layer-basis']").Count);
        Assert.Contains("Basis", cut.Find("[data-testid='layer-basis']").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_NoMoreLayersThanTheLimit_ListsEveryOneAndNoSum()
    {
        var cut = RenderBreakdown(Snapshot(20, 10), RateBreakdown.SummaryLayers);

        Assert.Equal(2, cut.FindAll("[data-testid='headline-layer']").Count);
        Assert.Empty(cut.FindAll("[data-testid='more-layers']"));
        Assert.Equal(2, cut.FindAll(".rate-stack span").Count);
    }

    [Fact]
    public void Render_PairNotTracked_SaysNotTrackedInsteadOfZero()
    {
        var cut = RenderBreakdown(Snapshot(), RateBreakdown.SummaryLayers, RateCoverage.NotTracked);

        Assert.Equal("Not tracked", cut.Find("[data-testid='headline-rate']").TextContent.Trim());
        Assert.DoesNotContain("No all-goods measure in force", cut.Markup);
        Assert.Contains("no rate is stated", cut.Find("[data-testid='coverage-note']").TextContent);
    }

    [Fact]
    public void Render_GlobalOnlyPairWithReviewDay_SaysSoBesideTheHeadline()
    {
        var cut = RenderBreakdown(Snapshot(10), RateBreakdown.SummaryLayers, RateCoverage.GlobalOnly, new DateOnly(2026, 12, 3));

        Assert.Equal("10%", cut.Find("[data-testid='headline-rate']").TextContent.Trim());
        Assert.Contains("Only measures the imposer applies to every partner are tracked for this pair", cut.Find("[data-testid='coverage-note']").TextContent);
        Assert.Equal("Data last reviewed December 3, 2026", cut.Find("[data-testid='reviewed-on']").TextContent.Trim());
    }
}
