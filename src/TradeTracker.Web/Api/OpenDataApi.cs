using System.ComponentModel;
using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Net.Http.Headers;
using TradeTracker.Web.Domain;
using TradeTracker.Web.Services;
using TradeTracker.Web.Services.OpenData;

namespace TradeTracker.Web.Api;

/// <summary>The read API's lists (economies, measures with schedules, the timeline, deadlines as of an instant) and
/// their downloads: <c>/api/{list}</c> answers a page of JSON; <c>/api/{list}.csv</c> and <c>/api/{list}.json</c> (or
/// <c>?format=csv|json</c>) answer every row the filter keeps as a file.</summary>
public static class OpenDataApi
{
    private const string FormatHelp = " Add .csv or .json to the path (or format=csv|json) to download every row the filter keeps.";
    private const string FormatText = "csv or json: download every row the filter keeps as a file (page and pageSize are ignored); absent: a page of JSON.";
    private const string AsOfText = "A date (2025-06-09: the end of that day in the display zone), a local date and time, or an ISO 8601 instant.";
    private const string KnownText = "1: only what had been announced by asOf (\"as known then\"); absent or 0: what legally applied, corrections made later with retroactive effect included.";
    private const string PageText = "Page number, from 1 (default 1).";
    private const string PageSizeText = "Rows per page, 1 to 200 (default 50).";

    public static RouteGroupBuilder MapOpenDataApi(this RouteGroupBuilder api)
    {
        api.MapGet("/economies", async (EconomyService economies, CancellationToken ct) =>
                TypedResults.Ok((await economies.GetAllAsync(ct)).Select(EconomyRow.Of).ToList()))
            .WithTags("Economies").WithName("ListEconomies")
            .WithSummary("Every economy: ISO 3166-1 alpha-3 code (or EUN), English name, and the IANA zone its instants are declared in.");
        api.MapGet("/economies/{code}", GetEconomyAsync)
            .WithTags("Economies").WithName("GetEconomy")
            .WithSummary("One economy by its code, case-insensitive; 404 when there is none.");

        MapList<MeasureRow>(api, "measures", "Measures", MeasuresAsync,
            "Tariff measures with their rate schedules, filtered by imposer, target (global measures that do not exempt it included) and status, paged.",
            "Every measure the filter keeps as CSV (one line per rate step) or JSON, as a file.");
        MapList<TimelineRow>(api, "events", "Timeline", EventsAsync,
            "The timeline (events and rate changes), newest first, filtered as the timeline page is; with asOf, entries after that day are hidden.",
            "Every timeline entry the filter keeps as CSV or JSON, as a file.");
        MapList<DeadlineRow>(api, "deadlines", "Deadlines", DeadlinesAsync,
            "Deadlines as they stood at asOf (default now): the due instant then known, upcoming or passed, and the extensions decided by then; paged.",
            "Every deadline the filter keeps, as of asOf, as CSV or JSON, as a file.");
        return api;
    }

    /// <summary>A list at /api/{list} (a page of JSON) and its download at /api/{list}.csv or .json, one handler for both.</summary>
    private static void MapList<TRow>(RouteGroupBuilder api, string list, string name, Delegate handler, string summary, string downloadSummary)
    {
        var tag = char.ToUpperInvariant(list[0]) + list[1..];
        api.MapGet($"/{list}", handler).WithTags(tag).WithName($"List{name}")
            .WithSummary(summary + FormatHelp)
            .Produces<ListPage<TRow>>().ProducesValidationProblem();
        api.MapGet($"/{list}.{{format}}", handler).WithTags(tag).WithName($"Download{name}")
            .WithSummary(downloadSummary)
            .Produces<ListPage<TRow>>(contentType: "application/json", additionalContentTypes: "text/csv").ProducesValidationProblem();
    }

