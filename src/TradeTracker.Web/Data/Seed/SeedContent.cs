using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using TradeTracker.Web.Domain;

namespace TradeTracker.Web.Data.Seed;

/// <summary>The rules for bringing a seeded row to a newer shipped version, in one place: which fields make up a row's
/// reference content (invariant text, fixed order), its hash (<see cref="SeedRecord.ContentHash"/>), whether an editor has
/// touched the row since it was seeded, and how the shipped content is copied onto a row.</summary>
internal static class SeedContent
{
    /// <summary>A row's reference content: field name to invariant text (null for empty), ordered by name.</summary>
    public sealed class Fields : SortedDictionary<string, string?>
    {
        public Fields()
            : base(StringComparer.Ordinal)
        {
        }
    }

    public static Fields Of(TariffMeasure m)
    {
        var fields = new Fields
        {
            ["Name"] = m.Name,
            ["ImposingEconomyCode"] = m.ImposingEconomyCode,
            ["TargetEconomyCode"] = m.TargetEconomyCode,
            ["LegalBasis"] = m.LegalBasis,
            ["Coverage"] = m.Coverage.ToString(),
            ["Combination"] = m.Combination.ToString(),
            ["ProductDescription"] = m.ProductDescription,
            ["HsPrefixes"] = List(m.HsPrefixes),
            ["ProductLists"] = List(m.ProductLists),
            ["AffectedMeasures"] = List(m.AffectedMeasures.Select(a => a.Key)),
            ["Status"] = m.Status.ToString(),
            ["Confidence"] = m.Confidence.ToString(),
            ["ReviewedOn"] = Text(m.ReviewedOn),
            ["InvalidatedOn"] = Text(m.InvalidatedOn),
            ["InvalidatedBy"] = m.InvalidatedBy,
            ["InvalidatedByEventId"] = m.InvalidatedByEventId?.ToString(CultureInfo.InvariantCulture),
            ["InvalidationNote"] = m.InvalidationNote,
            ["Sources"] = Urls(m.Sources),
        };
        foreach (var step in m.Steps.Where(s => s.ReferenceId is not null))
        {
            foreach (var (name, value) in Of(step))
            {
                fields[$"Step {step.ReferenceId}: {name}"] = value;
            }
        }

        return fields;
    }

    public static Fields Of(RateStep s) => new()
    {
        ["RatePercent"] = s.RatePercent?.ToString("0.####", CultureInfo.InvariantCulture),
        ["LegalBasis"] = s.LegalBasis,
        ["InForceFrom"] = Text(s.InForceFrom),
        ["InForceUntil"] = Text(s.InForceUntil),
        ["TimeZoneId"] = s.TimeZoneId,
        ["AnnouncedOn"] = Text(s.AnnouncedOn),
        ["NeverApplied"] = s.NeverApplied ? "true" : "false",
        ["Notes"] = s.Notes,
        ["TimelineDate"] = Text(s.TimelineDate),
        ["Sources"] = Urls(s.Sources),
    };

    public static Fields Of(TradeEvent e) => new()
    {
        ["StartsOn"] = Text(e.StartsOn),
        ["EndsOn"] = Text(e.EndsOn),
        ["Kind"] = e.Kind.ToString(),
        ["Title"] = e.Title,
        ["Location"] = e.Location,
        ["Summary"] = e.Summary,
        ["Participants"] = string.Join("; ", e.Participants.Select(p => p.Role.Length > 0 ? $"{p.Name} ({p.Role})" : p.Name)),
        ["Confidence"] = e.Confidence.ToString(),
        ["Sources"] = Urls(e.Sources),
    };

    public static Fields Of(Deadline d) => new()
    {
        ["Title"] = d.Title,
        ["OriginalDueAt"] = Text(d.OriginalDueAt),
        ["TimeZoneId"] = d.TimeZoneId,
        ["WhatHappens"] = d.WhatHappens,
        ["Status"] = d.Status.ToString(),
        ["Outcome"] = d.Outcome,
        ["Confidence"] = d.Confidence.ToString(),
        ["AnnouncedAt"] = Text(d.AnnouncedAt),
        ["OutcomeDecidedOn"] = Text(d.OutcomeDecidedOn),
        ["Extensions"] = List(d.Extensions.Select(x => $"{Text(x.NewDueAt)} decided {Text(x.DecidedOn)}{(x.Note is null ? "" : $" ({x.Note})")}")),
        ["Sources"] = Urls(d.Sources),
    };

