using TradeTracker.Web.Domain;

namespace TradeTracker.Web.Components.Pages.Economies;

/// <summary>A pair's rate (<see cref="RateAnswer"/>) with both economies, for display.</summary>
public sealed record PairRate(RateAnswer Answer, Economy Imposer, Economy Target);
