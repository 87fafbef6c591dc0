using Microsoft.EntityFrameworkCore;
using TradeTracker.IntegrationTests.Infrastructure;
using TradeTracker.Web.Data.Seed;

namespace TradeTracker.IntegrationTests;

/// <summary>The shipped HS line lists, seeded at start.</summary>
public sealed class ProductLineSeederTests(TradeTrackerFactory factory) : IClassFixture<TradeTrackerFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Seed_FreshStore_HasEverySection301ListAndTheAnnexIIExemptionsWithoutTheElectronicsException()
    {
        await using var db = factory.CreateDbContext();

        Assert.True(await db.ProductLines.AnyAsync(l => l.ListKey == "301:3" && l.Digits == "94036040", Ct));
        Assert.True(await db.ProductLines.AnyAsync(l => l.ListKey == "301:biden_100" && l.Digits == "87038000", Ct));
        Assert.Equal(12_223, await db.ProductLines.CountAsync(l => l.ListKey.StartsWith(ProductLineSeeder.Section301Prefix), Ct));
        Assert.True(await db.ProductLines.AnyAsync(l => l.ListKey == ProductLineSeeder.ReciprocalAnnexII && l.Digits == "0106110000", Ct));
        Assert.False(await db.ProductLines.AnyAsync(l => l.ListKey == ProductLineSeeder.ReciprocalAnnexII && l.Digits.StartsWith("851713"), Ct));
        Assert.False(await db.ProductLines.AnyAsync(l => l.ListKey == ProductLineSeeder.ReciprocalAnnexII && l.Digits.StartsWith("8542"), Ct));
    }

    [Fact]
    public async Task Seed_SecondRun_AddsNothing()
    {
        await using var db = factory.CreateDbContext();
        var before = await db.ProductLines.CountAsync(Ct);

        var added = await factory.GetService<ProductLineSeeder>().SeedAsync(Ct);

        Assert.Equal(0, added);
        Assert.Equal(before, await db.ProductLines.CountAsync(Ct));
    }

    [Fact]
    public async Task Seed_StoreMissingALine_AddsItBack()
    {
        await using (var db = factory.CreateDbContext())
        {
            await db.ProductLines.Where(l => l.ListKey == "301:1" && l.Digits == "84021100").ExecuteDeleteAsync(Ct);
        }

        var added = await factory.GetService<ProductLineSeeder>().SeedAsync(Ct);

        Assert.Equal(1, added);
    }
}
