using Bunit;
using MudBlazor.Services;
using TradeTracker.Web.Components.Pages.Tariffs;
using TradeTracker.Web.Domain;

namespace TradeTracker.UnitTests.Components;

public sealed class MeasureCardTests : BunitContext
{
    private const string NewYork = "America/New_York";
    private static readonly DateTimeOffset April10 = ZonedTime.AtLocal(new DateOnly(2025, 4, 10), new TimeOnly(0, 1), NewYork);
    private static readonly DateTimeOffset CollectionStopped = ZonedTime.StartOfDay(new DateOnly(2026, 2, 24), NewYork);

    public MeasureCardTests()
    {
        Services.AddMudServices();
        JSInterop.Mode = JSRuntimeMode.Loose;
    }

    private static TariffMeasure Reciprocal(MeasureStatus status) => new()
    {
        Id = 1,
        Name = "IEEPA reciprocal tariff",
        LegalBasis = "IEEPA",
        Status = status,
        InvalidatedOn = new DateOnly(2026, 2, 20),
        InvalidatedBy = "the Supreme Court",
        InvalidatedByEventId = 87,
        InvalidationNote = "duties paid refundable",
        Steps = [new RateStep { Id = 2, RatePercent = 10m, InForceFrom = April10, InForceUntil = CollectionStopped, TimeZoneId = NewYork, AnnouncedOn = new DateOnly(2025, 4, 9) }],
    };

    /// <summary>Renders the card and opens it, as a click on its summary does: its body is rendered once first opened.</summary>
    private IRenderedComponent<MeasureCard> RenderOpen(TariffMeasure measure, AsOf asOf)
    {
        var cut = Render<MeasureCard>(p => p.Add(c => c.Measure, measure).Add(c => c.AsOf, asOf));
        cut.Find("details").TriggerEvent("ontoggle", EventArgs.Empty);
        return cut;
    }

    [Fact]
    public void Render_Closed_ShowsTheRateInForceAndNoSchedule()
    {
        var cut = Render<MeasureCard>(p => p.Add(c => c.Measure, Reciprocal(MeasureStatus.InEffect)).Add(c => c.AsOf, new AsOf(April10.AddDays(1))));

        Assert.Equal("10% in force", cut.Find("[data-testid='measure-now']").TextContent.Trim());
        Assert.Empty(cut.FindAll("[data-testid='schedule-step']"));
        Assert.Null(cut.Find("details").GetAttribute("open"));
    }

    [Fact]
    public void Render_InvalidatedMeasure_SaysByWhomAndWhenAndLinksTheRuling()
    {
        var cut = RenderOpen(Reciprocal(MeasureStatus.Invalidated), new AsOf(April10.AddDays(300)));

        var label = cut.Find("[data-testid='invalidation']");
        Assert.Contains("Invalidated by the Supreme Court, February 20, 2026; duties paid refundable", label.TextContent);
        Assert.Equal("timeline?from=2026-02-20&to=2026-02-20#event-87", label.QuerySelector("a")!.GetAttribute("href"));
    }

    [Fact]
    public void Render_MeasureInEffect_HasNoInvalidationLabel()
    {
        var cut = RenderOpen(Reciprocal(MeasureStatus.InEffect), new AsOf(April10.AddDays(1)));

        Assert.NotEmpty(cut.FindAll("[data-testid='schedule-step']"));
        Assert.Empty(cut.FindAll("[data-testid='invalidation']"));
    }

    [Fact]
    public void Render_LegalViewBeforeTheEndWasDecided_ShowsTheRealEndAndAsKnownThenShowsItOpen()
    {
        var measure = Reciprocal(MeasureStatus.Invalidated);

        var legal = RenderOpen(measure, new AsOf(April10.AddDays(1)));
        var knownThen = RenderOpen(measure, new AsOf(April10.AddDays(1), AsOfMode.KnownThen));

        Assert.Contains("February 24, 2026", legal.Find("[data-testid='schedule-step']").TextContent);
        Assert.Contains("open", knownThen.Find("[data-testid='schedule-step']").TextContent);
    }
}
