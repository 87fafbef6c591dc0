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

    /// <summary>Whether a listed prefix covers the code entirely (the code is the prefix or more specific).</summary>
    public static bool Covers(string prefix, string digits) => Trim(digits).StartsWith(Trim(prefix), StringComparison.Ordinal);

    /// <summary>Whether a listed line or prefix and a code are about the same goods: either is a prefix of the other
    /// (9403.60 matches the line 94036040; the line 8517 matches 8517.13.00.20).</summary>
    public static bool Matches(string line, string digits) => Covers(line, digits) || Covers(digits, line);

    /// <summary>The codes a stored line can be while being a prefix of <paramref name="digits"/> (its own prefixes, as
    /// typed and, from the heading on, with "00" pairs added up to ten digits), for an indexed lookup: <c>Digits IN (…)</c>.</summary>
    public static IReadOnlyList<string> PrefixesOf(string digits)
    {
        var prefixes = new List<string>();
        for (var length = 2; length <= digits.Length; length++)
        {
            var prefix = digits[..length];
            prefixes.Add(prefix);
            for (var padded = prefix + "00"; length >= 4 && length % 2 == 0 && padded.Length <= 10; padded += "00")
            {
                prefixes.Add(padded);
            }
        }

        return prefixes;
    }

    /// <summary>Digits written the way tariff schedules write them: 94036040 as 9403.60.40.</summary>
    public static string Format(string digits) =>
        digits.Length <= 4 ? digits : digits[..4] + string.Concat(digits[4..].Chunk(2).Select(pair => "." + new string(pair)));

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

    /// <summary>A listed-products measure in force whose product lines the tracker does not have (neither HS prefixes nor
    /// a shipped line list): it may apply, and is not counted.</summary>
    CoverageUnknown,
}

/// <summary>One layer of a product's rate and what it does: counts, or was taken out by <paramref name="By"/>. For a
/// listed-products layer, <paramref name="Lines"/> are the listed lines more specific than the code asked about that it
/// covers (at most <see cref="ProductRate.LinesShown"/>; <paramref name="LineCount"/> says how many there are): a short
/// code may be only partly covered.</summary>
public sealed record ProductLayer(RateLayer Layer, LayerRole Role, TariffMeasure? By = null, IReadOnlyList<string>? Lines = null, int LineCount = 0)
{
    /// <summary>"covers 9403.60.40 and 9403.60.80 under 9403.60", or null when the layer covers the code as a whole.</summary>
    public string? LinesText(string hsDigits)
    {
        if (Lines is not { Count: > 0 } lines)
        {
            return null;
        }

        var shown = lines.Select(HsCode.Format).ToList();
        var more = LineCount - shown.Count;
        var list = more > 0
            ? $"{string.Join(", ", shown)} and {more} more {(more == 1 ? "line" : "lines")}"
            : shown.Count == 1 ? shown[0] : $"{string.Join(", ", shown[..^1])} and {shown[^1]}";
        return $"covers {list} under {HsCode.Format(hsDigits)}";
    }
}

/// <summary>The rate one economy charged another on one product (an HS code) at an instant, layer by layer, with what the
/// covering measures say the product is.</summary>
public sealed record ProductRate(string HsDigits, AsOf AsOf, decimal TotalPercent, IReadOnlyList<ProductLayer> Layers, IReadOnlyList<string> Descriptions)
{
    /// <summary>Lines listed per layer; the rest are counted.</summary>
    public const int LinesShown = 5;

    /// <summary>Why a listed-products layer may apply and is not counted.</summary>
    public const string CoverageUnknownReason = "line list not in the tracker's data";

    public DateTimeOffset At => AsOf.At;

    /// <summary>Stacks the layers of a snapshot for one product: the headline layers, plus the listed-product layers that
    /// cover the code (an HS prefix of the measure or a line of one of its <see cref="TariffMeasure.ProductLists"/> matches
    /// it, <see cref="HsCode.Matches"/>); a covering measure that replaces or excepts others takes those out for this
    /// product. A listed-products layer with neither prefixes nor lists may apply and is not counted.</summary>
    /// <param name="lines">The shipped lines matching the code (any others are ignored).</param>
    public static ProductRate For(RateSnapshot snapshot, string hsDigits, IReadOnlyCollection<ProductLine> lines)
    {
        var covering = snapshot.ProductLayers
            .Select(l => (Layer: l, Lines: CoveredLines(l.Measure, hsDigits, lines)))
            .Where(x => x.Lines is not null)
            .ToList();
        var takenOut = covering
            .Where(x => x.Layer.Measure.Combination is Combination.Replaces or Combination.Excepts)
            .SelectMany(x => x.Layer.Measure.AffectedMeasures.Select(a => (a.Id, By: x.Layer.Measure)))
            .GroupBy(x => x.Id)
            .ToDictionary(g => g.Key, g => g.First().By);

        var layers = snapshot.HeadlineLayers.Select(l => (Layer: l, Lines: (List<string>?)[]))
            .Concat(covering)
            .Select(x =>
            {
                var (shown, count) = (x.Lines!.Take(LinesShown).ToList(), x.Lines!.Count);
                return takenOut.TryGetValue(x.Layer.Measure.Id, out var by)
                    ? new ProductLayer(x.Layer, by.Combination == Combination.Excepts ? LayerRole.Excepted : LayerRole.Replaced, by, shown, count)
                    : new ProductLayer(x.Layer, LayerRole.Adds, null, shown, count);
            })
            .Concat(snapshot.ProductLayers
                .Where(l => l.Measure.HsPrefixes.Count == 0 && l.Measure.ProductLists.Count == 0)
                .Select(l => new ProductLayer(l, LayerRole.CoverageUnknown)))
            .ToList();
        var total = layers.Where(l => l.Role == LayerRole.Adds).Sum(l => l.Layer.Percent);
        var descriptions = covering
            .Select(x => x.Layer.Measure.ProductDescription)
            .OfType<string>()
            .Where(d => d.Length > 0)
            .Distinct()
            .ToList();
        return new ProductRate(hsDigits, snapshot.AsOf, total, layers, descriptions);
    }

    /// <summary>The lines of a measure more specific than the code that it covers (empty when it covers the code as a
    /// whole), or null when it does not cover the code.</summary>
    private static List<string>? CoveredLines(TariffMeasure measure, string hsDigits, IReadOnlyCollection<ProductLine> lines)
    {
        var matching = measure.HsPrefixes.Where(p => HsCode.Matches(p, hsDigits))
            .Concat(lines.Where(l => measure.ProductLists.Contains(l.ListKey) && HsCode.Matches(l.Digits, hsDigits)).Select(l => l.Digits))
            .Distinct()
            .ToList();
        if (matching.Count == 0)
        {
            return null;
        }

        return matching.Any(m => HsCode.Covers(m, hsDigits))
            ? []
            : matching.Order(StringComparer.Ordinal).ToList();
    }
}
