using System.Text.Json;
using TradeTracker.Web.Domain;
using TradeTracker.Web.Services;

namespace TradeTracker.Benchmarks;

/// <summary>The reads of <see cref="DeadlineService"/> and <see cref="EventService.GetLatestAsync"/> the dashboard makes,
/// as prepared commands: deadlines with sources and extensions (all of them, or only the featured one), and the latest
/// events with sources and disagreements.</summary>
public sealed class RawDashboard
{
    private readonly BenchStore store;
    private readonly (RawCommand Deadlines, RawCommand Sources, RawCommand Extensions) all;
    private readonly (RawCommand Deadlines, RawCommand Sources, RawCommand Extensions) featured;
    private readonly RawCommand economy;
    private readonly RawCommand latest;
    private readonly RawCommand latestSources;
    private readonly RawCommand disagreements;

    public RawDashboard(BenchStore store)
    {
        this.store = store;
        all = DeadlineCommands(store, "d.ArchivedAt IS NULL", """d."ArchivedAt" IS NULL""");
        featured = DeadlineCommands(store, "d.ArchivedAt IS NULL AND d.IsFeatured", """d."ArchivedAt" IS NULL AND d."IsFeatured" """);
        economy = store.Prepare(
            "SELECT Code, Name, TimeZoneId FROM Economies WHERE Code = $code LIMIT 1",
            """SELECT "Code", "Name", "TimeZoneId" FROM "Economies" WHERE "Code" = @code LIMIT 1""", "code");
        latest = store.Prepare(
            "SELECT e.Id, e.StartsOn, e.EndsOn, e.Kind, e.Title, e.Location, e.Summary, e.Confidence, e.Participants FROM Events e " +
            "WHERE e.ArchivedAt IS NULL AND e.StartsOn <= $asOf ORDER BY e.StartsOn DESC, e.Id DESC LIMIT $count",
            """
            SELECT e."Id", e."StartsOn", e."EndsOn", e."Kind", e."Title", e."Location", e."Summary", e."Confidence", e."Participants" FROM "Events" e
            WHERE e."ArchivedAt" IS NULL AND e."StartsOn" <= @asOf ORDER BY e."StartsOn" DESC, e."Id" DESC LIMIT @count
            """, "asOf", "count");
        latestSources = store.Prepare(
            "SELECT es.TradeEventId, s.Id, s.Publisher, s.Title, s.Url FROM EventSources es JOIN Sources s ON s.Id = es.SourcesId " +
            "WHERE s.ArchivedAt IS NULL AND es.TradeEventId IN (SELECT value FROM json_each($ids))",
            """
            SELECT es."TradeEventId", s."Id", s."Publisher", s."Title", s."Url" FROM "EventSources" es JOIN "Sources" s ON s."Id" = es."SourcesId"
            WHERE s."ArchivedAt" IS NULL AND es."TradeEventId" = ANY(@ids)
            """, "ids");
        disagreements = store.Prepare(
            "SELECT d.TradeEventId, d.Id, d.Claim, d.CounterClaim, c.Id, c.Publisher, c.Title, c.Url, k.Id, k.Publisher, k.Title, k.Url " +
            "FROM Disagreement d JOIN Sources c ON c.Id = d.ClaimSourceId JOIN Sources k ON k.Id = d.CounterSourceId " +
            "WHERE c.ArchivedAt IS NULL AND k.ArchivedAt IS NULL AND d.TradeEventId IN (SELECT value FROM json_each($ids))",
            """
            SELECT d."TradeEventId", d."Id", d."Claim", d."CounterClaim", c."Id", c."Publisher", c."Title", c."Url", k."Id", k."Publisher", k."Title", k."Url"
            FROM "Disagreement" d JOIN "Sources" c ON c."Id" = d."ClaimSourceId" JOIN "Sources" k ON k."Id" = d."CounterSourceId"
            WHERE c."ArchivedAt" IS NULL AND k."ArchivedAt" IS NULL AND d."TradeEventId" = ANY(@ids)
            """, "ids");
    }

    /// <summary>As <see cref="DeadlineService.GetAllAsync"/>: upcoming first (soonest first), then passed ones (latest first).</summary>
    public List<DeadlineView> AllDeadlines(DateTimeOffset asOf)
    {
        var views = DeadlineSchedule.AtAll(Deadlines(all), asOf);
        return views.Where(v => v.State == DeadlineState.Upcoming).OrderBy(v => v.DueAt)
            .Concat(views.Where(v => v.State != DeadlineState.Upcoming).OrderByDescending(v => v.DueAt))
            .ToList();
    }

    public DeadlineView? FeaturedDeadline(DateTimeOffset asOf) =>
        Deadlines(featured).FirstOrDefault() is { } deadline ? DeadlineSchedule.At(deadline, asOf) : null;

    public Economy? Economy(string code)
    {
        economy["code"] = code;
        using var reader = economy.Read();
        return reader.Read() ? new Economy { Code = reader.GetString(0), Name = reader.GetString(1), TimeZoneId = reader.GetString(2) } : null;
    }

