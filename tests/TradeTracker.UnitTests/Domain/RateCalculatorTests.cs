using TradeTracker.Web.Domain;

namespace TradeTracker.UnitTests.Domain;

public sealed class RateCalculatorTests : MeasureBuilder
{
    [Fact]
    public void Compute_OneSecondBeforeChangeAtTwelveOhOneEdt_GivesOldRate()
    {
        var reciprocal = Measure("IEEPA reciprocal", steps: [Step(84m, April9, April10), Step(125m, April10)]);

        var snapshot = RateCalculator.Compute("USA", "CHN", April10.AddSeconds(-1), [reciprocal]);

        Assert.Equal(84m, snapshot.HeadlinePercent);
    }

    [Fact]
    public void Compute_AtTwelveOhOneEdtOfChange_GivesNewRate()
    {
        var reciprocal = Measure("IEEPA reciprocal", steps: [Step(84m, April9, April10), Step(125m, April10)]);

        var snapshot = RateCalculator.Compute("USA", "CHN", April10, [reciprocal]);

        Assert.Equal(125m, snapshot.HeadlinePercent);
        Assert.Equal(new DateTimeOffset(2025, 4, 10, 4, 1, 0, TimeSpan.Zero), April10);
    }

    [Fact]
    public void Compute_AtMidnightUtcOfChangeDay_StillGivesOldRate()
    {
        // 00:01 UTC on April 10 is 8:01 p.m. EDT on April 9: the change had not happened yet.
        var reciprocal = Measure("IEEPA reciprocal", steps: [Step(84m, April9, April10), Step(125m, April10)]);

        var snapshot = RateCalculator.Compute("USA", "CHN", new DateTimeOffset(2025, 4, 10, 0, 1, 0, TimeSpan.Zero), [reciprocal]);

        Assert.Equal(84m, snapshot.HeadlinePercent);
    }

    [Fact]
    public void Compute_SeveralAllGoodsMeasures_SumsTheirInForceSteps()
    {
        var fentanyl = Measure("IEEPA fentanyl", steps: [Step(20m, April9.AddDays(-30))]);
        var reciprocal = Measure("IEEPA reciprocal", steps: [Step(125m, April10, June9.AddDays(-30)), Step(10m, June9.AddDays(-30))]);

        var snapshot = RateCalculator.Compute("USA", "CHN", June9, [fentanyl, reciprocal]);

        Assert.Equal(30m, snapshot.HeadlinePercent);
        Assert.Equal(["IEEPA fentanyl", "IEEPA reciprocal"], snapshot.HeadlineLayers.Select(l => l.Measure.Name));
        Assert.Equal([20m, 10m], snapshot.HeadlineLayers.Select(l => l.Percent));
    }

    [Theory]
    [InlineData(MeasureStatus.NeverApplied)]
    [InlineData(MeasureStatus.Threatened)]
    public void Compute_MeasureThatNeverApplied_NeverCounts(MeasureStatus status)
    {
        var fentanyl = Measure("IEEPA fentanyl", steps: [Step(20m, April9)]);
        var threat = Measure("Threatened 100%", status: status, steps: [Step(100m, April9)]);

        var snapshot = RateCalculator.Compute("USA", "CHN", June9, [fentanyl, threat]);

        Assert.Equal(20m, snapshot.HeadlinePercent);
        Assert.DoesNotContain(snapshot.HeadlineLayers, l => l.Measure == threat);
        Assert.DoesNotContain(snapshot.ProductLayers, l => l.Measure == threat);
        Assert.Null(RateCalculator.StepInForce(threat, June9));
    }

    [Fact]
    public void Compute_StepMarkedNeverApplied_NeverCounts()
    {
        var cancelled = Step(34m, April9, neverApplied: true);
        cancelled.InForceFrom = April9; // even with a start recorded, a never-applied step is in no sum
        var reciprocal = Measure("IEEPA reciprocal", steps: [cancelled]);

        var snapshot = RateCalculator.Compute("USA", "CHN", June9, [reciprocal]);

        Assert.Equal(0m, snapshot.HeadlinePercent);
        Assert.Empty(snapshot.HeadlineLayers);
    }

