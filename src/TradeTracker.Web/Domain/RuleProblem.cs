namespace TradeTracker.Web.Domain;

/// <summary>A rule a row breaks, keyed by the entity property it concerns (<c>nameof(RateStep.InForceFrom)</c>), so an
/// editor can show it beside the field that holds the value and an import beside the column.</summary>
public sealed record RuleProblem(string Field, string Message);
