using TradeTracker.IntegrationTests.Infrastructure;
using TradeTracker.Web.Domain;
using TradeTracker.Web.Services;

namespace TradeTracker.IntegrationTests;

/// <summary>The rate in force is read from the layers of the instant's day only (the rates read model in the legal view,
/// the stored steps as known then); it must say exactly what the whole schedule says, in both views, at every instant
/// where something changes.</summary>
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
            foreach (var asOf in instants.SelectMany(at => new[] { new AsOf(at), new AsOf(at, AsOfMode.KnownThen) }))
            {
                var expected = RateCalculator.Compute(imposer, target, asOf, schedule);
                var actual = await rates.GetSnapshotAsync(imposer, target, asOf, Ct);

                Assert.Equal(Describe(expected), Describe(actual));
                checkedInstants++;
            }
        }

        Assert.True(checkedInstants > 100, $"{checkedInstants} instants checked");
    }

    /// <summary>What a reader sees of a snapshot: the headline, each layer's measure, rate and step, its end as the view
    /// shows it (<see cref="RateCalculator.Until"/>), and its sources.</summary>
    private static string Describe(RateSnapshot snapshot) =>
        $"{snapshot.HeadlinePercent}% " + string.Join("; ", snapshot.HeadlineLayers.Concat(snapshot.ProductLayers).Select(l =>
            $"{l.Measure.Id} {l.Measure.Name} {l.Percent} step {l.Step.Id} until {RateCalculator.Until(l.Measure, l.Step, snapshot.AsOf):O} " +
            $"sources {l.Step.Sources.Count}+{l.Measure.Sources.Count}"));
}
