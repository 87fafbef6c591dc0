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
}