    private static async Task<Results<Ok<EconomyRow>, ProblemHttpResult>> GetEconomyAsync(string code, EconomyService economies, CancellationToken ct) =>
        await economies.FindAsync(code, ct) is { } economy
            ? TypedResults.Ok(EconomyRow.Of(economy))
            : TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found",
                detail: $"No economy has the code '{code}': use an ISO 3166-1 alpha-3 code such as USA (GET /api/economies lists them).");

    private static async Task<IResult> MeasuresAsync(
        [Description(FormatText)] string? format,
        [Description("Measures this economy imposes: an ISO 3166-1 alpha-3 code such as USA.")] string? imposer,
        [Description("Measures on this economy (bilateral, and global ones that do not exempt it), such as CHN.")] string? target,
        [Description("The status at asOf (from the measure's steps, not as recorded today): Threatened, Scheduled, InEffect, Suspended, Ended, NeverApplied or Invalidated.")] string? status,
        [Description(AsOfText)] string? asOf,
        [Description(KnownText)] string? known,
        [Description(PageText)] string? page,
        [Description(PageSizeText)] string? pageSize,
        HttpContext http, OpenDataService data, EconomyService economies, DisplayClock clock, CancellationToken ct)
    {
        var query = new QueryReader(clock);
        var filter = new MeasureFilter(
            await query.EconomyAsync("imposer", imposer, economies, ct),
            await query.EconomyAsync("target", target, economies, ct),
            query.Choice<MeasureStatus>("status", status));
        var at = new AsOf(query.AsOf(asOf) ?? clock.Now, query.Known(known));
        return await AnswerAsync(http, query, format, page, pageSize, "measures",
            paging => data.GetMeasuresAsync(filter, at, paging, ct), OpenDataCsv.WriteMeasuresAsync, ct);
    }

    private static async Task<IResult> EventsAsync(
        [Description(FormatText)] string? format,
        [Description("Entries involving this economy, such as CHN.")] string? economy,
        [Description("Kinds of entry to keep: RateChange, or an event kind: NegotiationRound, LeadersCall, Announcement, Agreement, Retaliation, ExportControl, DataRelease, Statement, CourtRuling. Several as kind=RateChange&kind=NegotiationRound or kind=RateChange,NegotiationRound; none keeps every kind.")] string[]? kind,
        [Description("First day, yyyy-MM-dd.")] string? from,
        [Description("Last day, yyyy-MM-dd.")] string? to,
        [Description("Text in titles, summaries, locations, measure names and notes.")] string? q,
        [Description(AsOfText + " Entries dated after that day are hidden.")] string? asOf,
        [Description(KnownText + " With 1, rate changes announced after asOf are hidden too.")] string? known,
        [Description(PageText + " Past the first pages, follow the cursor instead (after).")] string? page,
        [Description(PageSizeText)] string? pageSize,
        [Description("A cursor: the 'next' value of the page before. The entries after it, newest first; costs the same at any depth (page is then ignored). A download starts after it.")] string? after,
        HttpContext http, OpenDataService data, EconomyService economies, DisplayClock clock, CancellationToken ct)
    {
        var query = new QueryReader(clock);
        var filter = TimelineFilter.FromQuery(economy, kind, from, to, q, query.Add, after) with
        {
            Economy = await query.EconomyAsync("economy", economy, economies, ct),
        };
        var at = query.AsOf(asOf);
        var mode = query.Known(known);
        return await AnswerAsync(http, query, format, page, pageSize, "events",
            paging => data.GetTimelineAsync(filter, at, mode, paging, ct), OpenDataCsv.WriteTimelineAsync, ct);
    }

    private static async Task<IResult> DeadlinesAsync(
        [Description(FormatText)] string? format,
        [Description("Upcoming (due after asOf) or Passed.")] string? state,
        [Description(AsOfText + " Default now. Deadlines announced after asOf are left out, and outcomes decided after it are not given.")] string? asOf,
        [Description(KnownText + " Deadlines read the same in both views.")] string? known,
        [Description(PageText)] string? page,
        [Description(PageSizeText)] string? pageSize,
        HttpContext http, OpenDataService data, DisplayClock clock, CancellationToken ct)
    {
        var query = new QueryReader(clock);
        var when = query.Choice<DeadlineWhen>("state", state);
        var at = query.AsOf(asOf) ?? clock.Now;
        query.Known(known);
        return await AnswerAsync(http, query, format, page, pageSize, "deadlines",
            paging => data.GetDeadlinesAsync(when, at, paging, ct), OpenDataCsv.WriteDeadlinesAsync, ct);
    }

    /// <summary>"csv" or "json" for a download, null for a page of JSON.</summary>
    private static string? ReadFormat(QueryReader query, string? format)
    {
        var value = format?.Trim().ToLowerInvariant();
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }

        if (value is not ("csv" or "json"))
        {
            query.Add("format", $"'{format}' is not a download format: use csv or json.");
        }

        return value;
    }

    /// <summary>Reads format and paging beside the list's own values; any bad value is a 400 naming each field.
    /// Otherwise a page of JSON, or (csv, json) every row the filter keeps as a file named after the list and the day.</summary>
    private static async Task<IResult> AnswerAsync<T>(
        HttpContext http, QueryReader query, string? format, string? page, string? pageSize, string slug,
        Func<Paging, Task<ListPage<T>>> load, Func<Stream, IEnumerable<T>, CancellationToken, Task> writeCsv, CancellationToken ct)
    {
        var download = ReadFormat(query, format);
        var paging = download is null ? query.Paging(page, pageSize) : Paging.All;
        if (query.HasErrors)
        {
            var errors = query.Errors;
            return TypedResults.ValidationProblem(errors, detail: string.Join(" ", errors.Values.SelectMany(v => v)));
        }

        var list = await load(paging);
        if (download is null)
        {
            return TypedResults.Ok(list);
        }

        var clock = http.RequestServices.GetRequiredService<DisplayClock>();
        var fileName = $"tradetracker-{slug}-{clock.LocalDate(clock.Now).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}.{download}";
        if (download == "csv")
        {
            return TypedResults.Stream(stream => writeCsv(stream, list.Items, ct), "text/csv; charset=utf-8", fileName);
        }

        http.Response.Headers.ContentDisposition = new ContentDispositionHeaderValue("attachment") { FileNameStar = fileName }.ToString();
        return TypedResults.Ok(list);
    }
}
