using System.Globalization;
using TradeTracker.Web.Data;
using TradeTracker.Web.Domain;
using TradeTracker.Web.Services;

namespace TradeTracker.Benchmarks;

/// <summary>One row of a raw timeline page: what the page shows of an event or a rate step.</summary>
public sealed record RawTimelineRow(TimelineEntryType Type, int Id, DateOnly Date, string Title, string Detail, decimal? RatePercent, IReadOnlyList<Source> Sources);

public sealed record RawTimelinePage(int TotalCount, bool Capped, IReadOnlyList<RawTimelineRow> Rows);

/// <summary><see cref="TimelineService.QueryAsync"/> as prepared commands: the same filters, each side (events, rate
/// steps) read newest first in its date index's order up to one past the same count cap (the count and the page come
/// from that one read), merged the same way, then the page's rows and their sources by id, reading only the columns
/// the page shows.</summary>
public sealed class RawTimeline
{
    private readonly BenchStore store;
    private readonly List<RawCommand> sides = [];
    private readonly int counted;
    private readonly int skip;
    private readonly int size;
    private readonly RawCommand events;
    private readonly RawCommand eventSources;
    private readonly RawCommand steps;
    private readonly RawCommand stepSources;

    public RawTimeline(BenchStore store, TimelineFilter filter, DateOnly? asOfDate)
    {
        var eventWhere = new List<string> { store.Sql("e.ArchivedAt IS NULL", """e."ArchivedAt" IS NULL""") };
        var stepWhere = new List<string> { store.Sql("r.ArchivedAt IS NULL", """r."ArchivedAt" IS NULL""") };
        var measureWhere = new List<string> { store.Sql("m.Id = r.TariffMeasureId AND m.ArchivedAt IS NULL", """m."Id" = r."TariffMeasureId" AND m."ArchivedAt" IS NULL""") };
        size = Math.Clamp(filter.PageSize, 1, TimelineFilter.MaxPageSize);
        skip = (Math.Max(1, filter.Page) - 1) * size;
        counted = (Math.Max(1, filter.Page) + TimelineService.PagesCountedAhead) * size;
        var values = new Dictionary<string, object> { ["counted"] = counted + 1 };
        if (asOfDate is { } asOf)
        {
            eventWhere.Add(store.Sql("e.StartsOn <= $asOf", """e."StartsOn" <= @asOf"""));
            stepWhere.Add(store.Sql("r.TimelineDate <= $asOf", """r."TimelineDate" <= @asOf"""));
            values["asOf"] = asOf;
        }

        if (filter.Kind is { } kind && Enum.TryParse<EventKind>(kind, out var eventKind))
        {
            eventWhere.Add(store.Sql("e.Kind = $kind", """e."Kind" = @kind"""));
            values["kind"] = eventKind.ToString();
        }

        if (filter.Economy is { } economy)
        {
            eventWhere.Add(store.Sql(
                "EXISTS (SELECT 1 FROM EventEconomies x WHERE x.TradeEventId = e.Id AND x.EconomiesCode = $economy)",
                """EXISTS (SELECT 1 FROM "EventEconomies" x WHERE x."TradeEventId" = e."Id" AND x."EconomiesCode" = @economy)"""));
            measureWhere.Add(store.Sql(
                "(m.ImposingEconomyCode = $economy OR m.TargetEconomyCode = $economy)",
                """(m."ImposingEconomyCode" = @economy OR m."TargetEconomyCode" = @economy)"""));
            values["economy"] = economy;
        }

        if (filter.From is { } from)
        {
            eventWhere.Add(store.Sql("COALESCE(e.EndsOn, e.StartsOn) >= $from", """COALESCE(e."EndsOn", e."StartsOn") >= @from"""));
            stepWhere.Add(store.Sql("r.TimelineDate >= $from", """r."TimelineDate" >= @from"""));
            values["from"] = from;
        }

        if (filter.To is { } to)
        {
            eventWhere.Add(store.Sql("e.StartsOn <= $to", """e."StartsOn" <= @to"""));
            stepWhere.Add(store.Sql("r.TimelineDate <= $to", """r."TimelineDate" <= @to"""));
            values["to"] = to;
        }

        if (!string.IsNullOrWhiteSpace(filter.Text))
        {
            // The app's rule: events by their own index entry, rate changes by their measure's (index key = Id * 4 + kind).
            eventWhere.Add(store.Sql(
                "e.Id IN (SELECT rowid / 4 FROM SearchIndex WHERE SearchIndex MATCH $match AND rowid % 4 = 0)",
                """e."Id" IN (SELECT (si."Key" / 4)::int FROM "SearchIndex" si WHERE si."Vector" @@ to_tsquery('search_index', @match) AND si."Key" % 4 = 0)"""));
            stepWhere.Add(store.Sql(
                "r.TariffMeasureId IN (SELECT rowid / 4 FROM SearchIndex WHERE SearchIndex MATCH $match AND rowid % 4 = 1)",
                """r."TariffMeasureId" IN (SELECT (si."Key" / 4)::int FROM "SearchIndex" si WHERE si."Vector" @@ to_tsquery('search_index', @match) AND si."Key" % 4 = 1)"""));
            var typed = TypedQuery.Parse(filter.Text);
            values["match"] = (store.Provider == StoreProvider.Postgres ? typed?.TsQuery(prefixLast: true) : typed?.Fts5(prefixLast: true)) ?? "";
        }

        // The measure as an EXISTS, as the app asks it (a join makes SQLite build a Bloom filter over every measure).
        stepWhere.Add(store.Sql("EXISTS (SELECT 1 FROM Measures m WHERE ", """EXISTS (SELECT 1 FROM "Measures" m WHERE """) + string.Join(" AND ", measureWhere) + ")");
        if (filter.Kind != TimelineFilter.RateChangeKind)
        {
            sides.Add(Prepared(store, store.Sql(
                "SELECT 0 AS Type, e.Id AS Id, e.StartsOn AS Date FROM Events e WHERE {0} ORDER BY e.StartsOn DESC, e.Id DESC LIMIT $counted",
                """SELECT 0, e."Id", e."StartsOn" FROM "Events" e WHERE {0} ORDER BY e."StartsOn" DESC, e."Id" DESC LIMIT @counted"""), eventWhere, values));
        }

        if (filter.Kind is null || filter.Kind == TimelineFilter.RateChangeKind)
        {
            sides.Add(Prepared(store, store.Sql(
                "SELECT 1 AS Type, r.Id AS Id, r.TimelineDate AS Date FROM RateSteps r WHERE {0} ORDER BY r.TimelineDate DESC, r.Id DESC LIMIT $counted",
                """SELECT 1, r."Id", r."TimelineDate" FROM "RateSteps" r WHERE {0} ORDER BY r."TimelineDate" DESC, r."Id" DESC LIMIT @counted"""), stepWhere, values));
        }

        events = store.Prepare(
            "SELECT e.Id, e.StartsOn, e.Title, e.Summary, NULL FROM Events e WHERE e.ArchivedAt IS NULL AND e.Id IN (SELECT value FROM json_each($ids))",
            """SELECT e."Id", e."StartsOn", e."Title", e."Summary", NULL FROM "Events" e WHERE e."ArchivedAt" IS NULL AND e."Id" = ANY(@ids)""", "ids");
        eventSources = store.Prepare(
            "SELECT es.TradeEventId, s.Id, s.Publisher, s.Title, s.Url FROM EventSources es JOIN Sources s ON s.Id = es.SourcesId " +
            "WHERE s.ArchivedAt IS NULL AND es.TradeEventId IN (SELECT value FROM json_each($ids))",
            """
            SELECT es."TradeEventId", s."Id", s."Publisher", s."Title", s."Url" FROM "EventSources" es JOIN "Sources" s ON s."Id" = es."SourcesId"
            WHERE s."ArchivedAt" IS NULL AND es."TradeEventId" = ANY(@ids)
            """, "ids");
        // From the page's ids outwards (CROSS JOIN fixes the order): joined the other way, SQLite builds a Bloom filter
        // over every measure first (40 ms at 100,000 measures). PostgreSQL's planner starts from the ids by itself.
        steps = store.Prepare(
            "SELECT r.Id, r.TimelineDate, m.Name, m.LegalBasis, r.RatePercent FROM json_each($ids) j CROSS JOIN RateSteps r ON r.Id = j.value " +
            "CROSS JOIN Measures m ON m.Id = r.TariffMeasureId WHERE r.ArchivedAt IS NULL AND m.ArchivedAt IS NULL",
            """
            SELECT r."Id", r."TimelineDate", m."Name", m."LegalBasis", r."RatePercent" FROM "RateSteps" r JOIN "Measures" m ON m."Id" = r."TariffMeasureId"
            WHERE r."Id" = ANY(@ids) AND r."ArchivedAt" IS NULL AND m."ArchivedAt" IS NULL
            """, "ids");
        stepSources = store.Prepare(
            "SELECT rs.RateStepId, s.Id, s.Publisher, s.Title, s.Url FROM RateStepSources rs JOIN Sources s ON s.Id = rs.SourcesId " +
            "WHERE s.ArchivedAt IS NULL AND rs.RateStepId IN (SELECT value FROM json_each($ids))",
            """
            SELECT rs."RateStepId", s."Id", s."Publisher", s."Title", s."Url" FROM "RateStepSources" rs JOIN "Sources" s ON s."Id" = rs."SourcesId"
            WHERE s."ArchivedAt" IS NULL AND rs."RateStepId" = ANY(@ids)
            """, "ids");
        this.store = store;
    }

