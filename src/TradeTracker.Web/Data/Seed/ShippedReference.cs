using System.Globalization;
using TradeTracker.Web.Domain;

namespace TradeTracker.Web.Data.Seed;

/// <summary>The shipped reference data (the embedded seed files) and the rows it makes: each measure with its steps,
/// event and deadline as the current release ships it. The seeder creates or updates rows from these; the reference
/// update service offers them to editors.</summary>
internal sealed class ShippedReference
{
    public Dictionary<string, MeasureRow> MeasureRows { get; } = ReadMeasureRows().ToDictionary(r => r.Id);
    public List<EventRow> EventRows { get; } = SeedResources.ReadCsv<EventRow>("events.csv");
    public Dictionary<string, DeadlineRow> DeadlineRows { get; } = SeedResources.ReadCsv<DeadlineRow>("deadlines.csv").ToDictionary(r => r.Id);
    public List<MeasureGroup> Groups { get; } = SeedResources.ReadJson<MeasureGroups>("measure-groups.json").Measures;
    public CuratedData Curated { get; } = SeedResources.ReadJson<CuratedData>("curated.json");

    /// <summary>The reference rate rows: <c>tariff_measures.csv</c> and the curated rows a group needs that the reference
    /// data lacks (<c>curated_measures.csv</c>, same columns).</summary>
    private static List<MeasureRow> ReadMeasureRows() =>
        [.. SeedResources.ReadCsv<MeasureRow>("tariff_measures.csv"), .. SeedResources.ReadCsv<MeasureRow>("curated_measures.csv")];

    /// <summary>The measure a group makes, with its steps. <see cref="TariffMeasure.AffectedMeasures"/> holds key-only
    /// stand-ins for the measures it affects; <paramref name="eventIdOf"/> finds a ruling event's id in the store.</summary>
    public TariffMeasure Measure(MeasureGroup group, string zone, SourceCatalog sources, Func<string, int?> eventIdOf)
    {
        var rows = group.Steps.Select(id => MeasureRows[id]).ToList();
        var status = MeasureStatusOf(rows);
        var invalidation = status == MeasureStatus.Invalidated ? Curated.Invalidations.FirstOrDefault(i => i.MeasureKeys.Contains(group.Key)) : null;
        var current = rows.Where(r => r.EffectiveDate.Length > 0).MaxBy(r => r.EffectiveDate) ?? rows[0];
        return new TariffMeasure
        {
            Key = group.Key,
            ImposingEconomyCode = group.Imposer,
            TargetEconomyCode = group.Target,
            Name = group.Name,
            // The legal basis of the step that applies last: a measure's later steps are often later instruments.
            LegalBasis = current.LegalBasis,
            Coverage = Enum.Parse<Coverage>(group.Coverage),
            Combination = Enum.Parse<Combination>(group.Combination),
            ProductDescription = rows[^1].ProductScope,
            HsPrefixes = group.HsPrefixes ?? [],
            ProductLists = group.ProductLists ?? [],
            AffectedMeasures = (group.Affects ?? []).Select(k => new TariffMeasure { Key = k }).ToList(),
            Status = status,
            Confidence = rows.Any(r => r.Confidence == "uncertain") ? Confidence.Uncertain : Confidence.Confirmed,
            ReviewedOn = Curated.ReviewedOn,
            InvalidatedOn = invalidation?.InvalidatedOn,
            InvalidatedBy = invalidation?.InvalidatedBy,
            InvalidatedByEventId = invalidation is null ? null : eventIdOf(invalidation.EventRef),
            InvalidationNote = invalidation?.Note,
            Sources = rows.Select(sources.For).Distinct().ToList(),
            Steps = ReferenceSteps.Build(group, rows, zone, sources.For),
        };
    }

