using Microsoft.AspNetCore.Components;
using TradeTracker.Web.Components.Shared;
using TradeTracker.Web.Domain;
using TradeTracker.Web.Services;

namespace TradeTracker.Web.Components.Pages.Economies;

/// <summary>One economy as of the chosen instant: what it charges its partners and what they charge it, the step chart
/// with each main partner, its deadlines (upcoming first) and its latest events. An unknown code is a real 404
/// (<see cref="NavigationManager.NotFound"/>).</summary>
public partial class EconomyPage
{
    /// <summary>At most this many partner charts, so the page stays light.</summary>
    private const int MaxPartners = 3;

    private Economy? economy;
    private List<PairRate> charges = [];
    private List<PairRate> charged = [];
    private List<RateChart> charts = [];
    private List<DeadlineView> deadlines = [];
    private List<TradeEvent> events = [];
    private DateTimeOffset asOf;
    private DateTimeOffset? asOfShown;
    private bool known;
    private string? asOfError;

    [Inject] private EconomyService Economies { get; set; } = default!;
    [Inject] private RateService Rates { get; set; } = default!;
    [Inject] private RateChartService Charts { get; set; } = default!;
    [Inject] private DeadlineService Deadlines { get; set; } = default!;
    [Inject] private EventService Events { get; set; } = default!;
    [Inject] private DisplayClock Clock { get; set; } = default!;
    [Inject] private NavigationManager Navigation { get; set; } = default!;

    [Parameter] public string Code { get; set; } = "";
    [SupplyParameterFromQuery(Name = "asOf")] public string? AsOfText { get; set; }
    [SupplyParameterFromQuery(Name = AsOf.KnownQueryName)] public string? KnownText { get; set; }

    private string? AsOfParam => asOfShown is null ? null : AsOfText;

    protected override Task OnParametersSetAsync() => LoadAsync();

    /// <summary>Loads everything the page shows; also run when an editor's change commits (<see cref="LiveUpdates"/>).</summary>
    private async Task LoadAsync()
    {
        AsOf view;
        (view, asOfShown, asOfError) = AsOfQuery.Resolve(Clock, AsOfText, KnownText);
        (asOf, known) = (view.At, view.KnownThen);
        economy = await Economies.FindAsync(Code);
        if (economy is null)
        {
            Navigation.NotFound();
            return;
        }

        var code = economy.Code;
        var pairs = await Rates.GetPairsAsync();
        charges = await RatesAsync(pairs.Where(p => p.Imposer == code).ToList());
        charged = await RatesAsync(pairs.Where(p => p.Target == code).ToList());
        var partners = pairs.Where(p => p.Imposer == code || p.Target == code)
            .Select(p => p.Imposer == code ? p.Target : p.Imposer)
            .Distinct()
            .Take(MaxPartners)
            .ToList();
        charts = [];
        foreach (var partner in partners)
        {
            if (Charts.TryResolve(new ChartRange(null, null), asOf, out var from, out var to, out _))
            {
                charts.Add(await Charts.GetAsync(code, partner, from, to, AsOf.ModeFrom(KnownText)));
            }
        }

        var all = await Deadlines.GetForEconomiesAsync([code], asOf);
        deadlines = [.. all.Where(d => d.State == DeadlineState.Upcoming).Take(5), .. all.Where(d => d.State != DeadlineState.Upcoming).Take(5)];
        events = await Events.GetLatestAsync(Clock.LocalDate(asOf), 8, code);
    }

    private async Task<List<PairRate>> RatesAsync(List<(string Imposer, string Target)> pairs)
    {
        var result = new List<PairRate>();
        foreach (var (imposer, target) in pairs)
        {
            var from = await Economies.FindAsync(imposer);
            var to = await Economies.FindAsync(target);
            if (from is not null && to is not null)
            {
                result.Add(new PairRate(await Rates.GetRateAsync(imposer, target, new AsOf(asOf, AsOf.ModeFrom(KnownText))), from, to));
            }
        }

        return result;
    }
}
