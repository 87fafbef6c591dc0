using Bunit;
using MudBlazor.Services;
using TradeTracker.Web.Components.Shared;
using TradeTracker.Web.Domain;

namespace TradeTracker.UnitTests.Components;

public sealed class LayerLineTests : BunitContext
{
    public LayerLineTests()
    {
        Services.AddMudServices();
        JSInterop.Mode = JSRuntimeMode.Loose;
    }

    /// <summary>The IEEPA fentanyl 10% step, collected until 12:00 a.m. ET 2026-02-24, of a measure the Supreme Court
    /// held void on 2026-02-20.</summary>
    private static RateLayer Fentanyl(int? rulingEventId) => new(
        new TariffMeasure
        {
            Id = 1, Name = "IEEPA fentanyl tariff", LegalBasis = "IEEPA", Coverage = Coverage.AllGoods, Status = MeasureStatus.Invalidated,
            InvalidatedOn = new DateOnly(2026, 2, 20), InvalidatedBy = "the Supreme Court", InvalidatedByEventId = rulingEventId,
            InvalidationNote = "duties paid refundable with interest",
        },
        new RateStep
        {
            Id = 1, RatePercent = 10, TimeZoneId = "America/New_York",
            InForceFrom = new DateTimeOffset(2025, 11, 10, 5, 1, 0, TimeSpan.Zero), InForceUntil = new DateTimeOffset(2026, 2, 24, 5, 0, 0, TimeSpan.Zero),
        });

    [Fact]
    public void Render_InvalidatedLayerAfterTheRuling_SaysSoAndLinksTheRulingOnTheTimeline()
    {
        var cut = Render(LayerLine.For(Fentanyl(85), new DateTimeOffset(2026, 2, 23, 12, 0, 0, TimeSpan.FromHours(-5))));

        var label = cut.Find("[data-testid='layer-invalidation']");
        Assert.Equal("Invalidated by the Supreme Court, February 20, 2026; duties paid refundable with interest", label.TextContent.Trim());
        Assert.Equal("/timeline?from=2026-02-20&to=2026-02-20#event-85", label.QuerySelector("a")!.GetAttribute("href"));
    }

    [Fact]
    public void Render_InvalidatedLayerWithoutRulingEvent_SaysSoWithoutALink()
    {
        var cut = Render(LayerLine.For(Fentanyl(null), new DateTimeOffset(2026, 2, 20, 12, 0, 0, TimeSpan.FromHours(-5))));

        var label = cut.Find("[data-testid='layer-invalidation']");
        Assert.StartsWith("Invalidated by the Supreme Court", label.TextContent.Trim(), StringComparison.Ordinal);
        Assert.Null(label.QuerySelector("a"));
    }

    [Fact]
    public void Render_InvalidatedLayerViewedAsKnownBeforeTheRuling_DoesNotKnowOfIt()
    {
        var cut = Render(LayerLine.For(Fentanyl(85), new AsOf(new DateTimeOffset(2026, 2, 19, 23, 0, 0, TimeSpan.FromHours(-5)), AsOfMode.KnownThen)));

        Assert.Empty(cut.FindAll("[data-testid='layer-invalidation']"));
        Assert.Contains("IEEPA fentanyl tariff", cut.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_InvalidatedLayerInTheLegalViewBeforeTheRuling_SaysItWasLaterHeldVoid()
    {
        var cut = Render(LayerLine.For(Fentanyl(85), new DateTimeOffset(2026, 2, 19, 23, 0, 0, TimeSpan.FromHours(-5))));

        var label = cut.Find("[data-testid='layer-invalidation']");
        Assert.StartsWith("Invalidated by the Supreme Court", label.TextContent.Trim(), StringComparison.Ordinal);
    }
}
