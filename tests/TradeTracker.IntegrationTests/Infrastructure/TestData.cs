using Microsoft.EntityFrameworkCore;
using TradeTracker.Web.Domain;
using TradeTracker.Web.Services.Editing;

namespace TradeTracker.IntegrationTests.Infrastructure;

/// <summary>Rows the write tests add through the app's own editing services.</summary>
public static class TestData
{
    /// <summary>A new all-goods US measure on China, created by an editor through <see cref="MeasureEditor"/>.</summary>
    public static async Task<TariffMeasure> CreateAllGoodsMeasureAsync(this TradeTrackerFactory factory, string name)
    {
        var sourceId = await factory.AnySourceIdAsync();
        var key = "TEST-" + Guid.NewGuid().ToString("N")[..12].ToUpperInvariant();
        return await factory.GetService<MeasureEditor>().CreateAsync(TradeTrackerFactory.User("editor"), new MeasureInput
        {
            Key = key,
            ImposingEconomyCode = "USA",
            TargetEconomyCode = "CHN",
            Name = name,
            LegalBasis = "Test order",
            Coverage = Coverage.AllGoods,
            Combination = Combination.Adds,
            Status = MeasureStatus.InEffect,
            SourceIds = [sourceId],
        }, TestContext.Current.CancellationToken);
    }

    public static async Task<int> AnySourceIdAsync(this TradeTrackerFactory factory)
    {
        await using var db = factory.CreateDbContext();
        return await db.Sources.OrderBy(s => s.Id).Select(s => s.Id).FirstAsync(TestContext.Current.CancellationToken);
    }

    public static async Task<int> MeasureIdAsync(this TradeTrackerFactory factory, string key)
    {
        await using var db = factory.CreateDbContext();
        return await db.Measures.Where(m => m.Key == key).Select(m => m.Id).SingleAsync(TestContext.Current.CancellationToken);
    }

    public static async Task<int> RateStepCountAsync(this TradeTrackerFactory factory)
    {
        await using var db = factory.CreateDbContext();
        return await db.RateSteps.CountAsync(TestContext.Current.CancellationToken);
    }
}