    public static MeasureStatus MeasureStatusOf(List<MeasureRow> rows)
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
            "invalidated" => MeasureStatus.Invalidated,
            _ => MeasureStatus.Ended,
        };
    }

    public static TradeEvent Event(EventRow row, SourceCatalog sources) => new()
    {
        ReferenceId = row.Id,
        StartsOn = SeedText.ParseDate(row.Date)!.Value,
        EndsOn = SeedText.ParseDate(row.EndDate),
        Kind = KindOf(row.Kind),
        Title = row.Title,
        Location = SeedText.Blank(row.Location),
        Summary = row.Summary,
        Confidence = row.Confidence == "uncertain" ? Confidence.Uncertain : Confidence.Confirmed,
        Participants = Participant.ParseList(row.Participants),
        Sources = [sources.For(row)],
    };

    public static TradeEvent Event(CuratedEvent c, SourceCatalog sources) => new()
    {
        ReferenceId = c.ReferenceId,
        StartsOn = c.Date,
        Kind = Enum.Parse<EventKind>(c.Kind),
        Title = c.Title,
        Location = c.Location,
        Summary = c.Summary,
        Participants = Participant.ParseList(c.Participants),
        Sources = c.SourceKeys.Select(sources.ByKey).ToList(),
    };

    /// <summary>The deadline a row makes, with its extensions (curated decision days, else the original due day).
    /// <see cref="Deadline.IsFeatured"/> is left to the seeder (only one deadline is featured).</summary>
    public Deadline Deadline(DeadlineRow row, SourceCatalog sources)
    {
        var (due, zone) = ParseDue(row.Due, row.Title);
        var featured = Curated.FeaturedDeadline.ReferenceId == row.Id;
        var extensions = Curated.Extensions.Where(e => e.DeadlineRef == row.Id).ToList();
        var text = Curated.DeadlineTexts?.GetValueOrDefault(row.Id);
        var deadline = new Deadline
        {
            ReferenceId = row.Id,
            Title = featured ? Curated.FeaturedDeadline.Title : row.Title,
            OriginalDueAt = due,
            TimeZoneId = zone,
            WhatHappens = featured ? Curated.FeaturedDeadline.WhatHappens : text?.Due ?? row.WhatHappens,
            Outcome = featured ? Curated.FeaturedDeadline.Outcome : text?.Happened,
            Status = row.Status switch
            {
                "met" => DeadlineStatus.Met,
                "extended" => DeadlineStatus.Extended,
                "lapsed" => DeadlineStatus.Lapsed,
                _ => DeadlineStatus.Pending,
            },
            Confidence = row.Confidence == "uncertain" ? Confidence.Uncertain : Confidence.Confirmed,
            AnnouncedAt = Curated.DeadlineAnnouncedAt?.TryGetValue(row.Id, out var announced) == true ? ParseDue(announced, row.Title).Due : null,
            OutcomeDecidedOn = Curated.DeadlineOutcomeDecidedOn?.TryGetValue(row.Id, out var decided) == true
                ? decided
                : text?.DecidedOn ?? extensions.Select(e => (DateOnly?)e.DecidedOn).Min(),
            Sources = [sources.For(row)],
        };

        foreach (var ext in extensions)
        {
            var (newDue, newZone) = ParseDue(ext.NewDue ?? row.ExtendedTo, row.Title);
            deadline.Extensions.Add(new DeadlineExtension
            {
                NewDueAt = newDue,
                TimeZoneId = newZone,
                DecidedOn = ext.DecidedOn,
                Source = sources.For(DeadlineRows[ext.SourceRef ?? ext.DeadlineRef]),
            });
        }

        if (extensions.Count == 0 && row.ExtendedTo.Length > 0)
        {
            // An extension whose decision date is not in the reference data: decided no later than the original due day.
            var (newDue, newZone) = ParseDue(row.ExtendedTo, row.Title);
            deadline.Extensions.Add(new DeadlineExtension
            {
                NewDueAt = newDue,
                TimeZoneId = newZone,
                DecidedOn = ZonedTime.LocalDate(due, zone),
                Note = "The sources do not give the day this was decided; shown as decided by the original due day.",
                Source = sources.For(row),
            });
        }

        return deadline;
    }

    private static (DateTimeOffset Due, string Zone) ParseDue(string text, string title)
    {
        if (text.Contains('T'))
        {
            var instant = DateTimeOffset.Parse(text, CultureInfo.InvariantCulture);
            var zone = instant.Offset == TimeSpan.FromHours(8) ? "Asia/Shanghai" : "America/New_York";
            return (instant.ToUniversalTime(), zone);
        }

        // A bare date is the start of that day where the deadline's imposer declares its instants.
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
        "court_ruling" => EventKind.CourtRuling,
        _ => EventKind.Announcement,
    };
}
