using TradeTracker.IntegrationTests.Infrastructure;
using TradeTracker.Web.Domain;
using TradeTracker.Web.Services;

namespace TradeTracker.IntegrationTests;

/// <summary>The rate in force is read from the steps of the instant's day only; it must say exactly what the whole
/// schedule says, at every instant where something changes.</summary>
public sealed class RateServiceTests(TradeTrackerFactory factory) : IClassFixture<TradeTrackerFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task GetSnapshot_AtEveryStepBoundary_EqualsTheWholeScheduleAnswer()
    {
        var rates = factory.GetService<RateService>();
        var checkedInstants = 0;
        foreach (var (imposer, target) in await rates.GetPairsAsync(Ct))
        {
            var schedule = await rates.GetPairMeasuresAsync(imposer, target, Ct);
            var instants = schedule.SelectMany(m => m.Steps)
                .SelectMany(s => new[] { s.InForceFrom, s.InForceUntil })
                .OfType<DateTimeOffset>()
                .SelectMany(t => new[] { t.AddTicks(-1), t, t.AddMinutes(1), t.AddDays(-1) })
                .Distinct();
            foreach (var at in instants)
            {
                var expected = RateCalculator.Compute(imposer, target, at, schedule);
                var actual = await rates.GetSnapshotAsync(imposer, target, at, Ct);

                Assert.Equal(Describe(expected, at), Describe(actual, at));
                checkedInstants++;
            }
        }

        Assert.True(checkedInstants > 100, $"{checkedInstants} instants checked");
    }

    /// <summary>What a reader sees of a snapshot: the headline, each layer's rate and step, and its end as known then.</summary>
    private static string Describe(RateSnapshot snapshot, DateTimeOffset at) =>
        $"{snapshot.HeadlinePercent}% " + string.Join("; ", snapshot.HeadlineLayers.Concat(snapshot.ProductLayers).Select(l =>
            $"{l.Measure.Key} {l.Percent} step {l.Step.Id} until {RateCalculator.KnownUntil(l.Measure, l.Step, at):O} " +
            $"sources {l.Step.Sources.Count}+{l.Measure.Sources.Count}"));
}