    [Fact]
    public void Compute_NonAdValoremStep_IsNotSummed()
    {
        var portFees = Measure("Port fees", steps: [Step(null, April9)]);
        var fentanyl = Measure("IEEPA fentanyl", steps: [Step(20m, April9)]);

        var snapshot = RateCalculator.Compute("USA", "CHN", June9, [portFees, fentanyl]);

        Assert.Equal(20m, snapshot.HeadlinePercent);
        Assert.DoesNotContain(snapshot.HeadlineLayers, l => l.Measure == portFees);
    }

    [Fact]
    public void Compute_ListedProductsMeasure_IsBesideTheHeadlineNotInIt()
    {
        var fentanyl = Measure("IEEPA fentanyl", steps: [Step(20m, April9)]);
        var list3 = Measure("Section 301 List 3", coverage: Coverage.ListedProducts, steps: [Step(25m, April9.AddYears(-6))]);

        var snapshot = RateCalculator.Compute("USA", "CHN", June9, [fentanyl, list3]);

        Assert.Equal(20m, snapshot.HeadlinePercent);
        Assert.DoesNotContain(snapshot.HeadlineLayers, l => l.Measure == list3);
        var layer = Assert.Single(snapshot.ProductLayers);
        Assert.Same(list3, layer.Measure);
        Assert.Equal(25m, layer.Percent);
    }

    [Fact]
    public void Compute_AllGoodsMeasureThatReplacesAnother_RemovesTheReplacedOneFromTheHeadline()
    {
        var old = Measure("Old all-goods tariff", steps: [Step(25m, April9)]);
        var fentanyl = Measure("IEEPA fentanyl", steps: [Step(20m, April9)]);
        var replacement = Measure("Replacement tariff", combination: Combination.Replaces, steps: [Step(15m, April10)]);
        replacement.AffectedMeasures = [old];

        var before = RateCalculator.Compute("USA", "CHN", April10.AddSeconds(-1), [old, fentanyl, replacement]);
        var after = RateCalculator.Compute("USA", "CHN", April10, [old, fentanyl, replacement]);

        Assert.Equal(45m, before.HeadlinePercent);
        Assert.Contains(before.HeadlineLayers, l => l.Measure == old);
        Assert.DoesNotContain(after.HeadlineLayers, l => l.Measure == old);
        Assert.Contains(after.HeadlineLayers, l => l.Measure == fentanyl);
    }

    [Fact]
    public void Compute_AllGoodsMeasureThatReplacesAnother_CountsItsOwnRateInPlaceOfTheReplacedOne()
    {
        // A replacing measure stands instead of the one it replaces; it does not vanish with it.
        var old = Measure("Old all-goods tariff", steps: [Step(25m, April9)]);
        var fentanyl = Measure("IEEPA fentanyl", steps: [Step(20m, April9)]);
        var replacement = Measure("Replacement tariff", combination: Combination.Replaces, steps: [Step(15m, April10)]);
        replacement.AffectedMeasures = [old];

        var after = RateCalculator.Compute("USA", "CHN", April10, [old, fentanyl, replacement]);

        Assert.Equal(35m, after.HeadlinePercent);
        Assert.Equal(["IEEPA fentanyl", "Replacement tariff"], after.HeadlineLayers.Select(l => l.Measure.Name));
    }

    [Fact]
    public void Compute_ListedProductsExceptionNamingAnAllGoodsMeasure_LeavesTheHeadlineAlone()
    {
        var reciprocal = Measure("IEEPA reciprocal", steps: [Step(125m, April10)]);
        var electronics = Measure("Electronics exception", coverage: Coverage.ListedProducts, combination: Combination.Excepts, steps: [Step(0m, April10)]);
        electronics.AffectedMeasures = [reciprocal];

        var snapshot = RateCalculator.Compute("USA", "CHN", June9, [reciprocal, electronics]);

        Assert.Equal(125m, snapshot.HeadlinePercent);
        Assert.Contains(snapshot.ProductLayers, l => l.Measure == electronics);
    }

