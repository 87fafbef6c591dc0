using TradeTracker.Web.Domain;

namespace TradeTracker.UnitTests.Domain;

public sealed class RateHistoryTests : MeasureBuilder
{
    private static readonly DateTimeOffset Start = April9.AddDays(-60);

    [Fact]
    public void Compute_StepsBothWays_GivesAPointAtEveryChangeWithBothRates()
    {
        var fentanyl = Measure("IEEPA fentanyl", steps: [Step(20m, Start.AddDays(10))]);
        var reciprocal = Measure("IEEPA reciprocal", steps: [Step(84m, April9, April10), Step(125m, April10)]);
        var counter = Measure("Counter-reciprocal", imposer: "CHN", target: "USA", steps: [Step(84m, April10.AddHours(12), zone: Beijing)]);

        var points = RateHistory.Compute("USA", "CHN", [fentanyl, reciprocal], [counter], Start, June9, NewYork, AsOfMode.Legal);

        Assert.Equal(
            [(0m, 0m), (20m, 0m), (104m, 0m), (145m, 0m), (145m, 84m)],
            points.Select(p => (p.Forward, p.Backward)).ToList());
        Assert.Equal(April10, points[3].At);
        Assert.Contains("USA → CHN: IEEPA reciprocal 84% → 125%", points[3].Changes);
        Assert.Equal(Beijing, points[4].TimeZoneId);
        Assert.Contains("CHN → USA: Counter-reciprocal 84% starts", points[4].Changes);
    }

    [Fact]
    public void Compute_ChangesOutsideTheRangeOrNeverApplied_AddNoPoint()
    {
        var threat = Measure("Threatened 100%", status: MeasureStatus.NeverApplied, steps: [Step(100m, April9, neverApplied: true)]);
        var later = Measure("Later tariff", steps: [Step(10m, June9.AddDays(1))]);
        var products = Measure("Listed products", coverage: Coverage.ListedProducts, steps: [Step(25m, April9)]);

        var points = RateHistory.Compute("USA", "CHN", [threat, later, products], [], Start, June9, NewYork, AsOfMode.Legal);

        var only = Assert.Single(points);
        Assert.Equal(Start, only.At);
        Assert.Equal(0m, only.Forward);
    }

    [Fact]
    public void Compute_LayerEnding_SaysItEnded()
    {
        var fentanyl = Measure("IEEPA fentanyl", steps: [Step(20m, Start, April9)]);

        var points = RateHistory.Compute("USA", "CHN", [fentanyl], [], Start, June9, NewYork, AsOfMode.Legal);

        Assert.Equal("USA → CHN: IEEPA fentanyl 20% ends", Assert.Single(points[1].Changes));
    }
}
