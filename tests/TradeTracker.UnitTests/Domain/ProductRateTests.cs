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

    private static ProductRate Rate(TariffMeasure[] measures, string hs, DateTimeOffset? at = null)
    {
        Assert.True(HsCode.TryNormalize(hs, out var digits, out _));
        return ProductRate.For(RateCalculator.Compute("USA", "CHN", at ?? June9, measures), digits);
    }
}
