using TradeTracker.Web.Domain;

namespace TradeTracker.UnitTests.Domain;

public sealed class ProductRateTests : MeasureBuilder
{
    [Theory]
    [InlineData("8517.13", "851713")]
    [InlineData("851713", "851713")]
    [InlineData("8517.13.00", "851713")]
    [InlineData("8517 13 00 00", "851713")]
    [InlineData("7208", "7208")]
    [InlineData("72", "72")]
    [InlineData("3818.00.00", "3818")]
    [InlineData("8517.10", "851710")]
    public void TryNormalize_CodeWithOrWithoutDots_GivesDigitsWithoutTrailingZeroPairs(string text, string digits)
    {
        Assert.True(HsCode.TryNormalize(text, out var result, out var error), error);
        Assert.Equal(digits, result);
    }

    [Theory]
    [InlineData("")]
    [InlineData("7")]
    [InlineData("12345678901")]
    [InlineData("85a7")]
    [InlineData("steel")]
    public void TryNormalize_NotTwoToTenDigits_ExplainsTheRule(string text)
    {
        Assert.False(HsCode.TryNormalize(text, out _, out var error));
        Assert.Contains("2 to 10 digits", error);
    }

    [Fact]
    public void For_ListedProductCoveringTheCode_AddsToTheHeadlineLayers()
    {
        var fentanyl = Measure("IEEPA fentanyl", steps: [Step(20m, April9)]);
        var steel = Measure("Section 232 steel", target: null, coverage: Coverage.ListedProducts, hs: ["72", "73"], steps: [Step(50m, April9)]);

        var product = Rate([fentanyl, steel], "7208");

        Assert.Equal(70m, product.TotalPercent);
        Assert.All(product.Layers, l => Assert.Equal(LayerRole.Adds, l.Role));
    }

    [Fact]
    public void For_PrefixNotCoveringTheCode_LeavesTheHeadline()
    {
        var fentanyl = Measure("IEEPA fentanyl", steps: [Step(20m, April9)]);
        var aluminum = Measure("Section 232 aluminum", target: null, coverage: Coverage.ListedProducts, hs: ["76"], steps: [Step(50m, April9)]);

        var product = Rate([fentanyl, aluminum], "7208");

        Assert.Equal(20m, product.TotalPercent);
        Assert.DoesNotContain(product.Layers, l => l.Layer.Measure == aluminum);
    }

    [Fact]
    public void For_MeasureReplacingAnotherOnTheProduct_CountsOnlyTheReplacement()
    {
        var list1 = Measure("Section 301 List 1", coverage: Coverage.ListedProducts, hs: ["8703"], steps: [Step(25m, April9)]);
        var ev = Measure("Four-year review: EVs", coverage: Coverage.ListedProducts, combination: Combination.Replaces, hs: ["870380"], steps: [Step(100m, April9)]);
        ev.AffectedMeasures = [list1];

        var product = Rate([list1, ev], "8703.80");

        Assert.Equal(100m, product.TotalPercent);
        var replaced = Assert.Single(product.Layers, l => l.Role == LayerRole.Replaced);
        Assert.Same(list1, replaced.Layer.Measure);
        Assert.Same(ev, replaced.By);
    }

    [Fact]
    public void For_ReplacementNotCoveringTheProduct_LeavesTheOlderLayer()
    {
        var list1 = Measure("Section 301 List 1", coverage: Coverage.ListedProducts, hs: ["87"], steps: [Step(25m, April9)]);
        var ev = Measure("Four-year review: EVs", coverage: Coverage.ListedProducts, combination: Combination.Replaces, hs: ["870380"], steps: [Step(100m, April9)]);
        ev.AffectedMeasures = [list1];

        Assert.Equal(25m, Rate([list1, ev], "8704").TotalPercent);
    }

    [Fact]
    public void For_ExceptionListingTheProduct_RemovesTheReciprocalLayer()
    {
        var fentanyl = Measure("IEEPA fentanyl", steps: [Step(20m, April9)]);
        var reciprocal = Measure("IEEPA reciprocal", steps: [Step(125m, April10)]);
        var electronics = Measure("Electronics exception", coverage: Coverage.ListedProducts, combination: Combination.Excepts, hs: ["85171300"], steps: [Step(0m, April9)]);
        electronics.AffectedMeasures = [reciprocal];

        var product = Rate([fentanyl, reciprocal, electronics], "8517.13", April10);

        Assert.Equal(20m, product.TotalPercent);
        var removed = Assert.Single(product.Layers, l => l.Role == LayerRole.Excepted);
        Assert.Same(reciprocal, removed.Layer.Measure);
        Assert.Same(electronics, removed.By);
    }

    [Fact]
    public void For_NeverAppliedMeasureCoveringTheProduct_IsNeverCounted()
    {
        var fentanyl = Measure("IEEPA fentanyl", steps: [Step(20m, April9)]);
        var list4b = Measure("List 4B", coverage: Coverage.ListedProducts, status: MeasureStatus.NeverApplied, hs: ["8517"], steps: [Step(15m, April9, neverApplied: true)]);

        var product = Rate([fentanyl, list4b], "851713");

        Assert.Equal(20m, product.TotalPercent);
        Assert.DoesNotContain(product.Layers, l => l.Layer.Measure == list4b);
    }

    [Fact]
    public void For_ListedMeasureWithoutHsCodes_IsShownAsUnknownAndNotCounted()
    {
        var fentanyl = Measure("IEEPA fentanyl", steps: [Step(20m, April9)]);
        var list3 = Measure("Section 301 List 3", coverage: Coverage.ListedProducts, steps: [Step(25m, April9)]);

        var product = Rate([fentanyl, list3], "9403");

        Assert.Equal(20m, product.TotalPercent);
        Assert.Equal(LayerRole.CoverageUnknown, Assert.Single(product.Layers, l => l.Layer.Measure == list3).Role);
    }