    [Fact]
    public void Compute_GlobalMeasure_AppliesToEveryPartner()
    {
        var baseline = Measure("Reciprocal baseline (global)", target: null, steps: [Step(10m, April9)]);

        var snapshot = RateCalculator.Compute("USA", "JPN", June9, [baseline]);

        Assert.Equal(10m, snapshot.HeadlinePercent);
        Assert.True(RateCalculator.AppliesTo(baseline, "USA", "CHN"));
    }

    [Fact]
    public void Compute_GlobalMeasureWithExemptedTarget_DoesNotApplyToThatTarget()
    {
        var baseline = Measure("Reciprocal baseline (global)", target: null, steps: [Step(10m, April9)]);
        baseline.ExemptedEconomyCodes = ["CAN", "MEX"];

        var exempted = RateCalculator.Compute("USA", "CAN", June9, [baseline]);
        var notExempted = RateCalculator.Compute("USA", "JPN", June9, [baseline]);

        Assert.Equal(0m, exempted.HeadlinePercent);
        Assert.Empty(exempted.HeadlineLayers);
        Assert.Equal(10m, notExempted.HeadlinePercent);
    }

    [Fact]
    public void Compute_MeasureOnAnotherPairOrOtherDirection_DoesNotApply()
    {
        var usOnChina = Measure("IEEPA fentanyl", steps: [Step(20m, April9)]);
        var usOnJapan = Measure("Japan tariff", target: "JPN", steps: [Step(15m, April9)]);

        var chinaOnUs = RateCalculator.Compute("CHN", "USA", June9, [usOnChina, usOnJapan]);
        var usOnChinaSnapshot = RateCalculator.Compute("USA", "CHN", June9, [usOnChina, usOnJapan]);

        Assert.Equal(0m, chinaOnUs.HeadlinePercent);
        Assert.Equal(20m, usOnChinaSnapshot.HeadlinePercent);
    }

    [Fact]
    public void Compute_BeijingStepAroundItsTwelveOhOnePmStart_CountsFromThatInstant()
    {
        var start = ZonedTime.AtLocal(new DateOnly(2025, 4, 10), new TimeOnly(12, 1), Beijing);
        var earlier = ZonedTime.AtLocal(new DateOnly(2025, 4, 4), new TimeOnly(0, 0), Beijing);
        var counter = Measure("Counter-reciprocal", imposer: "CHN", target: "USA",
            steps: [Step(34m, earlier, start, zone: Beijing), Step(84m, start, zone: Beijing)]);

        var before = RateCalculator.Compute("CHN", "USA", start.AddSeconds(-1), [counter]);
        var at = RateCalculator.Compute("CHN", "USA", start, [counter]);

        Assert.Equal(new DateTimeOffset(2025, 4, 10, 4, 1, 0, TimeSpan.Zero), start);
        Assert.Equal(34m, before.HeadlinePercent);
        Assert.Equal(84m, at.HeadlinePercent);
    }

    [Fact]
    public void Compute_AfterAStepEnds_ItNoLongerCounts()
    {
        var fentanyl = Measure("IEEPA fentanyl", steps: [Step(20m, April9, June9)]);

        var atEnd = RateCalculator.Compute("USA", "CHN", June9, [fentanyl]);
        var justBefore = RateCalculator.Compute("USA", "CHN", June9.AddTicks(-1), [fentanyl]);

        Assert.Equal(0m, atEnd.HeadlinePercent);
        Assert.Equal(20m, justBefore.HeadlinePercent);
    }

    [Fact]
    public void KnownUntil_BeforeTheNextStepWasAnnounced_IsNotYetKnown()
    {
        var current = Step(125m, April10, June9);
        var next = Step(10m, June9);
        next.AnnouncedOn = new DateOnly(2025, 6, 1);
        var reciprocal = Measure("IEEPA reciprocal", steps: [current, next]);

        Assert.Null(RateCalculator.KnownUntil(reciprocal, current, April10.AddDays(1)));
        Assert.Equal(June9, RateCalculator.KnownUntil(reciprocal, current, June9.AddDays(-5)));
        Assert.Equal(June9, RateCalculator.KnownUntil(reciprocal, current, June9.AddDays(1)));
    }

