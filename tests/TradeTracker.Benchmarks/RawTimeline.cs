using Microsoft.Data.Sqlite;
using TradeTracker.Web.Domain;
using TradeTracker.Web.Services;

namespace TradeTracker.Benchmarks;

/// <summary>One row of a raw timeline page: what the page shows of an event or a rate step.</summary>
public sealed record RawTimelineRow(TimelineEntryType Type, int Id, DateOnly Date, string Title, string Detail, decimal? RatePercent, IReadOnlyList<Source> Sources);

public sealed record RawTimelinePage(int TotalCount, IReadOnlyList<RawTimelineRow> Rows);

/// <summary><see cref="TimelineService.QueryAsync"/> as prepared commands: the same filters over the same UNION ALL of
/// events and steps, the same total count, the same offset page, then the page's rows and their sources by id.
/// Reads only the columns the page shows (the app loads whole entities).</summary>
public sealed class RawTimeline
{
    private readonly SqliteCommand count;
    private readonly SqliteCommand page;
    private readonly SqliteCommand events;
    private readonly SqliteCommand eventSources;
    private readonly SqliteCommand steps;
    private readonly SqliteCommand stepSources;

    public RawTimeline(BenchStore store, TimelineFilter filter, DateOnly? asOfDate)
    {
        var eventWhere = new List<string> { "e.ArchivedAt IS NULL" };
        var stepWhere = new List<string> { "r.ArchivedAt IS NULL", "m.ArchivedAt IS NULL" };
        var values = new Dictionary<string, object>
        {
            ["$size"] = Math.Clamp(filter.PageSize, 1, TimelineFilter.MaxPageSize),
            ["$offset"] = (Math.Max(1, filter.Page) - 1) * Math.Clamp(filter.PageSize, 1, TimelineFilter.MaxPageSize),
        };
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
            stepWhere.Add("(m.ImposingEconomyCode = $economy OR m.TargetEconomyCode = $economy)");
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
            values["$match"] = FullTextIndex.MatchExpression(filter.Text) ?? "";
        }

        var eventKeys = $"SELECT 0 AS Type, e.Id AS Id, e.StartsOn AS Date FROM Events e WHERE {string.Join(" AND ", eventWhere)}";
        var stepKeys = "SELECT 1 AS Type, r.Id AS Id, r.TimelineDate AS Date FROM RateSteps r JOIN Measures m ON m.Id = r.TariffMeasureId " +
            $"WHERE {string.Join(" AND ", stepWhere)}";
        var keys = filter.Kind switch
        {
            null => $"{eventKeys} UNION ALL {stepKeys}",
            TimelineFilter.RateChangeKind => stepKeys,
            _ => eventKeys,
        };

        count = Prepared(store, $"SELECT COUNT(*) FROM ({keys})", values);
        page = Prepared(store, $"SELECT Type, Id, Date FROM ({keys}) ORDER BY Date DESC, Type DESC, Id DESC LIMIT $size OFFSET $offset", values);
        events = store.Prepare(
            "SELECT e.Id, e.StartsOn, e.Title, e.Summary, NULL FROM Events e WHERE e.ArchivedAt IS NULL AND e.Id IN (SELECT value FROM json_each($ids))", "$ids");
        eventSources = store.Prepare(
            "SELECT es.TradeEventId, s.Id, s.Publisher, s.Title, s.Url FROM EventSources es JOIN Sources s ON s.Id = es.SourcesId " +
            "WHERE s.ArchivedAt IS NULL AND es.TradeEventId IN (SELECT value FROM json_each($ids))", "$ids");
        steps = store.Prepare(
            "SELECT r.Id, r.TimelineDate, m.Name, m.LegalBasis, r.RatePercent FROM RateSteps r JOIN Measures m ON m.Id = r.TariffMeasureId " +
            "WHERE r.ArchivedAt IS NULL AND m.ArchivedAt IS NULL AND r.Id IN (SELECT value FROM json_each($ids))", "$ids");
        stepSources = store.Prepare(
            "SELECT rs.RateStepId, s.Id, s.Publisher, s.Title, s.Url FROM RateStepSources rs JOIN Sources s ON s.Id = rs.SourcesId " +
            "WHERE s.ArchivedAt IS NULL AND rs.RateStepId IN (SELECT value FROM json_each($ids))", "$ids");
    }

    public RawTimelinePage Query()
    {
        var total = Convert.ToInt32(count.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
        var keys = new List<(TimelineEntryType Type, int Id)>();
        using (var reader = page.ExecuteReader())
        {
            while (reader.Read())
            {
                keys.Add(((TimelineEntryType)reader.GetInt32(0), reader.GetInt32(1)));
            }
        }

        var rows = new Dictionary<(TimelineEntryType, int), RawTimelineRow>();
        Load(TimelineEntryType.Event, events, eventSources, keys, rows);
        Load(TimelineEntryType.RateChange, steps, stepSources, keys, rows);
        return new RawTimelinePage(total, keys.Select(k => rows[k]).ToList());
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