    [Theory]
    [InlineData("94036040", "940360", true)]
    [InlineData("8517", "8517130020", true)]
    [InlineData("85171300", "851713", true)]
    [InlineData("870380", "8704", false)]
    [InlineData("9403", "9401", false)]
    public void Matches_EitherIsAPrefixOfTheOther_MatchesOtherwiseNot(string line, string digits, bool matches) =>
        Assert.Equal(matches, HsCode.Matches(line, digits));

    [Theory]
    [InlineData("94036040", "9403.60.40")]
    [InlineData("8517130020", "8517.13.00.20")]
    [InlineData("940360", "9403.60")]
    [InlineData("7208", "7208")]
    public void Format_Digits_WritesThemAsTariffSchedulesDo(string digits, string text) => Assert.Equal(text, HsCode.Format(digits));

    [Fact]
    public void PrefixesOf_TenDigitCode_IncludesTheEightDigitLineWithZeroPairs()
    {
        var prefixes = HsCode.PrefixesOf("8517130020");

        Assert.Contains("85171300", prefixes);
        Assert.Contains("8517", prefixes);
        Assert.Contains("85170000", prefixes);
        Assert.DoesNotContain("85171400", prefixes);
    }

    [Fact]
    public void For_ShortCodeOverListedLines_CountsTheListAndSaysWhichLinesItCovers()
    {
        var fentanyl = Measure("IEEPA fentanyl", steps: [Step(20m, April9)]);
        var list3 = Measure("Section 301 List 3", coverage: Coverage.ListedProducts, steps: [Step(25m, April9)]);
        list3.ProductLists = ["301:3"];
        list3.ProductDescription = "List 3 products";

        var product = Rate([fentanyl, list3], "9403.60", lines: [Line("301:3", "94036040"), Line("301:3", "94036080"), Line("301:4B", "94036080")]);

        Assert.Equal(45m, product.TotalPercent);
        var layer = Assert.Single(product.Layers, l => l.Layer.Measure == list3);
        Assert.Equal(LayerRole.Adds, layer.Role);
        Assert.Equal("covers 9403.60.40 and 9403.60.80 under 9403.60", layer.LinesText(product.HsDigits));
        Assert.Equal(["List 3 products"], product.Descriptions);
    }

    [Fact]
    public void For_ManyLinesUnderAShortCode_ListsAFewAndCountsTheRest()
    {
        var list1 = Measure("Section 301 List 1", coverage: Coverage.ListedProducts, steps: [Step(25m, April9)]);
        list1.ProductLists = ["301:1"];
        var lines = Enumerable.Range(10, 8).Select(i => Line("301:1", $"847100{i}")).ToList();

        var layer = Assert.Single(Rate([list1], "8471", lines: lines).Layers);

        Assert.Equal(8, layer.LineCount);
        Assert.Equal(ProductRate.LinesShown, layer.Lines!.Count);
        Assert.Equal("covers 8471.00.10, 8471.00.11, 8471.00.12, 8471.00.13, 8471.00.14 and 3 more lines under 8471", layer.LinesText("8471"));
    }

    [Fact]
    public void For_CodeMoreSpecificThanTheListedLine_CoversItWhole()
    {
        var list4a = Measure("Section 301 List 4A", coverage: Coverage.ListedProducts, steps: [Step(7.5m, April9)]);
        list4a.ProductLists = ["301:4A"];

        var layer = Assert.Single(Rate([list4a], "8517.13.00.20", lines: [Line("301:4A", "85171300")]).Layers);

        Assert.Equal(LayerRole.Adds, layer.Role);
        Assert.Null(layer.LinesText("8517130020"));
    }

    [Fact]
    public void For_ListWithoutALineForTheCode_LeavesTheHeadline()
    {
        var fentanyl = Measure("IEEPA fentanyl", steps: [Step(20m, April9)]);
        var list1 = Measure("Section 301 List 1", coverage: Coverage.ListedProducts, steps: [Step(25m, April9)]);
        list1.ProductLists = ["301:1"];

        var product = Rate([fentanyl, list1], "9403.60", lines: [Line("301:3", "94036040")]);

        Assert.Equal(20m, product.TotalPercent);
        Assert.DoesNotContain(product.Layers, l => l.Layer.Measure == list1);
    }

    [Fact]
    public void For_ListedMeasureWithoutLineData_SaysWhyItIsNotCounted()
    {
        var retaliation = Measure("Retaliation against List 1", imposer: "CHN", target: "USA", coverage: Coverage.ListedProducts, steps: [Step(25m, April9)]);

        var product = ProductRate.For(RateCalculator.Compute("CHN", "USA", June9, [retaliation]), "1201", []);

        Assert.Equal(LayerRole.CoverageUnknown, Assert.Single(product.Layers).Role);
        Assert.Equal("line list not in the tracker's data", ProductRate.CoverageUnknownReason);
    }

    private static ProductLine Line(string list, string digits) => new() { ListKey = list, Digits = digits };

    private static ProductRate Rate(TariffMeasure[] measures, string hs, DateTimeOffset? at = null, IReadOnlyCollection<ProductLine>? lines = null)
    {
        Assert.True(HsCode.TryNormalize(hs, out var digits, out _));
        return ProductRate.For(RateCalculator.Compute("USA", "CHN", at ?? June9, measures), digits, lines ?? []);
    }
}
