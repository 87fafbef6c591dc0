using System.Globalization;
using System.Net;
using System.Text.Json;
using CsvHelper;
using Microsoft.EntityFrameworkCore;
using TradeTracker.IntegrationTests.Infrastructure;
using TradeTracker.Web.Domain;
using TradeTracker.Web.Services;

namespace TradeTracker.IntegrationTests;

/// <summary>The read API's lists (economies, measures, the timeline, deadlines) and their CSV and JSON downloads.</summary>
public sealed class OpenDataApiTests(TradeTrackerFactory factory) : IClassFixture<TradeTrackerFactory>
{
    private readonly HttpClient client = factory.CreateClientAs(null);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<JsonElement> GetAsync(string url) => await (await client.GetAsync(url, Ct)).ReadJsonAsync(HttpStatusCode.OK);

    private static List<JsonElement> Items(JsonElement list) => list.GetProperty("items").EnumerateArray().ToList();

    private static async Task<List<Dictionary<string, string>>> ReadCsvAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        using var csv = new CsvReader(new StringReader(await response.Content.ReadAsStringAsync(Ct)), CultureInfo.InvariantCulture);
        var rows = new List<Dictionary<string, string>>();
        await csv.ReadAsync();
        csv.ReadHeader();
        while (await csv.ReadAsync())
        {
            rows.Add(csv.HeaderRecord!.ToDictionary(h => h, h => csv.GetField(h) ?? ""));
        }

