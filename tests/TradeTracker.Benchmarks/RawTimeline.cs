using TradeTracker.Web.Data;
using TradeTracker.Web.Data.ReadModels;
using TradeTracker.Web.Domain;
using TradeTracker.Web.Services;

namespace TradeTracker.Benchmarks;

/// <summary>One row of a raw timeline page: what the page shows of an event or a rate step.</summary>
public sealed record RawTimelineRow(TimelineEntryType Type, int Id, DateOnly Date, string Title, string Detail, decimal? RatePercent, IReadOnlyList<Source> Sources);

public sealed record RawTimelinePage(int TotalCount, bool Capped, IReadOnlyList<RawTimelineRow> Rows);

/// <summary><see cref="TimelineService.QueryAsync"/> as prepared commands on the same read model: the keys newest first
/// from the filter's index (the entries' key, (kind, key), the economy links, the full-text rows) up to one past the same
/// count cap, and with a first day the older events that reach into the range; then the page's entries by key and their
/// sources by id. One filter at a time, and an as-of day in the legal view (what the benchmarks ask).</summary>
public sealed class RawTimeline
{
    private readonly BenchStore store;
    private readonly RawCommand keys;
    private readonly RawCommand? reaching;
    private readonly int counted;
    private readonly int skip;
    private readonly int size;
    private readonly RawCommand entries;
    private readonly RawCommand eventSources;
    private readonly RawCommand stepSources;

    public RawTimeline(BenchStore store, TimelineFilter filter, DateOnly? asOfDate)
    {
        this.store = store;
        var page = filter.After is null ? Math.Max(1, filter.Page) : 1;
        size = Math.Clamp(filter.PageSize, 1, TimelineFilter.MaxPageSize);
        skip = (page - 1) * size;
        counted = (page + TimelineService.PagesCountedAhead) * size;
        var lower = filter.From is { } from ? TimelineKeys.DayStart(from) : 0;
        var upper = new[] { filter.After?.Key, filter.To is { } to ? TimelineKeys.DayEnd(to) : null, asOfDate is { } day ? TimelineKeys.DayEnd(day) : null }
            .Min(bound => bound ?? long.MaxValue);
        var values = new Dictionary<string, object> { ["take"] = counted + 1, ["lower"] = lower, ["upper"] = upper };
        string sqlite, postgres;
        if (filter.Text is { } text)
        {
            var typed = TypedQuery.Parse(text);
            values["match"] = (store.Provider == StoreProvider.Postgres ? typed?.TsQuery(prefixLast: true) : typed?.Fts5(prefixLast: true)) ?? "";
            sqlite = "SELECT rowid FROM TimelineText WHERE TimelineText MATCH $match AND rowid >= $lower AND rowid < $upper ORDER BY rowid DESC LIMIT $take";
            postgres = """SELECT "Key" FROM "TimelineText" WHERE "Vector" @@ to_tsquery('search_index', @match) AND "Key" >= @lower AND "Key" < @upper ORDER BY "Key" DESC LIMIT @take""";
        }
        else if (filter.Economy is { } economy)
        {
            values["economy"] = economy;
            sqlite = "SELECT Key FROM TimelineEntryEconomies WHERE EconomyCode = $economy AND Key >= $lower AND Key < $upper ORDER BY Key DESC LIMIT $take";
            postgres = """SELECT "Key" FROM "TimelineEntryEconomies" WHERE "EconomyCode" = @economy AND "Key" >= @lower AND "Key" < @upper ORDER BY "Key" DESC LIMIT @take""";
        }
        else
        {
            var kind = "";
            if (filter.Kinds.Columns.SingleOrDefault() is { } k)
            {
                kind = store.Sql(" AND Kind = $kind", """ AND "Kind" = @kind""");
                values["kind"] = k.ToString();
            }
            else if (filter.Kinds == TimelineKinds.RateChanges)
            {
                kind = store.Sql(" AND Kind IS NULL", """ AND "Kind" IS NULL""");
            }

            sqlite = $"SELECT Key FROM TimelineEntries WHERE Key >= $lower AND Key < $upper{kind} ORDER BY Key DESC LIMIT $take";
            postgres = $"""SELECT "Key" FROM "TimelineEntries" WHERE "Key" >= @lower AND "Key" < @upper{kind} ORDER BY "Key" DESC LIMIT @take""";
        }

        keys = Prepared(store.Sql(sqlite, postgres), values);
        if (filter.From is { } first)
        {
            reaching = Prepared(store.Sql(
                "SELECT Key FROM TimelineEntries WHERE EndDate >= $from AND Key < $lower ORDER BY Key DESC LIMIT $take",
                """SELECT "Key" FROM "TimelineEntries" WHERE "EndDate" >= @from AND "Key" < @lower ORDER BY "Key" DESC LIMIT @take"""),
                new() { ["from"] = first, ["lower"] = lower, ["take"] = counted + 1 });
        }

        entries = store.Prepare(
            "SELECT Type, EventId, StepId, Date, Title, Detail, RatePercent, Key FROM TimelineEntries WHERE Key IN (SELECT value FROM json_each($keys))",
            """SELECT "Type", "EventId", "StepId", "Date", "Title", "Detail", "RatePercent", "Key" FROM "TimelineEntries" WHERE "Key" = ANY(@keys)""", "keys");
        eventSources = store.Prepare(
            "SELECT es.TradeEventId, s.Id, s.Publisher, s.Title, s.Url FROM EventSources es JOIN Sources s ON s.Id = es.SourcesId " +
            "WHERE s.ArchivedAt IS NULL AND es.TradeEventId IN (SELECT value FROM json_each($ids))",
            """
            SELECT es."TradeEventId", s."Id", s."Publisher", s."Title", s."Url" FROM "EventSources" es JOIN "Sources" s ON s."Id" = es."SourcesId"
            WHERE s."ArchivedAt" IS NULL AND es."TradeEventId" = ANY(@ids)
            """, "ids");
        stepSources = store.Prepare(
            "SELECT rs.RateStepId, s.Id, s.Publisher, s.Title, s.Url FROM RateStepSources rs JOIN Sources s ON s.Id = rs.SourcesId " +
            "WHERE s.ArchivedAt IS NULL AND rs.RateStepId IN (SELECT value FROM json_each($ids))",
            """
            SELECT rs."RateStepId", s."Id", s."Publisher", s."Title", s."Url" FROM "RateStepSources" rs JOIN "Sources" s ON s."Id" = rs."SourcesId"
            WHERE s."ArchivedAt" IS NULL AND rs."RateStepId" = ANY(@ids)
            """, "ids");
    }