    public RawTimelinePage Query()
    {
        var merged = new List<(DateOnly Date, TimelineEntryType Type, int Id)>();
        foreach (var side in sides)
        {
            using var reader = side.Read();
            while (reader.Read())
            {
                merged.Add((reader.GetFieldValue<DateOnly>(2), (TimelineEntryType)reader.GetInt32(0), reader.GetInt32(1)));
            }
        }

        var matches = merged.Count;
        var keys = merged.OrderDescending().Skip(skip).Take(size).Select(k => (k.Type, k.Id)).ToList();
        var rows = new Dictionary<(TimelineEntryType, int), RawTimelineRow>();
        Load(TimelineEntryType.Event, events, eventSources, keys, rows);
        Load(TimelineEntryType.RateChange, steps, stepSources, keys, rows);
        return new RawTimelinePage(Math.Min(matches, counted), matches > counted, keys.Select(k => rows[k]).ToList());
    }

    /// <summary>Rows of one type by id; both row commands read (id, date, title, detail, rate or NULL).</summary>
    private void Load(TimelineEntryType type, RawCommand rowsCommand, RawCommand sourcesCommand,
        List<(TimelineEntryType Type, int Id)> keys, Dictionary<(TimelineEntryType, int), RawTimelineRow> rows)
    {
        var ids = keys.Where(k => k.Type == type).Select(k => k.Id).ToList();
        if (ids.Count == 0)
        {
            return;
        }

        sourcesCommand["ids"] = rowsCommand["ids"] = store.IdList(ids);
        var sources = RawReads.SourcesById(sourcesCommand);
        using var reader = rowsCommand.Read();
        while (reader.Read())
        {
            var id = reader.GetInt32(0);
            rows[(type, id)] = new RawTimelineRow(type, id, reader.GetFieldValue<DateOnly>(1), reader.GetString(2), reader.GetString(3),
                reader.IsDBNull(4) ? null : reader.GetDecimal(4), sources.GetValueOrDefault(id, []));
        }
    }

    /// <summary>A side's key read: <paramref name="template"/> with the side's conditions for {0}, its values set once.</summary>
    private static RawCommand Prepared(BenchStore store, string template, List<string> where, Dictionary<string, object> values)
    {
        var command = store.PrepareText(string.Format(CultureInfo.InvariantCulture, template, string.Join(" AND ", where)), values.Keys);
        foreach (var (name, value) in values)
        {
            command[name] = value;
        }

        return command;
    }
}