        return rows;
    }

    [Fact]
    public async Task GetEconomies_Anonymous_ListsEverySeededEconomyWithItsZone()
    {
        var economies = (await GetAsync("/api/economies")).EnumerateArray().ToList();

        Assert.Equal(250, economies.Count);
        var usa = economies.Single(e => e.GetProperty("code").GetString() == "USA");
        Assert.Equal("America/New_York", usa.GetProperty("timeZone").GetString());
    }

    [Fact]
    public async Task GetEconomy_LowerCaseCode_ReturnsTheEconomy()
    {
        var china = await GetAsync("/api/economies/chn");

        Assert.Equal("CHN", china.GetProperty("code").GetString());
        Assert.Equal("Asia/Shanghai", china.GetProperty("timeZone").GetString());
    }

    [Fact]
    public async Task GetEconomy_UnknownCode_Is404SayingWhatToUse()
    {
        var problem = await (await client.GetAsync("/api/economies/XYZ", Ct)).ReadJsonAsync(HttpStatusCode.NotFound);

        Assert.Contains("ISO 3166-1 alpha-3", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task GetMeasures_UsOnChina_ListsWhatTheTariffsPageShowsInItsOrder()
    {
        var list = await GetAsync("/api/measures?imposer=usa&target=CHN&pageSize=200");

        var onPage = await factory.GetService<RateService>().GetPairMeasuresAsync("USA", "CHN", Ct);
        Assert.Equal(onPage.Count, list.GetProperty("total").GetInt32());
        Assert.Equal(onPage.Select(m => m.Id), Items(list).Select(m => m.GetProperty("id").GetInt32()));
    }

    [Fact]
    public async Task GetMeasures_UsOnChinaAsOfJune9Of2025_GivesEachStepInUtcAndOnTheUsClock()
    {
        var list = await GetAsync("/api/measures?imposer=USA&target=CHN&asOf=2025-06-09&pageSize=200");

        var reciprocal = Items(list).Single(m => m.GetProperty("name").GetString() == "IEEPA reciprocal tariff");
        Assert.Equal(10m, reciprocal.GetProperty("ratePercentAsOf").GetDecimal());
        var april10 = reciprocal.GetProperty("schedule").EnumerateArray()
            .Single(s => s.GetProperty("inForceFromLocal").GetString() == "12:01 a.m. EDT, April 10, 2025");
        Assert.Equal(new DateTimeOffset(2025, 4, 10, 4, 1, 0, TimeSpan.Zero), april10.GetProperty("inForceFrom").GetDateTimeOffset());
        Assert.Equal("America/New_York", april10.GetProperty("timeZone").GetString());
        Assert.False(april10.GetProperty("inForceAtAsOf").GetBoolean());
        Assert.NotEmpty(reciprocal.GetProperty("sources").EnumerateArray());
        Assert.Single(reciprocal.GetProperty("schedule").EnumerateArray(), s => s.GetProperty("inForceAtAsOf").GetBoolean());
    }

    [Fact]
    public async Task GetMeasures_UsOnChinaAsOfMay11Of2025_ShowsTheScheduleAsKnownThen()
    {
        // The cut to 10% from May 14 was announced on May 12: as of May 11 the 125% step had no known end and the 10%
        // step was not yet announced.
        var list = await GetAsync("/api/measures?imposer=USA&target=CHN&asOf=2025-05-11&known=1&pageSize=200");

        var schedule = Items(list).Single(m => m.GetProperty("name").GetString() == "IEEPA reciprocal tariff")
            .GetProperty("schedule").EnumerateArray().ToList();
        var current = schedule.Single(s => s.GetProperty("inForceAtAsOf").GetBoolean());
        Assert.Equal(125m, current.GetProperty("ratePercent").GetDecimal());
        Assert.Equal(JsonValueKind.Null, current.GetProperty("inForceUntil").ValueKind);
        Assert.DoesNotContain(schedule, s => s.GetProperty("inForceFromLocal").GetString() == "12:01 a.m. EDT, May 14, 2025");
    }

    [Fact]
    public async Task GetMeasures_StatusNeverApplied_OnlyThoseWithEveryStepFlagged()
    {
        var list = await GetAsync("/api/measures?status=neverapplied");

        Assert.NotEmpty(Items(list));
        Assert.All(Items(list), m =>
        {
            Assert.Equal("NeverApplied", m.GetProperty("status").GetString());
            Assert.All(m.GetProperty("schedule").EnumerateArray(), s => Assert.True(s.GetProperty("neverApplied").GetBoolean()));
        });
    }

    [Theory]
    [InlineData("2026-03-01", false, "Invalidated", true)]
    [InlineData("2026-02-19", false, "InEffect", true)]
    [InlineData("2026-02-19", true, "InEffect", false)]
    public async Task GetMeasures_InvalidatedFentanylTariff_SaysSoAsTheViewKnowsIt(string asOf, bool knownThen, string status, bool saysInvalidated)
    {
        // Status at asOf: in effect the day before the ruling, invalidated once collection stopped. The ruling's text shows
        // in the legal view (what applied then, as known now: those duties are refundable), and as known then only from
        // the ruling's day on.
        var list = await GetAsync($"/api/measures?imposer=USA&target=CHN&asOf={asOf}&pageSize=200{(knownThen ? "&known=1" : "")}");

        var fentanyl = Items(list).Single(m => m.GetProperty("key").GetString() == "USA-CHN-IEEPA-FENTANYL");
        Assert.Equal(status, fentanyl.GetProperty("status").GetString());
        if (saysInvalidated)
        {
            Assert.Equal("Invalidated by the Supreme Court, February 20, 2026; duties paid refundable with interest", fentanyl.GetProperty("invalidation").GetString());
            await using var db = factory.CreateDbContext();
            var ruling = await db.Events.Where(e => e.ReferenceId == "E085").Select(e => e.Id).SingleAsync(Ct);
            Assert.Equal(ruling, fentanyl.GetProperty("invalidatedByEventId").GetInt32());
        }
        else
        {
            Assert.Equal(JsonValueKind.Null, fentanyl.GetProperty("invalidation").ValueKind);
            Assert.Equal(JsonValueKind.Null, fentanyl.GetProperty("invalidatedByEventId").ValueKind);
        }
    }

    [Fact]
    public async Task GetMeasures_InEffectAsOfOctober1Of2018_ListsTheSection301ListsThenAndNotTheIeepaMeasures()
    {
        var list = await GetAsync("/api/measures?status=InEffect&asOf=2018-10-01&pageSize=200");

        var keys = Items(list).Select(m => m.GetProperty("key").GetString()).ToList();
        Assert.Contains("USA-CHN-S301-L1", keys);
        Assert.Contains("USA-CHN-S301-L2", keys);
        Assert.Contains("USA-CHN-S301-L3", keys);
        Assert.DoesNotContain(keys, k => k!.Contains("IEEPA", StringComparison.Ordinal));
        Assert.DoesNotContain("USA-CHN-S301-L4A", keys);
        Assert.Equal(keys.Count, list.GetProperty("total").GetInt32());
        Assert.All(Items(list), m => Assert.Equal("InEffect", m.GetProperty("status").GetString()));
    }

    [Fact]
    public async Task GetMeasures_ScheduledAsOfSeptember20Of2018_ListsList3BeforeItTookEffect()
    {
        var list = await GetAsync("/api/measures?status=Scheduled&asOf=2018-09-20&imposer=USA&pageSize=200");

        Assert.Contains("USA-CHN-S301-L3", Items(list).Select(m => m.GetProperty("key").GetString()));
    }

    [Theory]
    [InlineData("", true)]
    [InlineData("&known=1", false)]
    public async Task GetMeasures_InEffectAsOfApril10Of2025_ElectronicsExceptionOnlyInTheLegalView(string known, bool listed)
    {
        var list = await GetAsync($"/api/measures?status=InEffect&asOf=2025-04-10&imposer=USA&target=CHN&pageSize=200{known}");

        Assert.Equal(listed, Items(list).Any(m => m.GetProperty("key").GetString() == "USA-CHN-IEEPA-RECIPROCAL-ELECTRONICS"));
    }

    [Fact]
    public async Task GetMeasures_SecondPageOfFive_IsTheNextFive()
    {
        var first = await GetAsync("/api/measures?pageSize=5");
        var second = await GetAsync("/api/measures?pageSize=5&page=2");

        Assert.Equal(61, second.GetProperty("total").GetInt32());
        Assert.Equal(13, second.GetProperty("pageCount").GetInt32());
        Assert.Equal(5, Items(second).Count);
        Assert.Empty(Items(first).Select(m => m.GetProperty("id").GetInt32()).Intersect(Items(second).Select(m => m.GetProperty("id").GetInt32())));
    }

    [Fact]
    public async Task GetEvents_TimelineFilter_ListsWhatTheTimelinePageShows()
    {
        var list = await GetAsync("/api/events?economy=chn&kind=RateChange&from=2025-01-01&to=2025-12-31");

        var page = await factory.GetService<TimelineService>().QueryAsync(new TimelineFilter("CHN", TimelineKinds.RateChanges, new DateOnly(2025, 1, 1), new DateOnly(2025, 12, 31)), ct: Ct);
        Assert.Equal(page.TotalCount, list.GetProperty("total").GetInt32());
        Assert.Equal(page.Entries.Select(e => e.Id), Items(list).Select(e => e.GetProperty("id").GetInt32()));
        Assert.All(Items(list), e => Assert.Equal("RateChange", e.GetProperty("type").GetString()));
    }

    [Fact]
    public async Task GetEvents_AsOfJune9Of2025_HidesEverythingAfterThatDay()
    {
        var all = await GetAsync("/api/events?pageSize=200");
        var asOf = await GetAsync("/api/events?asOf=2025-06-09&pageSize=200");

        Assert.True(asOf.GetProperty("total").GetInt32() < all.GetProperty("total").GetInt32());
        Assert.All(Items(asOf), e => Assert.True(DateOnly.Parse(e.GetProperty("date").GetString()!, CultureInfo.InvariantCulture) <= new DateOnly(2025, 6, 9)));
        Assert.Equal("11:59 p.m. EDT, June 9, 2025", asOf.GetProperty("asOfLocal").GetString());
        Assert.Equal(JsonValueKind.Null, all.GetProperty("asOf").ValueKind);
    }

    [Fact]
    public async Task GetEvents_PageTwoOfTen_ContinuesWherePageOneStopped()
    {
        var both = Items(await GetAsync("/api/events?pageSize=20"));
        var second = Items(await GetAsync("/api/events?pageSize=10&page=2"));

        Assert.Equal(both.Skip(10).Select(e => (e.GetProperty("type").GetString(), e.GetProperty("id").GetInt32())),
            second.Select(e => (e.GetProperty("type").GetString(), e.GetProperty("id").GetInt32())));
    }

    [Fact]
    public async Task GetEvents_SmallPages_CountsTenPagesAheadAndSaysMoreMatch()
    {
        var first = await GetAsync("/api/events?pageSize=2");
        var third = await GetAsync("/api/events?pageSize=2&page=3");

        Assert.True(first.GetProperty("totalCapped").GetBoolean());
        Assert.Equal(22, first.GetProperty("total").GetInt32());
        Assert.Equal(12, first.GetProperty("pageCount").GetInt32());
        Assert.Equal(26, third.GetProperty("total").GetInt32());
        Assert.Equal(14, third.GetProperty("pageCount").GetInt32());
    }

    [Theory]
    [InlineData("economy=CHN&asOf=2025-06-09")]
    [InlineData("kind=RateChange&kind=NegotiationRound&from=2025-01-01&asOf=2025-06-09")] // several kinds: one read per kind, merged
    public async Task GetEvents_FollowingNextToTheEnd_GivesThePagesInOrderThenNoNext(string filter)
    {
        var all = Items(await GetAsync($"/api/events?{filter}&pageSize=200")).Select(Describe).ToList();
        var page = await GetAsync($"/api/events?{filter}&pageSize=7");
        var second = Items(await GetAsync($"/api/events?{filter}&pageSize=7&page=2")).Select(Describe).ToList();

        var walked = Items(page).Select(Describe).ToList();
        var pages = new List<List<string>>();
        while (page.GetProperty("next").GetString() is { } next)
        {
            page = await GetAsync($"/api/events?{filter}&pageSize=7&after={next}");
            pages.Add(Items(page).Select(Describe).ToList());
            walked.AddRange(pages[^1]);
        }

        Assert.True(all.Count > 14);
        Assert.Equal(second, pages[0]);
        Assert.Equal(all, walked);
    }

    private static string Describe(JsonElement entry) => $"{entry.GetProperty("type").GetString()}{entry.GetProperty("id").GetInt32()}";

    [Fact]
    public async Task GetEvents_TwoKinds_ListsTheEntriesOfEachAndNoOther_AsRepeatedValuesOrAList()
    {
        var repeated = Items(await GetAsync("/api/events?format=json&kind=RateChange&kind=NegotiationRound")).Select(Describe).ToList();
        var listed = Items(await GetAsync("/api/events?format=json&kind=NegotiationRound,RateChange")).Select(Describe).ToList();
        var rateChanges = Items(await GetAsync("/api/events?format=json&kind=RateChange")).Select(Describe).ToList();
        var talks = Items(await GetAsync("/api/events?format=json&kind=NegotiationRound")).Select(Describe).ToList();

        Assert.NotEmpty(talks);
        Assert.True(rateChanges.Count > 30, $"{rateChanges.Count} rate changes: too few to page through");
        Assert.Equal(repeated, listed);
        Assert.Equal(rateChanges.Concat(talks).Order(), repeated.Order());
        var everything = Items(await GetAsync("/api/events?format=json")).Select(Describe).ToList();
        Assert.Equal(everything.Where(repeated.Contains), repeated); // in timeline order
    }

    [Fact]
    public async Task GetEvents_FewMatches_CountsThemExactly()
    {
        var download = Items(await GetAsync("/api/events?format=json&kind=Agreement"));
        var page = await GetAsync("/api/events?kind=Agreement&pageSize=2");

        Assert.False(page.GetProperty("totalCapped").GetBoolean());
        Assert.Equal(download.Count, page.GetProperty("total").GetInt32());
        Assert.Equal((download.Count + 1) / 2, page.GetProperty("pageCount").GetInt32());
    }

    [Fact]
    public async Task DownloadEventsJson_WholeTimeline_IsEveryPageInTheSameOrder()
    {
        // The download reads in batches that continue after the last entry; the pages skip from the top. Same order,
        // including rate changes and events that share a day (thousands of rows: SyntheticDataGeneratorTests).
        var download = Items(await GetAsync("/api/events?format=json"));
        var paged = new List<JsonElement>();
        for (var page = 1; ; page++)
        {
            var items = Items(await GetAsync($"/api/events?pageSize=37&page={page}"));
            paged.AddRange(items);
            if (items.Count < 37)
            {
                break;
            }
        }

        static string Key(JsonElement e) => $"{e.GetProperty("type").GetString()}:{e.GetProperty("id").GetInt32()}";
        Assert.True(download.Count > 2 * 37);
        Assert.Equal(paged.Select(Key), download.Select(Key));
        Assert.Equal(download.Count, download.Select(Key).Distinct().Count());
        var dates = download.Select(e => DateOnly.Parse(e.GetProperty("date").GetString()!, CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(dates.OrderDescending(), dates);
        Assert.Contains(download.GroupBy(e => e.GetProperty("date").GetString()), day => day.Select(e => e.GetProperty("type").GetString()).Distinct().Count() == 2);
    }

    [Fact]
    public async Task GetDeadlines_AsOfJune9Of2025_July8DeadlineIsAheadAtItsFirstInstant()
    {
        var list = await GetAsync("/api/deadlines?asOf=2025-06-09&pageSize=200");

        var july8 = Items(list).Single(d => d.GetProperty("title").GetString()!.StartsWith("July 8 deadline", StringComparison.Ordinal));
        Assert.Equal("Upcoming", july8.GetProperty("state").GetString());
        Assert.Equal(new DateTimeOffset(2025, 7, 9, 4, 1, 0, TimeSpan.Zero), july8.GetProperty("dueAt").GetDateTimeOffset());
        Assert.Equal("12:01 a.m. EDT, July 9, 2025", july8.GetProperty("dueLocal").GetString());
        Assert.Empty(july8.GetProperty("extensions").EnumerateArray());
    }

    [Fact]
    public async Task GetDeadlines_Now_July8DeadlineCarriesItsExtensionHistory()
    {
        var list = await GetAsync("/api/deadlines?state=passed&pageSize=200");

        Assert.All(Items(list), d => Assert.NotEqual("Upcoming", d.GetProperty("state").GetString()));
        var july8 = Items(list).Single(d => d.GetProperty("title").GetString()!.StartsWith("July 8 deadline", StringComparison.Ordinal));
        var extensions = july8.GetProperty("extensions").EnumerateArray().ToList();
        Assert.Equal(2, extensions.Count);
        Assert.Equal("12:01 a.m. EDT, August 7, 2025", july8.GetProperty("dueLocal").GetString());
        Assert.Equal("12:01 a.m. EDT, July 9, 2025", july8.GetProperty("originalDueLocal").GetString());
        Assert.Equal("2025-07-07", extensions[0].GetProperty("decidedOn").GetString());
    }

    [Fact]
    public async Task GetDeadlines_UpcomingAsOfJune9Of2025_OnlyThoseAheadSoonestFirst()
    {
        var list = await GetAsync("/api/deadlines?state=Upcoming&asOf=2025-06-09&pageSize=200");

        var due = Items(list).Select(d => d.GetProperty("dueAt").GetDateTimeOffset()).ToList();
        Assert.NotEmpty(due);
        Assert.All(due, d => Assert.True(d > new DateTimeOffset(2025, 6, 10, 3, 59, 59, TimeSpan.Zero)));
        Assert.Equal(due.Order(), due);
    }

    [Theory]
    [InlineData("/api/events?from=2025-13-01", "from", "yyyy-MM-dd")]
    [InlineData("/api/events?kind=Party", "kind", "RateChange")]
    [InlineData("/api/events?kind=RateChange,Party", "kind", "kind=A,B")]
    [InlineData("/api/events?economy=XXX", "economy", "ISO 3166-1 alpha-3")]
    [InlineData("/api/events?page=0", "page", "whole number from 1")]
    [InlineData("/api/events?pageSize=500", "pageSize", "from 1 to 200")]
    [InlineData("/api/events?after=page-2", "after", "the 'next' value")]
    [InlineData("/api/events?after=AAAAAAAAAAA", "after", "the 'next' value")]
    [InlineData("/api/events.xml", "format", "csv or json")]
    [InlineData("/api/measures?status=Gone", "status", "InEffect")]
    [InlineData("/api/measures?known=maybe", "known", "use 1")]
    [InlineData("/api/measures?imposer=XXX", "imposer", "ISO 3166-1 alpha-3")]
    [InlineData("/api/measures.csv?target=ZZZ", "target", "ISO 3166-1 alpha-3")]
    [InlineData("/api/deadlines?state=soon", "state", "Upcoming, Passed")]
    [InlineData("/api/deadlines?asOf=June-9th", "asOf", "Give a date")]
    public async Task ReadApi_BadQuery_Is400NamingTheFieldAndWhatItAccepts(string url, string field, string accepted)
    {
        var problem = await (await client.GetAsync(url, Ct)).ReadJsonAsync(HttpStatusCode.BadRequest);

        Assert.Equal([field], problem.ErrorFields());
        Assert.Contains(accepted, problem.ErrorText(field));
    }

    [Fact]
    public async Task DownloadEventsCsv_Filtered_HoldsEveryEntryTheFilterKeepsAcrossPages()
    {
        const string filter = "economy=CHN&from=2025-01-01&asOf=2025-06-09";
        var list = await GetAsync($"/api/events?{filter}&pageSize=200");

        var response = await client.GetAsync($"/api/events.csv?{filter}&pageSize=5", Ct);
        var rows = await ReadCsvAsync(response);

        Assert.StartsWith("tradetracker-events-", response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        Assert.True(rows.Count > 5);
        Assert.Equal(Items(list).Select(e => $"{e.GetProperty("type").GetString()}:{e.GetProperty("id").GetInt32()}"), rows.Select(r => $"{r["type"]}:{r["id"]}"));
        Assert.All(rows, r => Assert.InRange(DateOnly.Parse(r["date"], CultureInfo.InvariantCulture), new DateOnly(2025, 1, 1), new DateOnly(2025, 6, 9)));
    }

    [Fact]
    public async Task DownloadEventsJson_FormatQuery_IsTheWholeListAsAnAttachment()
    {
        var response = await client.GetAsync("/api/events?format=json&kind=Agreement", Ct);

        var download = await response.ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal(download.GetProperty("total").GetInt32(), Items(download).Count);
        Assert.All(Items(download), e => Assert.Equal("Agreement", e.GetProperty("label").GetString()));
    }

    [Fact]
    public async Task DownloadMeasuresCsv_UsOnChina_OneLinePerRateStepKnownAtAsOf()
    {
        var rows = await ReadCsvAsync(await client.GetAsync("/api/measures.csv?imposer=USA&target=CHN&asOf=2025-06-09", Ct));

        var asOf = ZonedTime.EndOfDay(new DateOnly(2025, 6, 9), "America/New_York");
        var measures = await factory.GetService<RateService>().GetPairMeasuresAsync("USA", "CHN", Ct);
        Assert.Equal(measures.Sum(m => Math.Max(1, m.Steps.Count(s => s.IsKnownAt(asOf)))), rows.Count);
        Assert.True(measures.Sum(m => m.Steps.Count) > rows.Count, "Some steps were announced after June 9, 2025");
        var april10 = rows.Single(r => r["name"] == "IEEPA reciprocal tariff" && r["in_force_from_local"] == "12:01 a.m. EDT, April 10, 2025");
        Assert.Equal("2025-04-10T04:01:00Z", april10["in_force_from_utc"]);
        Assert.Equal("125", april10["rate_percent"]);
        Assert.Equal("10", april10["rate_percent_as_of"]);
    }

    [Fact]
    public async Task DownloadDeadlinesCsv_UpcomingAsOfJune9Of2025_MatchesTheList()
    {
        var list = await GetAsync("/api/deadlines?state=upcoming&asOf=2025-06-09&pageSize=200");

        var rows = await ReadCsvAsync(await client.GetAsync("/api/deadlines.csv?state=upcoming&asOf=2025-06-09", Ct));

        Assert.Equal(Items(list).Select(d => d.GetProperty("id").GetInt32().ToString(CultureInfo.InvariantCulture)), rows.Select(r => r["id"]));
        Assert.All(rows, r => Assert.Equal("Upcoming", r["state"]));
    }

    [Fact]
    public async Task TimelinePage_Filtered_LinksDownloadsOfItsFilterAndAsOf()
    {
        // Two kinds (the London talks match): an empty result would show what to change instead of downloads.
        var html = await client.GetPageAsync("/timeline?kind=Agreement&kind=NegotiationRound&q=trade&asOf=2025-06-09&page=1");

        Assert.Contains("href=\"api/events.csv?kind=NegotiationRound&kind=Agreement&q=trade&asOf=2025-06-09\"", html);
        Assert.Contains("href=\"api/events.json?kind=NegotiationRound&kind=Agreement&q=trade&asOf=2025-06-09\"", html);
    }

    [Fact]
    public async Task DeadlinesPage_AsOf_LinksDownloadsTheCalendarAndTheFeeds()
    {
        var html = await client.GetPageAsync("/deadlines?asOf=2025-06-09");

        Assert.Contains("href=\"api/deadlines.csv?asOf=2025-06-09\"", html);
        Assert.Contains("href=\"feeds/deadlines.ics\"", html);
        Assert.Contains("href=\"webcal://localhost/feeds/deadlines.ics\"", html);
        Assert.Contains("<link rel=\"alternate\" type=\"application/atom+xml\" title=\"TradeTracker: recent changes\" href=\"feeds/changes.atom\"", html);
    }

    [Fact]
    public async Task TariffsPage_Pair_LinksDownloadsOfItsMeasures()
    {
        var html = await client.GetPageAsync("/tariffs/CHN/USA?asOf=2025-04-10");

        Assert.Contains("href=\"api/measures.csv?imposer=CHN&target=USA&asOf=2025-04-10\"", html);
        Assert.Contains("href=\"api/reference\"", html);
    }
}
