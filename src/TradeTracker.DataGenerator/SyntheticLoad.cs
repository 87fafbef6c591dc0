using System.Text.Json;
using Microsoft.Data.Sqlite;
using TradeTracker.Web.Data;
using TradeTracker.Web.Domain;

namespace TradeTracker.DataGenerator;

/// <summary>The synthetic rows, table by table, with ids assigned after the seeded rows so the link tables can be
/// written in the same pass. Column names and formats are the app's: instants through <see cref="UtcInstantConverter"/>,
/// versions as upper-case GUID text, enums by name, lists as JSON, decimals and dates as Microsoft.Data.Sqlite binds them.</summary>
internal sealed class SyntheticLoad
{
    private const string Actor = "datagen";

    /// <summary>Where most tariffs are: three picks in four come from these (where the store has them).</summary>
    private static readonly string[] MajorEconomies =
    [
        "USA", "CHN", "EUN", "JPN", "KOR", "IND", "CAN", "MEX", "BRA", "GBR", "AUS", "VNM", "DEU", "FRA", "TUR", "IDN",
        "ZAF", "RUS", "SGP", "CHE",
    ];

    private static readonly decimal[] CommonRates = [2.5m, 5m, 7.5m, 10m, 15m, 20m, 25m, 30m, 34m, 50m, 60m, 84m, 100m, 125m];
    private static readonly EventKind[] Kinds = Enum.GetValues<EventKind>();
    private static readonly DateOnly FirstDay = new(2000, 1, 1);
    private static readonly DateOnly LastScheduledDay = new(2026, 12, 31);

    /// <summary>Deadlines due before this day have passed (an outcome is recorded for most).</summary>
    private static readonly DateOnly PassedBefore = new(2026, 6, 30);

    private static readonly Func<DateTimeOffset, string> InstantText =
        (Func<DateTimeOffset, string>)new UtcInstantConverter().ConvertToProviderExpression.Compile();

    private readonly SqliteConnection connection;
    private readonly GeneratorOptions options;
    private readonly Random random;
    private readonly SyntheticText text;
    private readonly string stamp = InstantText(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
    private readonly Dictionary<string, string> zones;
    private readonly Dictionary<string, string> names;
    private readonly string[] economies;
    private readonly string[] majors;
    private readonly List<PlannedMeasure> measures = [];
    private readonly List<(DateTimeOffset From, DateTimeOffset? Until, decimal Rate)> probeSteps = [];
    private (string Imposer, string Target) probePair;
    private int firstSourceId;
    private int firstDeadlineId;

    public SyntheticLoad(SqliteConnection connection, GeneratorOptions options)
    {
        this.connection = connection;
        this.options = options;
        random = new Random(options.Seed);
        text = new SyntheticText(random);
        zones = new Dictionary<string, string>(StringComparer.Ordinal);
        names = new Dictionary<string, string>(StringComparer.Ordinal);
        using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT \"Code\", \"TimeZoneId\", \"Name\" FROM \"Economies\" ORDER BY \"Code\"";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                zones[reader.GetString(0)] = reader.GetString(1);
                names[reader.GetString(0)] = reader.GetString(2);
            }
        }

