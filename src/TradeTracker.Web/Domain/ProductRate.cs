namespace TradeTracker.Web.Domain;

/// <summary>An HS code as digits: <c>8517.13</c>, <c>851713</c> and <c>8517.13.00</c> are the same product.</summary>
public static class HsCode
{
    public const string Rule = "an HS code of 2 to 10 digits, such as 7208, 8517.13 or 8517.13.00";

    /// <summary>Reads a code typed with or without dots, spaces or dashes; trailing "00" pairs past the four-digit heading
    /// mean "not subdivided" and are dropped, so 8517.13.00 is 851713.</summary>
    public static bool TryNormalize(string? text, out string digits, out string error)
    {
        digits = string.Concat((text ?? "").Where(c => c is not ('.' or ' ' or '-')));
        error = "";
        if (digits.Length is < 2 or > 10 || !digits.All(char.IsAsciiDigit))
        {
            error = $"'{text}' is not {Rule}.";
            digits = "";
            return false;
        }

        digits = Trim(digits);
        return true;
    }

    /// <summary>Whether a measure's listed prefix covers the code (the code is the prefix or more specific).</summary>
    public static bool Covers(string prefix, string digits) => digits.StartsWith(Trim(prefix), StringComparison.Ordinal);

    private static string Trim(string digits)
    {
        while (digits.Length > 4 && digits.EndsWith("00", StringComparison.Ordinal))
        {
            digits = digits[..^2];
        }

        return digits;
    }
}

public enum LayerRole
{
    /// <summary>Counts towards the product's total.</summary>
    Adds,

    /// <summary>Taken out by a measure that replaces it on this product.</summary>
    Replaced,

    /// <summary>Taken out by an exception listing this product.</summary>
    Excepted,

    /// <summary>A listed-products measure in force whose HS codes are not recorded: it may apply, and is not counted.</summary>
    CoverageUnknown,
}

/// <summary>One layer of a product's rate and what it does: counts, or was taken out by <paramref name="By"/>.</summary>
public sealed record ProductLayer(RateLayer Layer, LayerRole Role, TariffMeasure? By = null);

/// <summary>The rate one economy charged another on one product (an HS code) at an instant, layer by layer.</summary>
public sealed record ProductRate(string HsDigits, DateTimeOffset At, decimal TotalPercent, IReadOnlyList<ProductLayer> Layers)
{
    /// <summary>Stacks the layers of a snapshot for one product: the headline layers, plus the listed-product layers whose
    /// HS prefixes cover the code; a covering measure that replaces or excepts others takes those out for this product.</summary>
    public static ProductRate For(RateSnapshot snapshot, string hsDigits)
    {
        var covering = snapshot.ProductLayers
            .Where(l => l.Measure.HsPrefixes.Any(p => HsCode.Covers(p, hsDigits)))
            .ToList();
        var takenOut = covering
            .Where(l => l.Measure.Combination is Combination.Replaces or Combination.Excepts)
            .SelectMany(l => l.Measure.AffectedMeasures.Select(a => (a.Id, By: l.Measure)))
            .GroupBy(x => x.Id)
            .ToDictionary(g => g.Key, g => g.First().By);

        var layers = snapshot.HeadlineLayers.Concat(covering)
            .Select(l => takenOut.TryGetValue(l.Measure.Id, out var by)
                ? new ProductLayer(l, by.Combination == Combination.Excepts ? LayerRole.Excepted : LayerRole.Replaced, by)
                : new ProductLayer(l, LayerRole.Adds))
            .Concat(snapshot.ProductLayers
                .Where(l => l.Measure.HsPrefixes.Count == 0)
                .Select(l => new ProductLayer(l, LayerRole.CoverageUnknown)))
            .ToList();
        var total = layers.Where(l => l.Role == LayerRole.Adds).Sum(l => l.Layer.Percent);
        return new ProductRate(hsDigits, snapshot.At, total, layers);
    }
}