    /// <summary>A stable hash of the content: the fields in name order, as invariant text.</summary>
    public static string Hash(Fields fields)
    {
        var text = new StringBuilder();
        foreach (var (name, value) in fields)
        {
            text.Append(name).Append('=').Append(value?.Replace("\n", "\\n", StringComparison.Ordinal)).Append('\n');
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    /// <summary>The fields whose values differ, with the row's value and the shipped one.</summary>
    public static (Dictionary<string, string?> Current, Dictionary<string, string?> Proposed) Differences(Fields current, Fields shipped)
    {
        var names = current.Keys.Union(shipped.Keys).Where(n => current.GetValueOrDefault(n) != shipped.GetValueOrDefault(n)).Order(StringComparer.Ordinal).ToList();
        return (names.ToDictionary(n => n, current.GetValueOrDefault), names.ToDictionary(n => n, shipped.GetValueOrDefault));
    }

    /// <summary>Untouched by an editor since seeding: the seed made the last change to the row.</summary>
    public static bool IsUntouched(EditableEntity row) => row.UpdatedBy == ReferenceDataSeeder.Actor;

    /// <summary>A measure is untouched when it and every one of its steps (archived ones included) were last changed by
    /// the seed and no step was added by an editor.</summary>
    public static bool IsUntouched(TariffMeasure measure, IEnumerable<RateStep> allSteps, IReadOnlyCollection<string> shippedStepIds) =>
        IsUntouched(measure) && allSteps.All(s => IsUntouched(s) && s.ReferenceId is { } r && shippedStepIds.Contains(r));

    /// <summary>Copies the shipped content onto a measure (not its steps); <paramref name="measureByKey"/> finds the
    /// measures it affects in the store.</summary>
    public static void Copy(TariffMeasure from, TariffMeasure to, Func<string, TariffMeasure?> measureByKey)
    {
        to.Name = from.Name;
        to.ImposingEconomyCode = from.ImposingEconomyCode;
        to.TargetEconomyCode = from.TargetEconomyCode;
        to.LegalBasis = from.LegalBasis;
        to.Coverage = from.Coverage;
        to.Combination = from.Combination;
        to.ProductDescription = from.ProductDescription;
        to.HsPrefixes = [.. from.HsPrefixes];
        to.ProductLists = [.. from.ProductLists];
        to.Status = from.Status;
        to.Confidence = from.Confidence;
        to.ReviewedOn = from.ReviewedOn;
        to.InvalidatedOn = from.InvalidatedOn;
        to.InvalidatedBy = from.InvalidatedBy;
        to.InvalidatedByEventId = from.InvalidatedByEventId;
        to.InvalidationNote = from.InvalidationNote;
        Replace(to.AffectedMeasures, from.AffectedMeasures.Select(a => measureByKey(a.Key)).OfType<TariffMeasure>());
        Replace(to.Sources, from.Sources);
    }

    public static void Copy(RateStep from, RateStep to)
    {
        to.ReferenceId = from.ReferenceId;
        to.RatePercent = from.RatePercent;
        to.LegalBasis = from.LegalBasis;
        to.InForceFrom = from.InForceFrom;
        to.InForceUntil = from.InForceUntil;
        to.TimeZoneId = from.TimeZoneId;
        to.AnnouncedOn = from.AnnouncedOn;
        to.NeverApplied = from.NeverApplied;
        to.Notes = from.Notes;
        to.TimelineDate = from.TimelineDate;
        Replace(to.Sources, from.Sources);
    }

    public static void Copy(TradeEvent from, TradeEvent to)
    {
        to.StartsOn = from.StartsOn;
        to.EndsOn = from.EndsOn;
        to.Kind = from.Kind;
        to.Title = from.Title;
        to.Location = from.Location;
        to.Summary = from.Summary;
        to.Participants = [.. from.Participants];
        to.Confidence = from.Confidence;
        Replace(to.Sources, from.Sources);
    }

    /// <summary>Copies the shipped content onto a deadline; extensions the row lacks are added (none removed), and those it
    /// has take the shipped note.</summary>
    public static void Copy(Deadline from, Deadline to)
    {
        to.Title = from.Title;
        to.OriginalDueAt = from.OriginalDueAt;
        to.TimeZoneId = from.TimeZoneId;
        to.WhatHappens = from.WhatHappens;
        to.Status = from.Status;
        to.Outcome = from.Outcome;
        to.Confidence = from.Confidence;
        to.AnnouncedAt = from.AnnouncedAt;
        to.OutcomeDecidedOn = from.OutcomeDecidedOn;
        foreach (var ext in from.Extensions)
        {
            if (to.Extensions.FirstOrDefault(y => y.NewDueAt == ext.NewDueAt && y.DecidedOn == ext.DecidedOn) is { } same)
            {
                same.Note = ext.Note;
            }
            else
            {
                to.Extensions.Add(ext);
            }
        }

        Replace(to.Sources, from.Sources);
    }

    private static void Replace<T>(List<T> target, IEnumerable<T> rows)
    {
        var list = rows.ToList();
        if (!target.SequenceEqual(list))
        {
            target.Clear();
            target.AddRange(list);
        }
    }

    private static string? Text(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string? Text(DateTimeOffset? instant) => instant?.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private static string? List(IEnumerable<string> items)
    {
        var text = string.Join(" ", items.Order(StringComparer.Ordinal));
        return text.Length == 0 ? null : text;
    }

    private static string? Urls(IEnumerable<Source> sources) => List(sources.Select(s => s.Url).Distinct());
}
