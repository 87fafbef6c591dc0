using CsvHelper.Configuration.Attributes;

namespace TradeTracker.Web.Data.Seed;

// Rows of the shipped reference CSVs (columns as in docs/data-model.md, "Seed data").

internal sealed class EconomyRow
{
    [Name("code")] public string Code { get; set; } = "";
    [Name("name")] public string Name { get; set; } = "";
    [Name("time_zone")] public string TimeZone { get; set; } = "";
}

internal interface ISourcedRow
{
    string SourcePublisher { get; }
    string SourceTitle { get; }
    string SourceUrl { get; }
}

internal sealed class MeasureRow : ISourcedRow
{
    [Name("id")] public string Id { get; set; } = "";
    [Name("imposing_economy")] public string Imposer { get; set; } = "";
    [Name("target_economy")] public string Target { get; set; } = "";
    [Name("measure_name")] public string Name { get; set; } = "";
    [Name("legal_basis")] public string LegalBasis { get; set; } = "";
    [Name("product_scope")] public string ProductScope { get; set; } = "";
    [Name("rate_percent")] public string Rate { get; set; } = "";
    [Name("effective_date")] public string EffectiveDate { get; set; } = "";
    [Name("end_date")] public string EndDate { get; set; } = "";
    [Name("announced_date")] public string AnnouncedDate { get; set; } = "";
    [Name("status")] public string Status { get; set; } = "";
    [Name("source_publisher")] public string SourcePublisher { get; set; } = "";
    [Name("source_title")] public string SourceTitle { get; set; } = "";
    [Name("source_url")] public string SourceUrl { get; set; } = "";
    [Name("confidence")] public string Confidence { get; set; } = "";
    [Name("notes")] public string Notes { get; set; } = "";
}

internal sealed class EventRow : ISourcedRow
{
    [Name("id")] public string Id { get; set; } = "";
    [Name("date")] public string Date { get; set; } = "";
    [Name("end_date")] public string EndDate { get; set; } = "";
    [Name("kind")] public string Kind { get; set; } = "";
    [Name("title")] public string Title { get; set; } = "";
    [Name("location")] public string Location { get; set; } = "";
    [Name("participants")] public string Participants { get; set; } = "";
    [Name("summary")] public string Summary { get; set; } = "";
    [Name("source_publisher")] public string SourcePublisher { get; set; } = "";
    [Name("source_title")] public string SourceTitle { get; set; } = "";
    [Name("source_url")] public string SourceUrl { get; set; } = "";
    [Name("confidence")] public string Confidence { get; set; } = "";
}

internal sealed class DeadlineRow : ISourcedRow
{
    [Name("id")] public string Id { get; set; } = "";
    [Name("due")] public string Due { get; set; } = "";
    [Name("title")] public string Title { get; set; } = "";
    [Name("what_happens")] public string WhatHappens { get; set; } = "";
    [Name("status")] public string Status { get; set; } = "";
    [Name("extended_to")] public string ExtendedTo { get; set; } = "";
    [Name("source_publisher")] public string SourcePublisher { get; set; } = "";
    [Name("source_title")] public string SourceTitle { get; set; } = "";
    [Name("source_url")] public string SourceUrl { get; set; } = "";
    [Name("confidence")] public string Confidence { get; set; } = "";
}

// measure-groups.json: how reference rate rows group into measures.
internal sealed record MeasureGroups(List<MeasureGroup> Measures);

internal sealed record MeasureGroup(
    string Key,
    string Imposer,
    string? Target,
    string Name,
    string Coverage,
    string Combination,
    List<string> Steps,
    List<string>? HsPrefixes,
    List<string>? Affects,
    Dictionary<string, string>? ClockTimes,
    Dictionary<string, string>? UntilOverrides,
    List<string>? ProductLists = null);

// curated.json: the seed news report's facts the reference rows do not carry, the review day of the reference data,
// invalidations, and the deadlines' announcement and outcome days.
internal sealed record CuratedData(
    List<CuratedSource> Sources,
    List<CuratedEvent> Events,
    List<CuratedDisagreement> Disagreements,
    CuratedFeatured FeaturedDeadline,
    List<CuratedExtension> Extensions,
    List<CuratedEventLink> EventLinks,
    DateOnly? ReviewedOn,
    List<CuratedInvalidation> Invalidations,
    Dictionary<string, string>? DeadlineAnnouncedAt,
    Dictionary<string, DateOnly>? DeadlineOutcomeDecidedOn,
    Dictionary<string, CuratedDeadlineText>? DeadlineTexts);

/// <summary>A reference deadline's <c>what_happens</c> split into what was due and what happened (the outcome, shown
/// only once decided: on <paramref name="DecidedOn"/>, else once the deadline passed).</summary>
internal sealed record CuratedDeadlineText(string Due, string Happened, DateOnly? DecidedOn);

internal sealed record CuratedSource(string Key, string Publisher, string Title, string Url, DateOnly? PublishedOn);

internal sealed record CuratedEvent(
    string ReferenceId, DateOnly Date, string Kind, string Title, string Location, string Participants, string Summary,
    List<string> SourceKeys, List<string>? DeadlineRefs);

internal sealed record CuratedDisagreement(string EventRef, string Claim, string ClaimSourceKey, string CounterClaim, string CounterSourceRef);

internal sealed record CuratedFeatured(string ReferenceId, string Title, string WhatHappens, string Outcome);

internal sealed record CuratedExtension(string DeadlineRef, DateOnly DecidedOn, string? NewDue, string? SourceRef, string? EventRef);

internal sealed record CuratedEventLink(string EventRef, List<string>? MeasureKeys, List<string>? DeadlineRefs);

/// <summary>Measures a court held void: set on those whose shipped status is invalidated.</summary>
internal sealed record CuratedInvalidation(string EventRef, DateOnly InvalidatedOn, string InvalidatedBy, string Note, List<string> MeasureKeys);
