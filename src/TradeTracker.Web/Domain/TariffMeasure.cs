namespace TradeTracker.Web.Domain;

public enum Coverage
{
    /// <summary>All (or most) goods: the measure is part of the headline bilateral rate.</summary>
    AllGoods,

    /// <summary>Listed products only: a layer beside the headline rate.</summary>
    ListedProducts,
}

public enum Combination
{
    /// <summary>Adds to the other layers.</summary>
    Adds,

    /// <summary>Replaces the named earlier measures on the products it covers.</summary>
    Replaces,

    /// <summary>An exception: removes the named measures for the products it lists.</summary>
    Excepts,
}

public enum MeasureStatus
{
    /// <summary>Threatened or announced but not adopted. Never counted.</summary>
    Threatened,

    /// <summary>Adopted, in force from a future date.</summary>
    Scheduled,
    InEffect,
    Suspended,
    Ended,

    /// <summary>Announced and then cancelled or superseded before it took effect. Never counted.</summary>
    NeverApplied,

    /// <summary>In force and collected, then held void by a court: it counts up to the instant collection stopped (its
    /// last step's end), and never after.</summary>
    Invalidated,
}

/// <summary>One tariff measure: who imposes it on whom, on what, and how it combines with the other layers.</summary>
public sealed class TariffMeasure : EditableEntity
{
    /// <summary>Stable external key (seeded measures: e.g. <c>USA-CHN-S301-L3</c>).</summary>
    public string Key { get; set; } = "";
    public string ImposingEconomyCode { get; set; } = "";

    /// <summary>The target economy; null for a global measure that applies to all partners.</summary>
    public string? TargetEconomyCode { get; set; }

    /// <summary>Partners a global measure does not apply to.</summary>
    public List<string> ExemptedEconomyCodes { get; set; } = [];
    public string Name { get; set; } = "";
    public string LegalBasis { get; set; } = "";
    public Coverage Coverage { get; set; }
    public string? ProductDescription { get; set; }

    /// <summary>HS code prefixes (digits only) of the products a listed-products measure covers.</summary>
    public List<string> HsPrefixes { get; set; } = [];
    public Combination Combination { get; set; }
    public MeasureStatus Status { get; set; }
    public Confidence Confidence { get; set; }
    public string? Notes { get; set; }

    /// <summary>Keys of the shipped HS line lists (<see cref="ProductLine.ListKey"/>) that say which products a
    /// listed-products measure covers, beside or instead of <see cref="HsPrefixes"/>.</summary>
    public List<string> ProductLists { get; set; } = [];

    /// <summary>The day the measure's facts were last checked against its sources (the reference data's review day for
    /// seeded rows, the day of an editor's save).</summary>
    public DateOnly? ReviewedOn { get; set; }

    /// <summary>Day of the ruling that held the measure void (status <see cref="MeasureStatus.Invalidated"/>).</summary>
    public DateOnly? InvalidatedOn { get; set; }

    /// <summary>Who held it void, as it reads after "invalidated by": "the Supreme Court".</summary>
    public string? InvalidatedBy { get; set; }

    /// <summary>The court-ruling event, when the tracker has it (a plain id: the event's page links it).</summary>
    public int? InvalidatedByEventId { get; set; }

    /// <summary>What follows from the ruling, as it reads after the date: "duties paid refundable".</summary>
    public string? InvalidationNote { get; set; }

    /// <summary>The measures this one replaces or excepts (per <see cref="Combination"/>).</summary>
    public List<TariffMeasure> AffectedMeasures { get; set; } = [];
    public List<RateStep> Steps { get; set; } = [];
    public List<Source> Sources { get; set; } = [];

    /// <summary>"Invalidated by the Supreme Court, February 20, 2026; duties paid refundable", for an invalidated measure;
    /// else null. Every place that shows the measure shows this.</summary>
    public string? InvalidationText => Status != MeasureStatus.Invalidated
        ? null
        : "Invalidated by " + (InvalidatedBy ?? "a court")
          + (InvalidatedOn is { } on ? ", " + ZonedTime.FormatDate(on) : "")
          + (string.IsNullOrWhiteSpace(InvalidationNote) ? "" : "; " + InvalidationNote);

