namespace TradeTracker.Web.Domain;

/// <summary>One tariff line (HS/HTS digits, 8 or 10) on a shipped product list, such as Section 301 List 3
/// (<c>301:3</c>) or the lines exempt from the reciprocal tariff (<c>reciprocal-annex-ii</c>). A measure names the lists
/// it covers in <see cref="TariffMeasure.ProductLists"/>.</summary>
public sealed class ProductLine
{
    public string ListKey { get; set; } = "";
    public string Digits { get; set; } = "";
}
