using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Options;
using TradeTracker.Web.Components.Shared;
using TradeTracker.Web.Domain;
using TradeTracker.Web.Services;

namespace TradeTracker.Web.Components.Pages.Tariffs;

/// <summary>A pair's page: the headline stack as of the chosen instant, one product's rate (<c>?hs=</c>), the step chart
/// of both directions (<c>?from=&amp;to=</c>) and every measure's schedule, in the view asked for (<c>?known=1</c>: as known
/// then, <see cref="AsOf"/>). The rate and the product's rate come from <see cref="RateService.GetRateAsync"/>, as the API's,
/// for the same instant: a bare date is the end of that day where the imposer declares its instants. The product lookup
/// comes first, then the headline stack beside the chart, then the schedules collapsed by measure. An unknown economy in
/// the address is a real 404 (<see cref="NavigationManager.NotFound"/>: the router's not-found page, status 404 when
/// prerendered).</summary>
public partial class TariffsPage
{
    private string imposerCode = "";
    private string targetCode = "";
    private Economy? imposer;
    private Economy? target;
    private RateAnswer? answer;
    private string? hsError;
    private RateChart? chart;
    private Dictionary<string, string> rangeErrors = [];
    private List<TariffMeasure> measures = [];
    private List<(string From, string To, string Label)> pairs = [];
    private DateTimeOffset asOf;
    private AsOf view;
    private DateTimeOffset? asOfShown;
    private string? asOfError;

    [Inject] private RateService Rates { get; set; } = default!;
    [Inject] private RateChartService Charts { get; set; } = default!;
    [Inject] private EconomyService Economies { get; set; } = default!;
    [Inject] private DisplayClock Clock { get; set; } = default!;
    [Inject] private NavigationManager Navigation { get; set; } = default!;
    [Inject] private IOptions<TradeTrackerOptions> Options { get; set; } = default!;

    [Parameter] public string? Imposer { get; set; }
    [Parameter] public string? Target { get; set; }
    [SupplyParameterFromQuery(Name = "asOf")] public string? AsOfText { get; set; }
    [SupplyParameterFromQuery(Name = "hs")] public string? Hs { get; set; }
    [SupplyParameterFromQuery(Name = AsOf.KnownQueryName)] public string? Known { get; set; }
    [SupplyParameterFromQuery(Name = "from")] public string? From { get; set; }
    [SupplyParameterFromQuery(Name = "to")] public string? To { get; set; }

    /// <summary>What the page is about, in its title and heading: "United States → China tariffs".</summary>
    private string Subject => $"{imposer!.Name} → {target!.Name} tariffs";

    /// <summary>The as-of value to carry in links: only a valid one.</summary>
    private string? AsOfParam => asOfShown is null ? null : AsOfText;

    protected override Task OnParametersSetAsync() => LoadAsync();

    /// <summary>Loads everything the page shows; also run when an editor's change commits (<see cref="LiveUpdates"/>).</summary>
    private async Task LoadAsync()
    {
        AsOf display;
        (display, asOfShown, asOfError) = AsOfQuery.Resolve(Clock, AsOfText, Known);
        asOf = display.At;
        imposerCode = (Imposer ?? Options.Value.FeaturedImposer).ToUpperInvariant();
        targetCode = (Target ?? Options.Value.FeaturedTarget).ToUpperInvariant();
        imposer = await Economies.FindAsync(imposerCode);
        target = await Economies.FindAsync(targetCode);
        if (imposer is null || target is null)
        {
            answer = null;
            Navigation.NotFound();
            return;
        }

        pairs = [];
        foreach (var (pairImposer, pairTarget) in await Rates.GetPairsAsync())
        {
            pairs.Add((pairImposer, pairTarget, $"{(await Economies.FindAsync(pairImposer))?.Name ?? pairImposer} → {(await Economies.FindAsync(pairTarget))?.Name ?? pairTarget}"));
        }

        view = new AsOf(
            asOfShown is not null && ZonedTime.TryParseAsOf(AsOfText, imposer!.TimeZoneId, out var rateAt, out _) ? rateAt : asOf,
            display.Mode);
        measures = (await Rates.GetPairMeasuresAsync(imposerCode, targetCode)).Where(m => RateCalculator.IsShown(m, view)).ToList();
        hsError = null;
        string? digits = null;
        if (Hs is not null && !HsCode.TryNormalize(Hs, out digits, out var error))
        {
            (digits, hsError) = (null, error);
        }

        answer = await Rates.GetRateAsync(imposerCode, targetCode, view, digits);
        chart = Charts.TryResolve(new ChartRange(From, To), asOf, out var from, out var to, out rangeErrors)
            ? await Charts.GetAsync(imposerCode, targetCode, from, to, view.Mode)
            : null;
    }

    /// <summary>The measures API's download of this pair's measures, with the page's asOf.</summary>
    private string DownloadUrl(string format) =>
        AsOfQuery.Append($"api/measures.{format}?imposer={imposerCode}&target={targetCode}", AsOfParam, view.KnownThen);

    private void SetHs(string? hs) => Navigation.NavigateTo(Navigation.GetUriWithQueryParameter("hs", hs));

    private string RangeHref(string from, string? to) => Navigation.GetUriWithQueryParameters(new Dictionary<string, object?>
    {
        ["from"] = from,
        ["to"] = to,
    });
}
