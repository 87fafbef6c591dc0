using Microsoft.Data.Sqlite;
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
    private readonly List<SqliteCommand> sides = [];
    private readonly int counted;
    private readonly int skip;
    private readonly int size;
    private readonly SqliteCommand events;
    private readonly SqliteCommand eventSources;
    private readonly SqliteCommand steps;
    private readonly SqliteCommand stepSources;

    public RawTimeline(BenchStore store, TimelineFilter filter, DateOnly? asOfDate)
    {
        var eventWhere = new List<string> { "e.ArchivedAt IS NULL" };
        var stepWhere = new List<string> { "r.ArchivedAt IS NULL" };
        var measureWhere = new List<string> { "m.Id = r.TariffMeasureId", "m.ArchivedAt IS NULL" };
        size = Math.Clamp(filter.PageSize, 1, TimelineFilter.MaxPageSize);
        skip = (Math.Max(1, filter.Page) - 1) * size;
        counted = (Math.Max(1, filter.Page) + TimelineService.PagesCountedAhead) * size;
        var values = new Dictionary<string, object> { ["$counted"] = counted + 1 };
        if (asOfDate is { } asOf)
        {
            eventWhere.Add("e.StartsOn <= $asOf");
            stepWhere.Add("r.TimelineDate <= $asOf");
            values["$asOf"] = asOf;
        }

        if (filter.Kind is { } kind && Enum.TryParse<EventKind>(kind, out var eventKind))
        {
            eventWhere.Add("e.Kind = $kind");
            values["$kind"] = eventKind.ToString();
        }

        if (filter.Economy is { } economy)
        {
            eventWhere.Add("EXISTS (SELECT 1 FROM EventEconomies x WHERE x.TradeEventId = e.Id AND x.EconomiesCode = $economy)");
            measureWhere.Add("(m.ImposingEconomyCode = $economy OR m.TargetEconomyCode = $economy)");
            values["$economy"] = economy;
        }

        if (filter.From is { } from)
        {
            eventWhere.Add("COALESCE(e.EndsOn, e.StartsOn) >= $from");
            stepWhere.Add("r.TimelineDate >= $from");
            values["$from"] = from;
        }

        if (filter.To is { } to)
        {
            eventWhere.Add("e.StartsOn <= $to");
            stepWhere.Add("r.TimelineDate <= $to");
            values["$to"] = to;
        }

        if (!string.IsNullOrWhiteSpace(filter.Text))
        {
            // The app's rule: events by their own index entry, rate changes by their measure's (SearchIndex rowid = Id * 4 + kind).
            eventWhere.Add("e.Id IN (SELECT rowid / 4 FROM SearchIndex WHERE SearchIndex MATCH $match AND rowid % 4 = 0)");
            stepWhere.Add("r.TariffMeasureId IN (SELECT rowid / 4 FROM SearchIndex WHERE SearchIndex MATCH $match AND rowid % 4 = 1)");
            values["$match"] = TypedQuery.Parse(filter.Text)?.Fts5(prefixLast: true) ?? "";
        }

        var eventKeys = $"SELECT 0 AS Type, e.Id AS Id, e.StartsOn AS Date FROM Events e WHERE {string.Join(" AND ", eventWhere)}";
        // The measure as an EXISTS, as the app asks it (a join makes SQLite build a Bloom filter over every measure).
        stepWhere.Add($"EXISTS (SELECT 1 FROM Measures m WHERE {string.Join(" AND ", measureWhere)})");
        var stepKeys = $"SELECT 1 AS Type, r.Id AS Id, r.TimelineDate AS Date FROM RateSteps r WHERE {string.Join(" AND ", stepWhere)}";
        if (filter.Kind != TimelineFilter.RateChangeKind)
        {
            sides.Add(Prepared(store, $"{eventKeys} ORDER BY e.StartsOn DESC, e.Id DESC LIMIT $counted", values));
        }

        if (filter.Kind is null || filter.Kind == TimelineFilter.RateChangeKind)
        {
            sides.Add(Prepared(store, $"{stepKeys} ORDER BY r.TimelineDate DESC, r.Id DESC LIMIT $counted", values));
        }

        events = store.Prepare(
            "SELECT e.Id, e.StartsOn, e.Title, e.Summary, NULL FROM Events e WHERE e.ArchivedAt IS NULL AND e.Id IN (SELECT value FROM json_each($ids))", "$ids");
        eventSources = store.Prepare(
            "SELECT es.TradeEventId, s.Id, s.Publisher, s.Title, s.Url FROM EventSources es JOIN Sources s ON s.Id = es.SourcesId " +
            "WHERE s.ArchivedAt IS NULL AND es.TradeEventId IN (SELECT value FROM json_each($ids))", "$ids");
        // From the page's ids outwards (CROSS JOIN fixes the order): joined the other way, SQLite builds a Bloom filter
        // over every measure first (40 ms at 100,000 measures).
        steps = store.Prepare(
            "SELECT r.Id, r.TimelineDate, m.Name, m.LegalBasis, r.RatePercent FROM json_each($ids) j CROSS JOIN RateSteps r ON r.Id = j.value " +
            "CROSS JOIN Measures m ON m.Id = r.TariffMeasureId WHERE r.ArchivedAt IS NULL AND m.ArchivedAt IS NULL", "$ids");
        stepSources = store.Prepare(
            "SELECT rs.RateStepId, s.Id, s.Publisher, s.Title, s.Url FROM RateStepSources rs JOIN Sources s ON s.Id = rs.SourcesId " +
            "WHERE s.ArchivedAt IS NULL AND rs.RateStepId IN (SELECT value FROM json_each($ids))", "$ids");
    }

    public RawTimelinePage Query()
    {
        var merged = new List<(DateOnly Date, TimelineEntryType Type, int Id)>();
        foreach (var side in sides)
        {
            using var reader = side.ExecuteReader();
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
    private static void Load(TimelineEntryType type, SqliteCommand rowsCommand, SqliteCommand sourcesCommand,
        List<(TimelineEntryType Type, int Id)> keys, Dictionary<(TimelineEntryType, int), RawTimelineRow> rows)
    {
        var ids = keys.Where(k => k.Type == type).Select(k => k.Id).ToList();
        if (ids.Count == 0)
        {
            return;
        }

        var sources = RawReads.SourcesById(sourcesCommand, ids);
        rowsCommand.Parameters["$ids"].Value = RawReads.IdList(ids);
        using var reader = rowsCommand.ExecuteReader();
        while (reader.Read())
        {
            var id = reader.GetInt32(0);
            rows[(type, id)] = new RawTimelineRow(type, id, reader.GetFieldValue<DateOnly>(1), reader.GetString(2), reader.GetString(3),
                reader.IsDBNull(4) ? null : reader.GetDecimal(4), sources.GetValueOrDefault(id, []));
        }
    }

    private static SqliteCommand Prepared(BenchStore store, string sql, Dictionary<string, object> values)
    {
        var command = store.Prepare(sql, [.. values.Keys]);
        foreach (var (name, value) in values)
        {
            command.Parameters[name].Value = value;
        }

        return command;
    }
}
