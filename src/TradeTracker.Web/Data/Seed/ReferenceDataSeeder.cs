using System.Globalization;
using System.Reflection;
using System.Text.Json;
using System.Text.RegularExpressions;
using CsvHelper;
using Microsoft.EntityFrameworkCore;
using TradeTracker.Web.Domain;

namespace TradeTracker.Web.Data.Seed;

public sealed record SeedReport(int EconomiesAdded, int SourcesAdded, int Measures, int RateSteps, int Events, int Deadlines);

/// <summary>Seeds the shipped reference data (economies, US–China measures, events, deadlines and the seed news
/// report's facts). Idempotent: a row is created only when its key is absent, so editors' changes are never overwritten.</summary>
public sealed partial class ReferenceDataSeeder(IDbContextFactory<AppDbContext> dbFactory, TimeProvider time, ILogger<ReferenceDataSeeder> logger)
{
    public const string Actor = "seed";

    public async Task<SeedReport> SeedAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        db.Actor = Actor;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);

        var economies = await SeedEconomiesAsync(db, cancellationToken);
        var ledger = new SeedLedger(await db.SeedRecords.Select(r => r.Key).ToHashSetAsync(cancellationToken), db, time.GetUtcNow());
        var sources = new SourceCatalog(await db.Sources.ToListAsync(cancellationToken), db);
        var measureRows = SeedResources.ReadCsv<MeasureRow>("tariff_measures.csv").Concat(SeedResources.ReadCsv<MeasureRow>("curated_measures.csv")).ToDictionary(r => r.Id);
        var eventRows = SeedResources.ReadCsv<EventRow>("events.csv");
        var deadlineRows = SeedResources.ReadCsv<DeadlineRow>("deadlines.csv").ToDictionary(r => r.Id);
        var groups = SeedResources.ReadJson<MeasureGroups>("measure-groups.json").Measures;
        var curated = SeedResources.ReadJson<CuratedData>("curated.json");
        foreach (var s in curated.Sources)
        {
            sources.Register(s.Key, s.Publisher, s.Title, s.Url, s.PublishedOn);
        }

        var zones = await db.Economies.ToDictionaryAsync(e => e.Code, e => e.TimeZoneId, cancellationToken);
        var measures = await SeedMeasuresAsync(db, groups, measureRows, zones, sources, ledger, cancellationToken);
        var deadlines = await SeedDeadlinesAsync(db, deadlineRows, curated, sources, ledger, cancellationToken);
        var events = await SeedEventsAsync(db, eventRows, curated, sources, ledger, cancellationToken);
        LinkCurated(curated, events, deadlines, measures, sources);

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        var report = new SeedReport(
            economies,
            sources.Created,
            await db.Measures.CountAsync(cancellationToken),
            await db.RateSteps.CountAsync(cancellationToken),
            await db.Events.CountAsync(cancellationToken),
            await db.Deadlines.CountAsync(cancellationToken));
        logger.LogInformation("Seeded reference data: {EconomiesAdded} economies and {SourcesAdded} sources added; store holds {Measures} measures, {RateSteps} rate steps, {Events} events, {Deadlines} deadlines",
            report.EconomiesAdded, report.SourcesAdded, report.Measures, report.RateSteps, report.Events, report.Deadlines);
        return report;
    }

    private static async Task<int> SeedEconomiesAsync(AppDbContext db, CancellationToken ct)
    {
        var existing = await db.Economies.Select(e => e.Code).ToHashSetAsync(ct);
        var added = 0;
        foreach (var row in SeedResources.ReadCsv<EconomyRow>("economies.csv").Where(r => !existing.Contains(r.Code)))
        {
            db.Economies.Add(new Economy { Code = row.Code, Name = row.Name, TimeZoneId = row.TimeZone });
            added++;
        }

        await db.SaveChangesAsync(ct);
        return added;
    }

    private static async Task<Dictionary<string, TariffMeasure>> SeedMeasuresAsync(
        AppDbContext db, List<MeasureGroup> groups, Dictionary<string, MeasureRow> rows, Dictionary<string, string> zones,
        SourceCatalog sources, SeedLedger ledger, CancellationToken ct)
    {
        // Only the shipped keys: a store with 100,000 measures must not be loaded (and change-tracked) to seed 49.
        var shipped = groups.Select(g => g.Key).ToList();
        var existing = await db.Measures.Include(m => m.AffectedMeasures).Where(m => shipped.Contains(m.Key)).ToDictionaryAsync(m => m.Key, ct);
        var created = new List<(MeasureGroup Group, TariffMeasure Measure)>();
        foreach (var group in groups.Where(g => ledger.ShouldCreate("measure", g.Key, existing.ContainsKey(g.Key))))
        {
            var stepRows = group.Steps.Select(id => rows[id]).ToList();
            var zone = zones[group.Imposer];
            var measure = new TariffMeasure
            {
                Key = group.Key,
                ImposingEconomyCode = group.Imposer,
                TargetEconomyCode = group.Target,
                Name = group.Name,
                LegalBasis = stepRows[0].LegalBasis,
                Coverage = Enum.Parse<Coverage>(group.Coverage),
                Combination = Enum.Parse<Combination>(group.Combination),
                ProductDescription = stepRows[^1].ProductScope,
                HsPrefixes = group.HsPrefixes ?? [],
                ProductLists = group.ProductLists ?? [],
                Status = MeasureStatusOf(stepRows),
                Confidence = stepRows.Any(r => r.Confidence == "uncertain") ? Confidence.Uncertain : Confidence.Confirmed,
                Sources = stepRows.Select(sources.For).Distinct().ToList(),
                Steps = ReferenceSteps.Build(group, stepRows, zone, sources.For),
            };
            db.Measures.Add(measure);
            existing[group.Key] = measure;
            created.Add((group, measure));
        }

        foreach (var (group, measure) in created)
        {
            measure.AffectedMeasures = (group.Affects ?? []).Where(existing.ContainsKey).Select(k => existing[k]).ToList();
        }

        await db.SaveChangesAsync(ct);
        return existing;
    }

    private static MeasureStatus MeasureStatusOf(List<MeasureRow> rows)
    {
        var applied = rows.Where(r => r.EffectiveDate.Length > 0).ToList();
        if (applied.Count == 0)
        {
            return MeasureStatus.NeverApplied;
        }

        return applied.MaxBy(r => r.EffectiveDate)!.Status switch
        {
            "in_effect" => MeasureStatus.InEffect,
            "scheduled" => MeasureStatus.Scheduled,
            "suspended" => MeasureStatus.Suspended,
            _ => MeasureStatus.Ended,
        };
    }

    private static async Task<Dictionary<string, Deadline>> SeedDeadlinesAsync(
        AppDbContext db, Dictionary<string, DeadlineRow> rows, CuratedData curated, SourceCatalog sources, SeedLedger ledger, CancellationToken ct)
    {
        var shipped = rows.Keys.ToList();
        var existing = await db.Deadlines.Where(d => d.ReferenceId != null && shipped.Contains(d.ReferenceId)).ToDictionaryAsync(d => d.ReferenceId!, ct);
        var created = new Dictionary<string, Deadline>();
        foreach (var row in rows.Values.Where(r => ledger.ShouldCreate("deadline", r.Id, existing.ContainsKey(r.Id))))
        {
            var (due, zone) = ParseDue(row.Due, row.Title);
            var featured = curated.FeaturedDeadline.ReferenceId == row.Id;
            var deadline = new Deadline
            {
                ReferenceId = row.Id,
                Title = featured ? curated.FeaturedDeadline.Title : row.Title,
                OriginalDueAt = due,
                TimeZoneId = zone,
                WhatHappens = featured ? $"{row.Title}. {row.WhatHappens}" : row.WhatHappens,
                Outcome = featured ? curated.FeaturedDeadline.Outcome : null,
                Status = row.Status switch
                {
                    "met" => DeadlineStatus.Met,
                    "extended" => DeadlineStatus.Extended,
                    "lapsed" => DeadlineStatus.Lapsed,
                    _ => DeadlineStatus.Pending,
                },
                IsFeatured = featured && !await db.Deadlines.AnyAsync(d => d.IsFeatured, ct),
                Confidence = row.Confidence == "uncertain" ? Confidence.Uncertain : Confidence.Confirmed,
                Sources = [sources.For(row)],
            };
            db.Deadlines.Add(deadline);
            created[row.Id] = deadline;
        }

        foreach (var ext in curated.Extensions.Where(e => created.ContainsKey(e.DeadlineRef)))
        {
            var deadline = created[ext.DeadlineRef];
            var row = rows[ext.DeadlineRef];
            var newDueText = ext.NewDue ?? row.ExtendedTo;
            var (newDue, zone) = ParseDue(newDueText, row.Title);
            deadline.Extensions.Add(new DeadlineExtension
            {
                NewDueAt = newDue,
                TimeZoneId = zone,
                DecidedOn = ext.DecidedOn,
                Source = sources.For(rows[ext.SourceRef ?? ext.DeadlineRef]),
            });
        }

        foreach (var (id, d) in created.Where(c => c.Value.Extensions.Count == 0 && rows[c.Key].ExtendedTo.Length > 0))
        {
            // An extension whose decision date is not in the reference data: decided no later than the original due day.
            var (newDue, zone) = ParseDue(rows[id].ExtendedTo, rows[id].Title);
            d.Extensions.Add(new DeadlineExtension
            {
                NewDueAt = newDue,
                TimeZoneId = zone,
                DecidedOn = ZonedTime.LocalDate(d.OriginalDueAt, d.TimeZoneId),
                Note = "Decision date not in the reference data; taken as the original due day.",
                Source = sources.For(rows[id]),
            });
        }

        await db.SaveChangesAsync(ct);
        foreach (var (id, d) in created)
        {
            existing[id] = d;
        }

        return existing;
    }

    private static async Task<Dictionary<string, TradeEvent>> SeedEventsAsync(
        AppDbContext db, List<EventRow> rows, CuratedData curated, SourceCatalog sources, SeedLedger ledger, CancellationToken ct)
    {
        var shipped = rows.Select(r => r.Id).Concat(curated.Events.Select(e => e.ReferenceId)).ToList();
        var existing = await db.Events.Where(e => e.ReferenceId != null && shipped.Contains(e.ReferenceId)).ToDictionaryAsync(e => e.ReferenceId!, ct);
        var pair = await db.Economies.Where(e => e.Code == "USA" || e.Code == "CHN").ToListAsync(ct);
        foreach (var row in rows.Where(r => ledger.ShouldCreate("event", r.Id, existing.ContainsKey(r.Id))))
        {
            var ev = new TradeEvent
            {
                ReferenceId = row.Id,
                StartsOn = SeedText.ParseDate(row.Date)!.Value,
                EndsOn = SeedText.ParseDate(row.EndDate),
                Kind = KindOf(row.Kind),
                Title = row.Title,
                Location = SeedText.Blank(row.Location),
                Summary = row.Summary,
                Confidence = row.Confidence == "uncertain" ? Confidence.Uncertain : Confidence.Confirmed,
                Participants = ParseParticipants(row.Participants),
                Economies = [.. pair],
                Sources = [sources.For(row)],
            };
            db.Events.Add(ev);
            existing[row.Id] = ev;
        }

        foreach (var c in curated.Events.Where(c => ledger.ShouldCreate("event", c.ReferenceId, existing.ContainsKey(c.ReferenceId))))
        {
            var ev = new TradeEvent
            {
                ReferenceId = c.ReferenceId,
                StartsOn = c.Date,
                Kind = Enum.Parse<EventKind>(c.Kind),
                Title = c.Title,
                Location = c.Location,
                Summary = c.Summary,
                Participants = ParseParticipants(c.Participants),
                Economies = [.. pair],
                Sources = c.SourceKeys.Select(sources.ByKey).ToList(),
            };
            db.Events.Add(ev);
            existing[c.ReferenceId] = ev;
        }

        return existing;
    }

    /// <summary>Links, disagreements and extension events from curated.json, applied only to events created in this
    /// run; rows an editor deleted are skipped.</summary>
    private static void LinkCurated(
        CuratedData curated, Dictionary<string, TradeEvent> events, Dictionary<string, Deadline> deadlines,
        Dictionary<string, TariffMeasure> measures, SourceCatalog sources)
    {
        TradeEvent? NewEvent(string reference) => events.TryGetValue(reference, out var e) && e.Id == 0 ? e : null;

        void LinkDeadlines(TradeEvent ev, IEnumerable<string>? references)
        {
            foreach (var d in (references ?? []).Where(deadlines.ContainsKey).Select(r => deadlines[r]).Where(d => !ev.Deadlines.Contains(d)))
            {
                ev.Deadlines.Add(d);
            }
        }

        foreach (var link in curated.EventLinks)
        {
            if (NewEvent(link.EventRef) is { } ev)
            {
                ev.Measures.AddRange((link.MeasureKeys ?? []).Where(measures.ContainsKey).Select(k => measures[k]));
                LinkDeadlines(ev, link.DeadlineRefs);
            }
        }

        foreach (var c in curated.Events)
        {
            if (NewEvent(c.ReferenceId) is { } ev)
            {
                LinkDeadlines(ev, c.DeadlineRefs);
            }
        }

        foreach (var ext in curated.Extensions.Where(e => e.EventRef is not null))
        {
            if (NewEvent(ext.EventRef!) is { } ev)
            {
                LinkDeadlines(ev, [ext.DeadlineRef]);
            }
        }

        foreach (var d in curated.Disagreements)
        {
            if (NewEvent(d.EventRef) is { } ev)
            {
                ev.Disagreements.Add(new Disagreement
                {
                    Claim = d.Claim,
                    ClaimSource = sources.ByKey(d.ClaimSourceKey),
                    CounterClaim = d.CounterClaim,
                    CounterSource = ev.Sources[0],
                });
            }
        }
    }

    private static (DateTimeOffset Due, string Zone) ParseDue(string text, string title)
    {
        if (text.Contains('T'))
        {
            var instant = DateTimeOffset.Parse(text, CultureInfo.InvariantCulture);
            var zone = instant.Offset == TimeSpan.FromHours(8) ? "Asia/Shanghai" : "America/New_York";
            return (instant.ToUniversalTime(), zone);
        }

        // A bare due date is the start of that day where the deadline's imposer declares its instants.
        var chinese = title.StartsWith("China", StringComparison.Ordinal);
        var tz = chinese ? "Asia/Shanghai" : "America/New_York";
        return (ZonedTime.StartOfDay(SeedText.ParseDate(text)!.Value, tz), tz);
    }

    private static EventKind KindOf(string kind) => kind switch
    {
        "negotiation_round" => EventKind.NegotiationRound,
        "call" => EventKind.LeadersCall,
        "agreement" => EventKind.Agreement,
        "retaliation" => EventKind.Retaliation,
        "export_control" => EventKind.ExportControl,
        "data_release" => EventKind.DataRelease,
        "statement" => EventKind.Statement,
        _ => EventKind.Announcement,
    };

    internal static List<Participant> ParseParticipants(string text) =>
        text.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(part =>
            {
                var match = ParticipantPattern().Match(part);
                var name = match.Success ? match.Groups[1].Value : part;
                var role = match.Success ? match.Groups[2].Value : "";
                return new Participant(name, role, SideOf(name + " " + role));
            })
            .ToList();

    private static string SideOf(string text)
    {
        if (ChinaPattern().IsMatch(text))
        {
            return "CHN";
        }

        return UsPattern().IsMatch(text) ? "USA" : "";
    }

    [GeneratedRegex(@"^(.*?)\s*\((.*)\)$")]
    private static partial Regex ParticipantPattern();

    [GeneratedRegex(@"China|Chinese|PRC|MOFCOM|Beijing|Xi Jinping|He Lifeng|Li Chenggang|Wang|Vice Premier|State Council", RegexOptions.IgnoreCase)]
    private static partial Regex ChinaPattern();

    [GeneratedRegex(@"\bUS\b|U\.S\.|USTR|United States|Treasury|Commerce Secretary|Trump|White House|BIS|CBP|Customs and Border", RegexOptions.IgnoreCase)]
    private static partial Regex UsPattern();

    /// <summary>The keys seeded before: a seeded row an editor deleted is not created again.</summary>
    private sealed class SeedLedger(HashSet<string> seeded, AppDbContext db, DateTimeOffset now)
    {
        /// <summary>True when the row should be created now; records the key either way.</summary>
        public bool ShouldCreate(string kind, string key, bool exists)
        {
            var ledgerKey = $"{kind}:{key}";
            if (!seeded.Add(ledgerKey))
            {
                return false;
            }

            db.SeedRecords.Add(new SeedRecord { Key = ledgerKey, SeededAt = now });
            return !exists;
        }
    }

    /// <summary>Sources by URL (deduplicated), plus the curated ones by key.</summary>
    private sealed class SourceCatalog(List<Source> existing, AppDbContext db)
    {
        private readonly Dictionary<string, Source> byUrl = existing.GroupBy(s => s.Url).ToDictionary(g => g.Key, g => g.First());
        private readonly Dictionary<string, Source> byKey = [];

        public int Created { get; private set; }

        public Source For(ISourcedRow row) =>
            Get(row.SourcePublisher, row.SourceTitle.StartsWith('[') ? "" : row.SourceTitle, row.SourceUrl, null);

        public Source ByKey(string key) => byKey[key];

        public void Register(string key, string publisher, string title, string url, DateOnly? publishedOn) =>
            byKey[key] = Get(publisher, title, url, publishedOn);

        private Source Get(string publisher, string title, string url, DateOnly? publishedOn)
        {
            if (!byUrl.TryGetValue(url, out var source))
            {
                source = new Source { Publisher = publisher, Title = title, Url = url, PublishedOn = publishedOn };
                byUrl[url] = source;
                db.Sources.Add(source);
                Created++;
            }

            return source;
        }
    }
}