        economies = [.. zones.Keys];
        majors = MajorEconomies.Where(zones.ContainsKey).ToArray();
    }

    public (int Rows, long LinkRows) LoadSources()
    {
        firstSourceId = NextId("Sources");
        using var writer = Writer();
        var sources = writer.Prepare("Sources", ["Id", "Publisher", "Title", "Url", "PublishedOn", .. AuditColumns]);
        for (var i = 0; i < options.Sources; i++)
        {
            var publisher = text.Publisher();
            var published = Day(FirstDay, 9_700);
            sources.Insert(firstSourceId + i, publisher, $"{publisher}: {text.Commodity()} and {text.Commodity()} in focus",
                $"https://example.org/synthetic/{published:yyyy/MM/dd}/{i}", published, Actor, stamp, Actor, stamp, Version());
        }

        return (options.Sources, 0);
    }

    public (int Rows, long LinkRows) LoadMeasures()
    {
        var firstId = NextId("Measures");
        using var writer = Writer();
        var insert = writer.Prepare("Measures",
        [
            "Id", "Key", "ImposingEconomyCode", "TargetEconomyCode", "ExemptedEconomyCodes", "Name", "LegalBasis", "Coverage",
            "ProductDescription", "HsPrefixes", "Combination", "Status", "Confidence", "Notes", .. AuditColumns,
        ]);
        var sources = writer.Prepare("MeasureSources", "SourcesId", "TariffMeasureId");
        var affects = writer.Prepare("MeasureAffects", "MeasureId", "AffectedMeasureId");
        var lastOfPair = new Dictionary<(string, string?), int>();
        foreach (var (id, stepCount) in StepCounts().Select((count, i) => (firstId + i, count)))
        {
            var imposer = Economy();
            var target = random.Next(100) == 0 ? null : Economy(except: imposer);
            var exempted = target is null ? Enumerable.Range(0, random.Next(4)).Select(_ => Economy(except: imposer)).Distinct().ToArray() : [];
            var coverage = random.Next(3) == 0 ? Coverage.AllGoods : Coverage.ListedProducts;
            var combination = coverage == Coverage.AllGoods ? Combination.Adds : Weighted(Combination.Adds, Combination.Adds, Combination.Adds, Combination.Replaces, Combination.Excepts);
            var status = Weighted(MeasureStatus.InEffect, MeasureStatus.InEffect, MeasureStatus.InEffect, MeasureStatus.InEffect,
                MeasureStatus.Ended, MeasureStatus.Ended, MeasureStatus.Suspended, MeasureStatus.Scheduled, MeasureStatus.Threatened, MeasureStatus.NeverApplied);
            var product = coverage == Coverage.AllGoods ? "all goods" : text.Commodity();
            insert.Insert(id, $"{imposer}-{target ?? "ALL"}-SYN-{id:D7}", imposer, target, JsonSerializer.Serialize(exempted),
                text.MeasureName(product, names[imposer], target is null ? "all partners" : names[target]), text.LegalBasis(), coverage.ToString(),
                coverage == Coverage.AllGoods ? null : $"{product} and related articles",
                coverage == Coverage.AllGoods ? "[]" : text.HsPrefixesJson(), combination.ToString(), status.ToString(),
                ConfidenceText(), random.Next(4) == 0 ? $"Synthetic measure; watch {text.Commodity()}." : null,
                Actor, stamp, Actor, stamp, Version());
            sources.Insert(Source(), id);
            if (combination != Combination.Adds && lastOfPair.TryGetValue((imposer, target), out var earlier))
            {
                affects.Insert(id, earlier);
            }

            lastOfPair[(imposer, target)] = id;
            measures.Add(new PlannedMeasure(id, imposer, target, exempted, coverage, status, stepCount));
        }

        probePair = measures
            .Where(m => m.Target is not null && m.Imposer is not ("USA" or "CHN") && m.CountsInHeadline && m.Steps > 0)
            .GroupBy(m => (m.Imposer, Target: m.Target!))
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key.Imposer, StringComparer.Ordinal).ThenBy(g => g.Key.Target, StringComparer.Ordinal)
            .Select(g => g.Key)
            .FirstOrDefault(("GBR", "VNM"));
        return (measures.Count, writer.Rows - measures.Count);
    }

    public (int Rows, long LinkRows) LoadSteps()
    {
        var firstId = NextId("RateSteps");
        var id = firstId;
        using var writer = Writer();
        var insert = writer.Prepare("RateSteps",
        [
            "Id", "TariffMeasureId", "RatePercent", "InForceFrom", "InForceUntil", "TimeZoneId", "AnnouncedOn", "NeverApplied",
            "Notes", "TimelineDate", .. AuditColumns,
        ]);
        var sources = writer.Prepare("RateStepSources", "RateStepId", "SourcesId");
        foreach (var measure in measures)
        {
            var zone = zones[measure.Imposer];
            var probed = measure.CountsInHeadline && measure.AppliesTo(probePair.Imposer, probePair.Target);
            var closes = measure.Status is MeasureStatus.Ended or MeasureStatus.Suspended;
            // Schedules start by 2019 and spread their steps so that most end by about the end of 2026.
            var day = Day(FirstDay, 7_300);
            var meanDays = Math.Max(2, (LastScheduledDay.DayNumber - day.DayNumber) / (measure.Steps + 1));
            var time = ClockTime();
            for (var k = 0; k < measure.Steps; k++, id++)
            {
                var rate = random.Next(100) == 0 ? (decimal?)null
                    : random.Next(10) < 7 ? text.Pick(CommonRates) : Math.Round((decimal)random.NextDouble() * 60m, 1);
                var notes = random.Next(3) == 0 ? $"Covers {text.Commodity()}; see {text.Publisher()}." : null;
                if (measure.Status == MeasureStatus.NeverApplied || random.Next(20) == 0)
                {
                    var announced = day.AddDays(-random.Next(1, 90));
                    insert.Insert(id, measure.Id, rate, null, null, zone, announced, true, notes, announced, Actor, stamp, Actor, stamp, Version());
                }
                else
                {
                    var from = ZonedTime.AtLocal(day, time, zone);
                    var untilDay = day.AddDays(random.Next(meanDays / 2 + 1, meanDays * 3 / 2 + 1));
                    time = ClockTime();
                    DateTimeOffset? until = k == measure.Steps - 1 && !closes ? null : ZonedTime.AtLocal(untilDay, time, zone);
                    var announced = random.Next(5) == 0 ? (DateOnly?)null : day.AddDays(-random.Next(0, 60));
                    insert.Insert(id, measure.Id, rate, InstantText(from), until is { } u ? InstantText(u) : null, zone, announced,
                        false, notes, day, Actor, stamp, Actor, stamp, Version());
                    if (probed && rate is { } counted)
                    {
                        probeSteps.Add((from, until, counted));
                    }

                    // A gap between steps now and then; never an overlap (the next step starts on or after this one ends).
                    day = random.Next(4) == 0 ? untilDay.AddDays(random.Next(1, meanDays / 4 + 2)) : untilDay;
                }

                sources.Insert(id, Source());
            }
        }

        return (id - firstId, writer.Rows - (id - firstId));
    }

    public (int Rows, long LinkRows) LoadDeadlines()
    {
        firstDeadlineId = NextId("Deadlines");
        using var writer = Writer();
        var insert = writer.Prepare("Deadlines",
        [
            "Id", "ReferenceId", "Title", "OriginalDueAt", "TimeZoneId", "WhatHappens", "Status", "Outcome", "IsFeatured",
            "Confidence", .. AuditColumns,
        ]);
        var extensions = writer.Prepare("DeadlineExtension", "DeadlineId", "NewDueAt", "TimeZoneId", "DecidedOn", "Note", "SourceId");
        var sources = writer.Prepare("DeadlineSources", "DeadlineId", "SourcesId");
        var linked = writer.Prepare("DeadlineMeasures", "DeadlineId", "MeasuresId");
        for (var i = 0; i < options.Deadlines; i++)
        {
            var id = firstDeadlineId + i;
            var economy = Economy();
            var zone = zones[economy];
            var dueDay = Day(FirstDay, 10_200);
            var due = ZonedTime.AtLocal(dueDay, ClockTime(), zone);
            var extended = random.Next(7) == 0;
            var status = dueDay >= PassedBefore || random.Next(10) == 0 ? DeadlineStatus.Pending
                : extended ? DeadlineStatus.Extended : Weighted(DeadlineStatus.Met, DeadlineStatus.Met, DeadlineStatus.Lapsed);
            insert.Insert(id, $"SYN-D{i + 1:D7}", text.DeadlineTitle(names[economy], names[Economy(except: economy)]), InstantText(due), zone,
                text.EventSummary(names[economy], names[Economy(except: economy)]), status.ToString(),
                status == DeadlineStatus.Pending ? null : $"{status}: {text.Commodity()} duties {(status == DeadlineStatus.Lapsed ? "took effect" : "held")}.",
                false, ConfidenceText(), Actor, stamp, Actor, stamp, Version());
            for (var n = extended ? random.Next(1, 3) : 0; n > 0; n--)
            {
                due = due.AddDays(random.Next(30, 180));
                extensions.Insert(id, InstantText(due), zone, dueDay.AddDays(-random.Next(0, 20)), random.Next(2) == 0 ? null : "Extended after talks.", Source());
            }

            sources.Insert(id, Source());
            if (random.Next(10) < 3 && measures.Count > 0)
            {
                linked.Insert(id, text.Pick(measures).Id);
            }
        }

        return (options.Deadlines, writer.Rows - options.Deadlines);
    }

    public (int Rows, long LinkRows) LoadEvents()
    {
        var firstId = NextId("Events");
        using var writer = Writer();
        var insert = writer.Prepare("Events",
        [
            "Id", "ReferenceId", "StartsOn", "EndsOn", "Kind", "Title", "Location", "Summary", "Confidence", "Participants", .. AuditColumns,
        ]);
        var economyLinks = writer.Prepare("EventEconomies", "EconomiesCode", "TradeEventId");
        var sourceLinks = writer.Prepare("EventSources", "SourcesId", "TradeEventId");
        var measureLinks = writer.Prepare("EventMeasures", "MeasuresId", "TradeEventId");
        var deadlineLinks = writer.Prepare("EventDeadlines", "DeadlinesId", "EventsId");
        var disagreements = writer.Prepare("Disagreement", "TradeEventId", "Claim", "ClaimSourceId", "CounterClaim", "CounterSourceId");
        for (var i = 0; i < options.Events; i++)
        {
            var id = firstId + i;
            var kind = text.Pick(Kinds);
            var economy = Economy();
            var partner = Economy(except: economy);

            // Denser towards recent years, as the news is.
            var starts = FirstDay.AddDays((int)(9_700 * Math.Sqrt(random.NextDouble())));
            insert.Insert(id, $"SYN-E{i + 1:D7}", starts, random.Next(5) == 0 ? starts.AddDays(random.Next(1, 6)) : null, kind.ToString(),
                text.EventTitle(kind, names[economy], names[partner]), random.Next(10) < 7 ? text.Place() : null, text.EventSummary(names[economy], names[partner]),
                ConfidenceText(), text.ParticipantsJson(), Actor, stamp, Actor, stamp, Version());
            economyLinks.Insert(economy, id);
            economyLinks.Insert(partner, id);
            if (random.Next(4) == 0 && Economy() is var third && third != economy && third != partner)
            {
                economyLinks.Insert(third, id);
            }

            var source = Source();
            sourceLinks.Insert(source, id);
            if (random.Next(3) == 0 && Source() is var second && second != source)
            {
                sourceLinks.Insert(second, id);
            }

            if (random.Next(10) == 0 && measures.Count > 0)
            {
                measureLinks.Insert(text.Pick(measures).Id, id);
            }

            if (random.Next(30) == 0 && options.Deadlines > 0)
            {
                deadlineLinks.Insert(firstDeadlineId + random.Next(options.Deadlines), id);
            }

            if (random.Next(500) == 0)
            {
                var count = random.Next(10, 90);
                disagreements.Insert(id, $"{names[economy]} says {count} containers of {text.Commodity()} were held.", Source(),
                    $"{names[partner]} says {count * 2} were held.", Source());
            }
        }

        return (options.Events, writer.Rows - options.Events);
    }

    /// <summary>The probe pair's expected headline at the start of its latest counting step (so at least that step is in force).</summary>
    public RateProbe Probe()
    {
        var at = probeSteps.Count == 0 ? new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero) : probeSteps.Max(s => s.From);
        var inForce = probeSteps.Where(s => s.From <= at && (s.Until is not { } until || at < until)).ToList();
        return new RateProbe(probePair.Imposer, probePair.Target, at, inForce.Sum(s => s.Rate), inForce.Count);
    }

    private static string[] AuditColumns => ["CreatedBy", "CreatedAt", "UpdatedBy", "UpdatedAt", "Version"];

    private BulkWriter Writer() => new(connection, options.BatchSize);

    private int NextId(string table)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT COALESCE(MAX(\"Id\"), 0) + 1 FROM \"{table}\"";
        return Convert.ToInt32(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Steps per measure: one each while there are enough, the rest spread at random (so schedules vary in length).</summary>
    private int[] StepCounts()
    {
        var counts = new int[options.Measures];
        var remaining = options.Steps;
        if (options.Measures > 0 && remaining >= options.Measures)
        {
            Array.Fill(counts, 1);
            remaining -= options.Measures;
        }

        for (; remaining > 0 && options.Measures > 0; remaining--)
        {
            counts[random.Next(options.Measures)]++;
        }

        return counts;
    }

    private string Economy(string? except = null)
    {
        while (true)
        {
            var code = random.Next(4) == 0 || majors.Length == 0 ? economies[random.Next(economies.Length)] : majors[random.Next(majors.Length)];
            if (code != except)
            {
                return code;
            }
        }
    }

    private int Source() => firstSourceId + random.Next(options.Sources);

    private DateOnly Day(DateOnly first, int days) => first.AddDays(random.Next(days));

    /// <summary>Midnight, or 12:01 a.m. as many proclamations say.</summary>
    private TimeOnly ClockTime() => random.Next(3) == 0 ? new TimeOnly(0, 1) : TimeOnly.MinValue;

    private string ConfidenceText() => random.Next(10) == 0 ? nameof(Confidence.Uncertain) : nameof(Confidence.Confirmed);

    private T Weighted<T>(params ReadOnlySpan<T> choices) => choices[random.Next(choices.Length)];

    private string Version()
    {
        Span<byte> bytes = stackalloc byte[16];
        random.NextBytes(bytes);
        return new Guid(bytes).ToString().ToUpperInvariant();
    }

    private sealed record PlannedMeasure(int Id, string Imposer, string? Target, string[] Exempted, Coverage Coverage, MeasureStatus Status, int Steps)
    {
        /// <summary>An all-goods measure that adds and can apply: its in-force step is part of the headline.</summary>
        public bool CountsInHeadline => Coverage == Coverage.AllGoods && Status is not (MeasureStatus.Threatened or MeasureStatus.NeverApplied);

        public bool AppliesTo(string imposer, string target) =>
            Imposer == imposer && (Target == target || (Target is null && !Exempted.Contains(target)));
    }
}
