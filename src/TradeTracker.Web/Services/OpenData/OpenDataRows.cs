using TradeTracker.Web.Domain;

namespace TradeTracker.Web.Services.OpenData;

/// <summary>A source as the read API cites it.</summary>
public sealed record SourceLink(string Publisher, string Title, string Url)
{
    public static IReadOnlyList<SourceLink> Of(IEnumerable<Source> sources) =>
        Source.InCitedOrder(sources).Select(s => new SourceLink(s.Publisher, s.Title, s.Url)).ToList();
}

public sealed record EconomyRow(string Code, string Name, string TimeZone)
{
    public static EconomyRow Of(Economy e) => new(e.Code, e.Name, e.TimeZoneId);
}

/// <summary>One timeline entry: an event, or a rate step of a measure (<c>type</c> RateChange); <c>confidence</c> is the
/// event's (or the step's measure's), and <c>disagreements</c> the facts the event's sources disagree on.</summary>
public sealed record TimelineRow(
    TimelineEntryType Type, int Id, DateOnly Date, DateOnly? EndDate, string Label, string Title, string Detail, string? Location,
    decimal? RatePercent, bool NeverApplied, string? Imposer, string? Target, IReadOnlyList<SourceLink> Sources,
    Confidence Confidence, IReadOnlyList<DisagreementRow> Disagreements)
{
    public static TimelineRow Of(TimelineEntry e) => new(
        e.Type, e.Id, e.Date, e.EndDate, e.Label, e.Title, e.Detail, e.Location, e.RatePercent, e.NeverApplied, e.ImposerCode, e.TargetCode,
        SourceLink.Of(e.Sources), e.Confidence, e.Disagreements.Select(DisagreementRow.Of).ToList());
}

/// <summary>A fact two sources disagree on: the claim and its source, the counter-claim and its source.</summary>
public sealed record DisagreementRow(string Claim, SourceLink? ClaimSource, string CounterClaim, SourceLink? CounterSource)
{
    public static DisagreementRow Of(Disagreement d) => new(d.Claim, Link(d.ClaimSource), d.CounterClaim, Link(d.CounterSource));

    private static SourceLink? Link(Source? s) => s is null ? null : new SourceLink(s.Publisher, s.Title, s.Url);
}

/// <summary>One step of a measure's schedule: instants in UTC, and on the wall clock of the zone they were declared in.</summary>
public sealed record RateStepRow(
    int Id, decimal? RatePercent, DateTimeOffset? InForceFrom, DateTimeOffset? InForceUntil, string TimeZone,
    string? InForceFromLocal, string? InForceUntilLocal, DateOnly? AnnouncedOn, bool NeverApplied, bool InForceAtAsOf, string? Notes,
    IReadOnlyList<SourceLink> Sources);

/// <summary>A measure with its schedule; <c>status</c> is its status at asOf (from its steps; null when it had not been
/// announced by then) and <c>ratePercentAsOf</c> its step in force at asOf (null when none counts). <c>invalidation</c>
/// ("Invalidated by the Supreme Court, February 20, 2026; duties paid refundable") and <c>invalidatedByEventId</c> (the
/// ruling's event) are set for an invalidated measure once the ruling was made at asOf.</summary>
public sealed record MeasureRow(
    int Id, string Key, string Name, string Imposer, string? Target, IReadOnlyList<string> ExemptedEconomies, string LegalBasis,
    Coverage Coverage, string? ProductDescription, IReadOnlyList<string> HsPrefixes, Combination Combination, MeasureStatus? Status,
    string? Invalidation, int? InvalidatedByEventId,
    Confidence Confidence, string? Notes, decimal? RatePercentAsOf, IReadOnlyList<RateStepRow> Schedule, IReadOnlyList<SourceLink> Sources);

/// <summary>An extension of a deadline known at asOf.</summary>
public sealed record ExtensionRow(DateTimeOffset NewDueAt, string TimeZone, string NewDueLocal, DateOnly DecidedOn, string? Note, SourceLink? Source);

/// <summary>A deadline as it stood at asOf: the due instant then known, its state, and the extensions decided by then.
/// <c>recordedStatus</c>, <c>outcome</c> and <c>outcomeDecidedOn</c> are what had happened by asOf (pending and null
/// before the outcome was decided); deadlines announced after asOf are not listed.</summary>
public sealed record DeadlineRow(
    int Id, string Title, DeadlineState State, DateTimeOffset DueAt, string TimeZone, string DueLocal,
    DateTimeOffset OriginalDueAt, string OriginalTimeZone, string OriginalDueLocal, DeadlineStatus RecordedStatus, string? Outcome,
    string WhatHappens, bool IsFeatured, Confidence Confidence, IReadOnlyList<ExtensionRow> Extensions, IReadOnlyList<SourceLink> Sources,
    DateTimeOffset? AnnouncedAt, DateOnly? OutcomeDecidedOn);

/// <summary>Which deadlines: those still ahead at asOf, or those passed by then.</summary>
public enum DeadlineWhen
{
    Upcoming,
    Passed,
}

public sealed record MeasureFilter(string? Imposer = null, string? Target = null, MeasureStatus? Status = null);