    /// <summary><see cref="InvalidationText"/> as a view shows it: in the legal view always (what applied then, as known
    /// now: the duties were later held void and are refundable); as known then, only once the ruling had been made (its day
    /// on the clock of <paramref name="zone"/>).</summary>
    public string? InvalidationTextIn(AsOf view, string zone) =>
        !view.KnownThen || (InvalidatedOn is { } on && on <= ZonedTime.LocalDate(view.At, zone)) ? InvalidationText : null;

    /// <summary>Whether any step of this measure can ever count towards a rate.</summary>
    public bool CanApply => Status is not (MeasureStatus.Threatened or MeasureStatus.NeverApplied);
}

/// <summary>One step of a measure's rate schedule, in force over [<see cref="InForceFrom"/>, <see cref="InForceUntil"/>).</summary>
public sealed class RateStep : EditableEntity
{
    public int TariffMeasureId { get; set; }
    public TariffMeasure? Measure { get; set; }

    /// <summary>Id of the reference row the step came from (e.g. M037), for tracing.</summary>
    public string? ReferenceId { get; set; }

    /// <summary>The instrument this step rests on (a proclamation, an executive order, a notice), where it differs by step;
    /// null: the measure's <see cref="TariffMeasure.LegalBasis"/>.</summary>
    public string? LegalBasis { get; set; }

    /// <summary>The legal basis to show for this step: its own, else its measure's.</summary>
    public string LegalBasisOr(TariffMeasure measure) => string.IsNullOrWhiteSpace(LegalBasis) ? measure.LegalBasis : LegalBasis;

    /// <summary>Ad valorem percent; null where the duty is not ad valorem (a port fee per ton), which is never summed.</summary>
    public decimal? RatePercent { get; set; }

    /// <summary>Instant (UTC) the step took effect; null for a step that never applied.</summary>
    public DateTimeOffset? InForceFrom { get; set; }

    /// <summary>Instant (UTC) the step stopped applying (exclusive); null while open.</summary>
    public DateTimeOffset? InForceUntil { get; set; }

    /// <summary>IANA zone the instants were declared in.</summary>
    public string TimeZoneId { get; set; } = "America/New_York";
    public DateOnly? AnnouncedOn { get; set; }

    /// <summary>Announced but cancelled or superseded before it took effect: on the timeline as a threat, in no sum.</summary>
    public bool NeverApplied { get; set; }
    public string? Notes { get; set; }

    /// <summary>Day the step sits on the timeline: its first day in force in its zone, else the day it was announced.</summary>
    public DateOnly TimelineDate { get; set; }
    public List<Source> Sources { get; set; } = [];

    /// <summary>Whether the step was known at an instant: announced by that day (in its zone), or, with no announcement
    /// date, in force by then. Views of the past hide later steps.</summary>
    public bool IsKnownAt(DateTimeOffset instant) =>
        AnnouncedOn is { } announced ? announced <= ZonedTime.LocalDate(instant, TimeZoneId) : InForceFrom is { } from && from <= instant;

    public bool IsInForceAt(DateTimeOffset instant) =>
        Counts && InForceFrom <= instant && (InForceUntil is not { } until || instant < until);

    /// <summary>Whether the step counts towards a rate over some span of time: not withdrawn before it took effect, with a
    /// start, and ad valorem. Only these are ever in force (<see cref="IsInForceAt"/>).</summary>
    public bool Counts => !NeverApplied && RatePercent is not null && InForceFrom is not null;

    /// <summary>Highest ad valorem rate a step may have, in percent.</summary>
    public const decimal MaxRate = 1000m;

    /// <summary>Longest note, in characters.</summary>
    public const int MaxNotesLength = 4000;

    /// <summary>Whether the step applied over some time: not withdrawn before it took effect, and with a start.</summary>
    public bool Applied => !NeverApplied && InForceFrom is not null;

