using Microsoft.AspNetCore.Components;
using TradeTracker.Web.Components.Shared;
using TradeTracker.Web.Domain;
using TradeTracker.Web.Services;

namespace TradeTracker.Web.Components.Pages.Timeline;

public partial class TimelinePage
{
    /// <summary>Pages reached by number; past them the page goes on by cursor ("Older entries"), which costs the same at any depth.</summary>
    private const int NumberedPages = 10;

    /// <summary>Longest description of the filters the title and heading name; a longer one is "Timeline (filtered)".</summary>
    private const int ShortSubject = 48;

    private TimelineResult? result;
    private List<Economy> economies = [];
    private DateTimeOffset? asOfShown;
    private bool known;
    private string? asOfError;

    [Inject]
    private TimelineService Timeline { get; set; } = default!;

    [Inject]
    private EconomyService Economies { get; set; } = default!;

    [Inject]
    private DisplayClock Clock { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    [SupplyParameterFromQuery(Name = "economy")] public string? Economy { get; set; }
    [SupplyParameterFromQuery(Name = "kind")] public string[]? Kind { get; set; }
    [SupplyParameterFromQuery(Name = "from")] public string? From { get; set; }
    [SupplyParameterFromQuery(Name = "to")] public string? To { get; set; }
    [SupplyParameterFromQuery(Name = "q")] public string? Text { get; set; }
    [SupplyParameterFromQuery(Name = "page")] public int? PageNumber { get; set; }
    [SupplyParameterFromQuery(Name = "after")] public string? After { get; set; }
    [SupplyParameterFromQuery(Name = "asOf")] public string? AsOfText { get; set; }
    [SupplyParameterFromQuery(Name = AsOf.KnownQueryName)] public string? KnownText { get; set; }

    private TimelineFilter Filter => TimelineFilter.FromQuery(Economy, Kind, From, To, Text, after: After) with { Page = PageNumber ?? 1 };

    /// <summary>A filter that is set, as people read it, and the filter without it.</summary>
    private sealed record SetFilter(string Name, string Value, TimelineFilter Without);

    /// <summary>The filters that are set, in the filter bar's order; clearing one goes back to the first page.</summary>
    private List<SetFilter> SetFilters
    {
        get
        {
            var filter = Filter with { Page = 1, After = null };
            var set = new List<SetFilter>();
            if (filter.Economy is { } code)
            {
                set.Add(new("Economy", economies.FirstOrDefault(e => e.Code == code)?.Name ?? code, filter with { Economy = null }));
            }

            if (!filter.Kinds.IsEmpty)
            {
                set.Add(new(filter.Kinds.Members.Count() == 1 ? "Kind" : "Kinds", filter.Kinds.Label, filter with { Kinds = default }));
            }

            if (filter.From is { } from)
            {
                set.Add(new("From", ZonedTime.FormatDate(from), filter with { From = null }));
            }

            if (filter.To is { } to)
            {
                set.Add(new("To", ZonedTime.FormatDate(to), filter with { To = null }));
            }

            if (filter.Text is { } text)
            {
                set.Add(new("Text", $"“{text}”", filter with { Text = null }));
            }

            return set;
        }
    }

    /// <summary>The page's subject for its title and heading: "Timeline", or with short filters "Timeline: China, Rate changes".</summary>
    private string Subject
    {
        get
        {
            var said = string.Join(", ", SetFilters.Select(f => f.Name is "From" or "To" ? $"{f.Name.ToLowerInvariant()} {f.Value}" : f.Value));
            return said.Length == 0 ? "Timeline" : said.Length <= ShortSubject ? $"Timeline: {said}" : "Timeline (filtered)";
        }
    }

    private string CountText(TimelineResult r) => Filter.After is not null
        ? $"{(r.Capped ? "More than " : "")}{r.TotalCount:N0} older {(r.TotalCount == 1 ? "entry" : "entries")} from here, newest first."
        : r.Capped
        ? $"More than {r.TotalCount:N0} entries, newest first. Page {r.Page} of {r.PageCount:N0} or more."
        : $"{r.TotalCount:N0} {(r.TotalCount == 1 ? "entry" : "entries")}, newest first.{(r.PageCount > 1 ? $" Page {r.Page} of {r.PageCount:N0}." : "")}";

    protected override async Task OnInitializedAsync() => economies = await Economies.GetPickOrderAsync();

    protected override Task OnParametersSetAsync() => LoadAsync();

    private async Task LoadAsync()
    {
        AsOf view;
        (view, asOfShown, asOfError) = AsOfQuery.Resolve(Clock, AsOfText, KnownText);
        known = view.KnownThen;
        result = await Timeline.QueryAsync(Filter, asOfShown is null ? null : Clock.LocalDate(view.At), view.Mode);
    }

    private Task ApplyAsync(TimelineFilter filter)
    {
        Navigation.NavigateTo(FilterUrl(filter with { Page = 1, After = null }, includeAsOf: true));
        return Task.CompletedTask;
    }

    private Task GoToPageAsync(int number)
    {
        Navigation.NavigateTo(FilterUrl(Filter with { Page = number }, includeAsOf: true));
        return Task.CompletedTask;
    }

    private string FilterUrl(TimelineFilter filter, bool includeAsOf)
    {
        var query = filter.ToQuery();
        query["page"] = filter.Page > 1 ? filter.Page : null;
        query["after"] = filter.After?.ToString();
        query["asOf"] = includeAsOf && asOfShown is not null ? AsOfText : null;
        query[AsOf.KnownQueryName] = includeAsOf && known ? "1" : null;
        return Navigation.GetUriWithQueryParameters("timeline", query);
    }

    /// <summary>The events API's download of what the page shows: the same filter and asOf, every page.</summary>
    private string DownloadUrl(string format)
    {
        var query = Filter.ToQuery();
        query["asOf"] = asOfShown is not null ? AsOfText : null;
        query[AsOf.KnownQueryName] = known ? "1" : null;
        return Navigation.GetUriWithQueryParameters($"api/events.{format}", query);
    }
}