    public List<TradeEvent> LatestEvents(DateOnly asOfDate, int count)
    {
        latest["asOf"] = asOfDate;
        latest["count"] = count;
        var events = new List<TradeEvent>();
        using (var reader = latest.Read())
        {
            while (reader.Read())
            {
                events.Add(new TradeEvent
                {
                    Id = reader.GetInt32(0),
                    StartsOn = reader.GetFieldValue<DateOnly>(1),
                    EndsOn = reader.IsDBNull(2) ? null : reader.GetFieldValue<DateOnly>(2),
                    Kind = Enum.Parse<EventKind>(reader.GetString(3)),
                    Title = reader.GetString(4),
                    Location = RawReads.NullableString(reader, 5),
                    Summary = reader.GetString(6),
                    Confidence = Enum.Parse<Confidence>(reader.GetString(7)),
                    Participants = reader.IsDBNull(8) ? [] : JsonSerializer.Deserialize<List<Participant>>(reader.GetString(8)) ?? [],
                });
            }
        }

        var ids = events.Select(e => e.Id).ToList();
        latestSources["ids"] = disagreements["ids"] = store.IdList(ids);
        var sources = RawReads.SourcesById(latestSources);
        var byId = events.ToDictionary(e => e.Id);
        foreach (var e in events)
        {
            e.Sources = sources.GetValueOrDefault(e.Id, []);
        }

        using (var reader = disagreements.Read())
        {
            while (reader.Read())
            {
                byId[reader.GetInt32(0)].Disagreements.Add(new Disagreement
                {
                    Id = reader.GetInt32(1),
                    TradeEventId = reader.GetInt32(0),
                    Claim = reader.GetString(2),
                    CounterClaim = reader.GetString(3),
                    ClaimSource = RawReads.Source(reader, 4),
                    CounterSource = RawReads.Source(reader, 8),
                });
            }
        }

        return events;
    }

    private static (RawCommand, RawCommand, RawCommand) DeadlineCommands(BenchStore store, string where, string pgWhere) => (
        store.Prepare(
            "SELECT d.Id, d.Title, d.OriginalDueAt, d.TimeZoneId, d.WhatHappens, d.Status, d.Outcome, d.IsFeatured, d.Confidence, " +
            $"d.AnnouncedAt, d.OutcomeDecidedOn FROM Deadlines d WHERE {where}",
            """SELECT d."Id", d."Title", d."OriginalDueAt", d."TimeZoneId", d."WhatHappens", d."Status", d."Outcome", d."IsFeatured", d."Confidence", """ +
            """d."AnnouncedAt", d."OutcomeDecidedOn" """ +
            $"""FROM "Deadlines" d WHERE {pgWhere}"""),
        store.Prepare(
            "SELECT ds.DeadlineId, s.Id, s.Publisher, s.Title, s.Url FROM DeadlineSources ds JOIN Sources s ON s.Id = ds.SourcesId " +
            $"JOIN Deadlines d ON d.Id = ds.DeadlineId WHERE s.ArchivedAt IS NULL AND {where}",
            """SELECT ds."DeadlineId", s."Id", s."Publisher", s."Title", s."Url" FROM "DeadlineSources" ds JOIN "Sources" s ON s."Id" = ds."SourcesId" """ +
            $"""JOIN "Deadlines" d ON d."Id" = ds."DeadlineId" WHERE s."ArchivedAt" IS NULL AND {pgWhere}"""),
        store.Prepare(
            "SELECT x.DeadlineId, x.Id, x.NewDueAt, x.TimeZoneId, x.DecidedOn, x.Note, s.Id, s.Publisher, s.Title, s.Url " +
            "FROM DeadlineExtension x JOIN Sources s ON s.Id = x.SourceId JOIN Deadlines d ON d.Id = x.DeadlineId " +
            $"WHERE s.ArchivedAt IS NULL AND {where}",
            """SELECT x."DeadlineId", x."Id", x."NewDueAt", x."TimeZoneId", x."DecidedOn", x."Note", s."Id", s."Publisher", s."Title", s."Url" """ +
            """FROM "DeadlineExtension" x JOIN "Sources" s ON s."Id" = x."SourceId" JOIN "Deadlines" d ON d."Id" = x."DeadlineId" """ +
            $"""WHERE s."ArchivedAt" IS NULL AND {pgWhere}"""));

    private List<Deadline> Deadlines((RawCommand Deadlines, RawCommand Sources, RawCommand Extensions) commands)
    {
        var byId = new Dictionary<int, Deadline>();
        using (var reader = commands.Deadlines.Read())
        {
            while (reader.Read())
            {
                byId[reader.GetInt32(0)] = new Deadline
                {
                    Id = reader.GetInt32(0),
                    Title = reader.GetString(1),
                    OriginalDueAt = store.Instant(reader, 2),
                    TimeZoneId = reader.GetString(3),
                    WhatHappens = reader.GetString(4),
                    Status = Enum.Parse<DeadlineStatus>(reader.GetString(5)),
                    Outcome = RawReads.NullableString(reader, 6),
                    IsFeatured = reader.GetBoolean(7),
                    Confidence = Enum.Parse<Confidence>(reader.GetString(8)),
                    AnnouncedAt = store.NullableInstant(reader, 9),
                    OutcomeDecidedOn = reader.IsDBNull(10) ? null : reader.GetFieldValue<DateOnly>(10),
                };
            }
        }

        foreach (var (deadlineId, sources) in RawReads.SourcesById(commands.Sources))
        {
            byId[deadlineId].Sources = sources;
        }

        using (var reader = commands.Extensions.Read())
        {
            while (reader.Read())
            {
                byId[reader.GetInt32(0)].Extensions.Add(new DeadlineExtension
                {
                    DeadlineId = reader.GetInt32(0),
                    Id = reader.GetInt32(1),
                    NewDueAt = store.Instant(reader, 2),
                    TimeZoneId = reader.GetString(3),
                    DecidedOn = reader.GetFieldValue<DateOnly>(4),
                    Note = RawReads.NullableString(reader, 5),
                    SourceId = reader.GetInt32(6),
                    Source = RawReads.Source(reader, 6),
                });
            }
        }

        return [.. byId.Values];
    }
}