    /// <summary>Whether both steps applied over some common instant.</summary>
    public bool Overlaps(RateStep other) =>
        Applied && other.Applied
        && InForceFrom < (other.InForceUntil ?? DateTimeOffset.MaxValue)
        && other.InForceFrom < (InForceUntil ?? DateTimeOffset.MaxValue);

    /// <summary>Every rule this step breaks, each keyed by its property: the rate (0 to <see cref="MaxRate"/>, at most 4
    /// decimals, or none only for a duty described in the notes), the dates (a start unless it never applied, none if it
    /// never applied, an end after the start, an announcement day for a never-applied step), the zone, and every applied
    /// step among <paramref name="siblings"/> (the measure's other steps) it overlaps, not only the first. The admin
    /// form, the API, the import and the seeder all check a step here.</summary>
    public IReadOnlyList<RuleProblem> Validate(IEnumerable<RateStep> siblings)
    {
        var problems = new List<RuleProblem>();
        void Add(string field, string message) => problems.Add(new RuleProblem(field, message));

        if (RatePercent is { } rate)
        {
            if (rate is < 0 or > MaxRate)
            {
                Add(nameof(RatePercent), $"Rate must be between 0 and {MaxRate} percent (got {rate}).");
            }
            else if (decimal.Round(rate, 4) != rate)
            {
                Add(nameof(RatePercent), "Rate may have at most 4 decimal places (e.g. 7.5 or 2.5).");
            }
        }
        else if (string.IsNullOrWhiteSpace(Notes))
        {
            Add(nameof(RatePercent), "Rate is required (0 to 1000 percent). For a duty that is not ad valorem, leave it empty and describe the duty in Notes.");
        }

        var zoneKnown = ZonedTime.IsKnownZone(TimeZoneId);
        if (!zoneKnown)
        {
            Add(nameof(TimeZoneId), $"'{TimeZoneId}' is not a known IANA time zone; use one such as America/New_York or Asia/Shanghai.");
        }

        if (Notes is { Length: > MaxNotesLength })
        {
            Add(nameof(Notes), $"Notes must be at most {MaxNotesLength} characters (it has {Notes.Length}).");
        }

        if (NeverApplied)
        {
            if (InForceFrom is not null || InForceUntil is not null)
            {
                Add(nameof(InForceFrom), "A rate that never applied has no in-force dates: leave them empty and put the planned date in Notes.");
            }
            else if (AnnouncedOn is null)
            {
                Add(nameof(AnnouncedOn), "Give the date a never-applied rate was announced, so it can sit on the timeline.");
            }

            return problems;
        }

        if (InForceFrom is not { } from)
        {
            Add(nameof(InForceFrom), "Give the date the rate took effect, or tick 'never applied' for a rate that was only announced.");
            if (InForceUntil is not null)
            {
                Add(nameof(InForceUntil), "An end needs a start: give the date the rate took effect.");
            }

            return problems;
        }

        if (InForceUntil is { } until && until <= from)
        {
            Add(nameof(InForceUntil), "The end must come after the start.");
            return problems;
        }

        if (zoneKnown)
        {
            problems.AddRange(OverlapProblems(siblings));
        }

        return problems;
    }

    /// <summary>One problem for each step among <paramref name="siblings"/> (itself excepted) this step overlaps, in
    /// the order they start.</summary>
    public IEnumerable<RuleProblem> OverlapProblems(IEnumerable<RateStep> siblings) =>
        siblings.Where(s => (Id == 0 || s.Id != Id) && Overlaps(s)).OrderBy(s => s.InForceFrom).Select(clash =>
        {
            var clashUntil = clash.InForceUntil is { } cu ? $" until {ZonedTime.Format(cu, clash.TimeZoneId)}" : " with no end";
            var clashRate = clash.RatePercent is { } r ? $"{r:0.####}%" : "not ad valorem";
            return new RuleProblem(nameof(InForceFrom),
                $"This overlaps the {clashRate} step in force from {ZonedTime.Format(clash.InForceFrom!.Value, clash.TimeZoneId)}{clashUntil}. End that step first, or change the dates.");
        });
}
