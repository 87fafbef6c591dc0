using TradeTracker.Web.Domain;

namespace TradeTracker.Web.Components.Pages.Economies;

/// <summary>A pair's snapshot with both economies, for display.</summary>
public sealed record PairRate(RateSnapshot Snapshot, Economy Imposer, Economy Target);