    [Fact]
    public void Compute_ExceptionAnnouncedLaterWithRetroactiveEffect_CountsInTheLegalViewOnly()
    {
        var fentanyl = Measure("IEEPA fentanyl", steps: [Step(20m, April9)]);
        var reciprocal = Measure("IEEPA reciprocal", steps: [Step(125m, April10)]);
        var exceptionStep = Step(0m, April9);
        exceptionStep.AnnouncedOn = new DateOnly(2025, 4, 11);
        var electronics = Measure("Electronics exception", coverage: Coverage.ListedProducts, combination: Combination.Excepts, hs: ["85171300"], steps: [exceptionStep]);
        electronics.AffectedMeasures = [reciprocal];
        var at = April10.AddHours(12);

        var legal = ProductRate.For(RateCalculator.Compute("USA", "CHN", new AsOf(at), [fentanyl, reciprocal, electronics]), "851713", []);
        var knownThen = ProductRate.For(RateCalculator.Compute("USA", "CHN", new AsOf(at, AsOfMode.KnownThen), [fentanyl, reciprocal, electronics]), "851713", []);

        Assert.Equal(20m, legal.TotalPercent);
        Assert.Equal(145m, knownThen.TotalPercent);
    }

    [Fact]
    public void ScheduleAndUntil_StepEndedByALaterDecision_ShowTheRealEndInTheLegalViewOnly()
    {
        var current = Step(125m, April10, June9);
        var next = Step(10m, June9);
        next.AnnouncedOn = new DateOnly(2025, 6, 1);
        var reciprocal = Measure("IEEPA reciprocal", steps: [current, next]);
        var at = April10.AddDays(1);

        Assert.Equal(June9, RateCalculator.Until(reciprocal, current, new AsOf(at)));
        Assert.Null(RateCalculator.Until(reciprocal, current, new AsOf(at, AsOfMode.KnownThen)));
        Assert.Equal([current], RateCalculator.Schedule(reciprocal, new AsOf(at, AsOfMode.KnownThen)));
        Assert.Equal([current], RateCalculator.Schedule(reciprocal, new AsOf(at)));
    }

    [Fact]
    public void Schedule_StepInForceButAnnouncedLater_IsShownInTheLegalViewOnly()
    {
        var retroactive = Step(0m, April9);
        retroactive.AnnouncedOn = new DateOnly(2025, 4, 11);
        var exception = Measure("Electronics exception", coverage: Coverage.ListedProducts, combination: Combination.Excepts, steps: [retroactive]);

        Assert.True(RateCalculator.IsShown(exception, new AsOf(April10)));
        Assert.False(RateCalculator.IsShown(exception, new AsOf(April10, AsOfMode.KnownThen)));
    }

    [Fact]
    public void CoverageOf_BilateralGlobalOrNothing_SaysHowMuchOfThePairIsTracked()
    {
        var bilateral = Measure("IEEPA fentanyl", steps: [Step(20m, April9)]);
        var global = Measure("Section 122 surcharge (global)", target: null, steps: [Step(10m, April9)]);
        global.ExemptedEconomyCodes = ["CAN"];

        Assert.Equal(RateCoverage.Tracked, RateCalculator.CoverageOf([bilateral, global], "USA", "CHN"));
        Assert.Equal(RateCoverage.GlobalOnly, RateCalculator.CoverageOf([bilateral, global], "USA", "DEU"));
        Assert.Equal(RateCoverage.NotTracked, RateCalculator.CoverageOf([bilateral, global], "USA", "CAN"));
        Assert.Equal(RateCoverage.NotTracked, RateCalculator.CoverageOf([bilateral, global], "BRA", "ARG"));
    }

    [Fact]
    public void HeadlinePercent_PairNotTracked_IsNullNotZero()
    {
        var answer = new RateAnswer(RateCalculator.Compute("BRA", "ARG", June9, []), RateCoverage.NotTracked, null, null);

        Assert.Null(answer.HeadlinePercent);
    }
}
