using TradeTracker.Web.Domain;

namespace TradeTracker.Web.Services;

/// <summary>Human labels for enum values shown in pages and exports.</summary>
public static class Labels
{
    public static string Of(EventKind kind) => kind switch
    {
        EventKind.NegotiationRound => "Negotiation round",
        EventKind.LeadersCall => "Leaders' call",
        EventKind.ExportControl => "Export control",
        EventKind.DataRelease => "Data release",
        EventKind.CourtRuling => "Court ruling",
        _ => kind.ToString(),
    };

    public static string Of(MeasureStatus status) => status switch
    {
        MeasureStatus.Threatened => "Threatened",
        MeasureStatus.InEffect => "In effect",
        MeasureStatus.NeverApplied => "Never applied",
        _ => status.ToString(),
    };

    public static string Of(SearchKind kind) => kind switch
    {
        SearchKind.Measure => "Tariff measure",
        _ => kind.ToString(),
    };

    public static string Of(DeadlineState state) => state switch
    {
        DeadlineState.AwaitingOutcome => "Passed, outcome not recorded",
        _ => state.ToString(),
    };

    public static string Of(Coverage coverage) => coverage == Coverage.AllGoods ? "All goods" : "Listed products";

    public static string Of(Combination combination) => combination switch
    {
        Combination.Adds => "Adds to other layers",
        Combination.Replaces => "Replaces earlier measures on its products",
        _ => "Exception: takes the named layers off its products",
    };

    /// <summary>What a layer does to a product's rate: "adds", "replaced by …", "removed by exception …".</summary>
    public static string Of(ProductLayer layer) => layer.Role switch
    {
        LayerRole.Adds => "adds",
        LayerRole.Replaced => $"replaced by {layer.By?.Name}",
        LayerRole.Excepted => $"removed by exception {layer.By?.Name}",
        _ => $"may apply, not counted: {ProductRate.CoverageUnknownReason}",
    };

    public static string Percent(decimal? value) => value is { } v ? $"{v:0.####}%" : "not ad valorem";

    // ---- Admin: history, changes and import (field labels for people) ----

    private static readonly Dictionary<string, string> FieldLabels = new(StringComparer.Ordinal)
    {
        ["RatePercent"] = "Rate",
        ["InForceFrom"] = "In force from",
        ["InForceUntil"] = "In force until",
        ["TimeZoneId"] = "Time zone",
        ["AnnouncedOn"] = "Announced on",
        ["AnnouncedAt"] = "Announced",
        ["NeverApplied"] = "Never applied",
        ["TimelineDate"] = "Date on the timeline",
        ["TariffMeasureId"] = "Measure",
        ["ReferenceId"] = "External id",
        ["LegalBasis"] = "Legal basis",
        ["ImposingEconomyCode"] = "Imposed by",
        ["TargetEconomyCode"] = "Imposed on",
        ["ExemptedEconomyCodes"] = "Exempted economies",
        ["HsPrefixes"] = "HS codes",
        ["ProductDescription"] = "Products covered",
        ["ProductLists"] = "Product lists",
        ["Combination"] = "How it combines",
        ["AffectedMeasures"] = "Measures it affects",
        ["ReviewedOn"] = "Last reviewed",
        ["InvalidatedOn"] = "Invalidated on",
        ["InvalidatedBy"] = "Invalidated by",
        ["InvalidatedByEventId"] = "Ruling that invalidated it",
        ["InvalidationNote"] = "Invalidation note",
        ["StartsOn"] = "Starts on",
        ["EndsOn"] = "Ends on",
        ["OriginalDueAt"] = "Originally due",
        ["WhatHappens"] = "What happens",
        ["OutcomeDecidedOn"] = "Outcome decided on",
        ["IsFeatured"] = "Featured",
        ["Extensions"] = "Extensions",
        ["Url"] = "Web address",
        ["PublishedOn"] = "Published on",
    };

    /// <summary>A recorded field as people read it ("In force until" for InForceUntil); a field without a label of its
    /// own is its name in words.</summary>
    public static string Field(string field) =>
        FieldLabels.TryGetValue(field, out var label)
            ? label
            : string.Concat(field.Select((c, i) => char.IsUpper(c) && i > 0 ? " " + char.ToLowerInvariant(c) : c.ToString()));

    /// <summary>The recorded fields whose values are enum names.</summary>
    public static readonly IReadOnlyList<string> EnumFields = ["Kind", "Status", "Coverage", "Combination", "Confidence"];

    /// <summary>A recorded text value for people: an ISO 8601 instant on <paramref name="zone"/>'s clock with the zone
    /// named, a yyyy-MM-dd date as people write dates, anything else as it is.</summary>
    public static string Recorded(string text, string zone)
    {
        if (text.Length >= 20 && text[10] == 'T'
            && DateTimeOffset.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.RoundtripKind, out var instant))
        {
            return ZonedTime.Format(instant, zone);
        }

        return text.Length == 10
            && DateOnly.TryParseExact(text, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var date)
            ? ZonedTime.FormatDate(date)
            : text;
    }

    /// <summary>A stored enum value in words: the label pages use where there is one, else the name in words
    /// ("NegotiationRound" is "Negotiation round").</summary>
    public static string EnumValue(string field, string value) => field switch
    {
        "Kind" when Enum.TryParse<EventKind>(value, out var kind) => Of(kind),
        "Status" when Enum.TryParse<MeasureStatus>(value, out var status) => Of(status),
        "Coverage" when Enum.TryParse<Coverage>(value, out var coverage) => Of(coverage),
        "Combination" when Enum.TryParse<Combination>(value, out var combination) => Of(combination),
        _ => Field(value),
    };
}