    public RawTimelinePage Query()
    {
        var found = ReadKeys(keys, counted + 1);
        if (reaching is not null && found.Count <= counted)
        {
            found.AddRange(ReadKeys(reaching, counted + 1 - found.Count));
        }

        var pageKeys = found.Skip(skip).Take(size).ToList();
        var rows = new Dictionary<long, (TimelineEntryType Type, int Id, DateOnly Date, string Title, string Detail, decimal? Rate)>();
        if (pageKeys.Count > 0)
        {
            entries["keys"] = store.Provider == StoreProvider.Postgres ? pageKeys.ToArray() : "[" + string.Join(",", pageKeys) + "]";
            using var reader = entries.Read();
            while (reader.Read())
            {
                var type = (TimelineEntryType)reader.GetInt32(0);
                rows[reader.GetInt64(7)] = (type, reader.GetInt32(type == TimelineEntryType.Event ? 1 : 2), reader.GetFieldValue<DateOnly>(3),
                    reader.GetString(4), reader.GetString(5), reader.IsDBNull(6) ? null : reader.GetDecimal(6));
            }
        }

        var sources = Sources(TimelineEntryType.Event, eventSources, rows.Values).Concat(Sources(TimelineEntryType.RateChange, stepSources, rows.Values))
            .ToDictionary(s => s.Key, s => s.Value);
        return new RawTimelinePage(Math.Min(found.Count, counted), found.Count > counted, pageKeys.Select(k => rows[k])
            .Select(r => new RawTimelineRow(r.Type, r.Id, r.Date, r.Title, r.Detail, r.Rate, sources.GetValueOrDefault((r.Type, r.Id), []))).ToList());
    }

    /// <summary>The sources of the page's rows of one type, by (type, id).</summary>
    private Dictionary<(TimelineEntryType, int), List<Source>> Sources(
        TimelineEntryType type, RawCommand command, IEnumerable<(TimelineEntryType Type, int Id, DateOnly, string, string, decimal?)> rows)
    {
        var ids = rows.Where(r => r.Type == type).Select(r => r.Id).ToList();
        if (ids.Count == 0)
        {
            return [];
        }

        command["ids"] = store.IdList(ids);
        return RawReads.SourcesById(command).ToDictionary(s => (type, s.Key), s => s.Value);
    }

    private static List<long> ReadKeys(RawCommand command, int take)
    {
        command["take"] = take;
        var found = new List<long>();
        using var reader = command.Read();
        while (reader.Read())
        {
            found.Add(reader.GetInt64(0));
        }

        return found;
    }

    private RawCommand Prepared(string sql, Dictionary<string, object> values)
    {
        var command = store.PrepareText(sql, values.Keys);
        foreach (var (name, value) in values)
        {
            command[name] = value;
        }

        return command;
    }
}
