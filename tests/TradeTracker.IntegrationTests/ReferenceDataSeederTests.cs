using Microsoft.EntityFrameworkCore;
using TradeTracker.IntegrationTests.Infrastructure;
using TradeTracker.Web.Data;
using TradeTracker.Web.Data.Seed;
using TradeTracker.Web.Domain;
using TradeTracker.Web.Services.Editing;

namespace TradeTracker.IntegrationTests;

public sealed class ReferenceDataSeederTests(TradeTrackerFactory factory) : IClassFixture<TradeTrackerFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private sealed record Counts(int Economies, int Sources, int Measures, int RateSteps, int Events, int Deadlines, int Extensions, int Disagreements);

    private async Task<Counts> CountAsync()
    {
        await using var db = factory.CreateDbContext();
        return new Counts(
            await db.Economies.CountAsync(Ct),
            await db.Sources.CountAsync(Ct),
            await db.Measures.CountAsync(Ct),
            await db.RateSteps.CountAsync(Ct),
            await db.Events.CountAsync(Ct),
            await db.Deadlines.CountAsync(Ct),
            await db.Set<DeadlineExtension>().CountAsync(Ct),
            await db.Set<Disagreement>().CountAsync(Ct));
    }

    [Fact]
    public async Task StartUp_FreshStore_HoldsAllReferenceData()
    {
        await using var db = factory.CreateDbContext();

        Assert.Equal(250, await db.Economies.CountAsync(Ct));
        Assert.Equal(61, await db.Measures.CountAsync(m => m.CreatedBy == ReferenceDataSeeder.Actor, Ct));
        Assert.Equal(83, await db.RateSteps.CountAsync(s => s.CreatedBy == ReferenceDataSeeder.Actor, Ct));
        Assert.Equal(107, await db.Events.CountAsync(e => e.CreatedBy == ReferenceDataSeeder.Actor, Ct));
        Assert.Equal(64, await db.Deadlines.CountAsync(d => d.CreatedBy == ReferenceDataSeeder.Actor, Ct));
        Assert.Equal(159, await db.Sources.CountAsync(s => s.CreatedBy == ReferenceDataSeeder.Actor, Ct));
        Assert.Equal(1, await db.Deadlines.CountAsync(d => d.IsFeatured, Ct));
        Assert.False(await db.Sources.AnyAsync(s => s.Url == "", Ct));
    }

    [Theory]
    [InlineData("USA", "CHN", "2026-02-23", 20)]
    [InlineData("USA", "CHN", "2026-03-01", 10)]
    [InlineData("USA", "CHN", "2026-07-23", 10)]
    [InlineData("USA", "CHN", "2026-08-01", 12.5)]
    [InlineData("USA", "CHN", "2026-12-04", 12.5)]
    [InlineData("CHN", "USA", "2026-12-04", 10)]
    public async Task GetRates_SeededStore2026_AnswersTheReferenceDataHeadline(string imposer, string target, string asOf, decimal expected)
    {
        var headline = await factory.CreateClientAs(null).GetHeadlineAsync(imposer, target, asOf);

        Assert.Equal(expected, headline);
    }

    [Fact]
    public async Task StartUp_FreshStore_MarksTheIeepaLayersInvalidatedAndChinasCounterTariffUncertain()
    {
        await using var db = factory.CreateDbContext();
        var ruling = await db.Events.SingleAsync(e => e.ReferenceId == "E085", Ct);
        var invalidated = await db.Measures.Where(m => m.Status == MeasureStatus.Invalidated).OrderBy(m => m.Key).ToListAsync(Ct);

        Assert.Equal(EventKind.CourtRuling, ruling.Kind);
        Assert.Equal(
            ["USA-CHN-DE-MINIMIS", "USA-CHN-IEEPA-FENTANYL", "USA-CHN-IEEPA-RECIPROCAL", "USA-CHN-IEEPA-RECIPROCAL-ANNEX-II", "USA-CHN-IEEPA-RECIPROCAL-ELECTRONICS"],
            invalidated.Select(m => m.Key));
        Assert.All(invalidated, m =>
        {
            Assert.Equal(ruling.Id, m.InvalidatedByEventId);
            Assert.Equal("Invalidated by the Supreme Court, February 20, 2026; duties paid refundable with interest", m.InvalidationText);
        });
        var counter = await db.Measures.Include(m => m.Steps).SingleAsync(m => m.Key == "CHN-USA-COUNTER-RECIPROCAL", Ct);
        Assert.Equal(Confidence.Uncertain, counter.Confidence);
        Assert.DoesNotContain("Announcement No. 4", counter.LegalBasis, StringComparison.Ordinal);
        // A step an editor saves marks its measure reviewed that day (another test of this class does), so only measures
        // whose steps are all the seed's are held to the reference data's review day.
        Assert.True(await db.Measures
            .Where(m => m.UpdatedBy == ReferenceDataSeeder.Actor && m.Steps.All(s => s.UpdatedBy == ReferenceDataSeeder.Actor))
            .AllAsync(m => m.ReviewedOn == new DateOnly(2026, 12, 3), Ct));
        var august1 = await db.Deadlines.SingleAsync(d => d.ReferenceId == "D030", Ct);
        Assert.Equal(new DateOnly(2025, 7, 7), ZonedTime.LocalDate(august1.AnnouncedAt!.Value, august1.TimeZoneId));
    }

    [Fact]
    public async Task SeedAsync_SecondRun_AddsNothing()
    {
        var before = await CountAsync();

        var report = await factory.GetService<ReferenceDataSeeder>().SeedAsync(Ct);

        Assert.Equal(0, report.EconomiesAdded);
        Assert.Equal(0, report.SourcesAdded);
        Assert.Equal(before, await CountAsync());
    }

    [Fact]
    public async Task SeedAsync_AfterEditorChangedSeededMeasure_KeepsTheEditorsChange()
    {
        var editor = factory.GetService<MeasureEditor>();
        var id = await factory.MeasureIdAsync("USA-CHN-IEEPA-RECIPROCAL");
        TariffMeasure seeded;
        await using (var db = factory.CreateDbContext())
        {
            seeded = await db.Measures.AsNoTracking().Include(m => m.Sources).Include(m => m.AffectedMeasures).SingleAsync(m => m.Id == id, Ct);
        }

        var input = MeasureInput.From(seeded);
        input.Name = "IEEPA reciprocal tariff (edited)";
        input.Notes = "Editor's note that a re-seed must keep.";
        var updated = await editor.UpdateAsync(TradeTrackerFactory.User("editor"), id, seeded.Version, input, Ct);

        await factory.GetService<ReferenceDataSeeder>().SeedAsync(Ct);

        await using var after = factory.CreateDbContext();
        var stored = await after.Measures.AsNoTracking().SingleAsync(m => m.Key == "USA-CHN-IEEPA-RECIPROCAL", Ct);
        Assert.Equal(id, stored.Id);
        Assert.Equal("IEEPA reciprocal tariff (edited)", stored.Name);
        Assert.Equal("Editor's note that a re-seed must keep.", stored.Notes);
        Assert.Equal(updated.Version, stored.Version);
        Assert.Equal("editor@tests.local", stored.UpdatedBy);
        Assert.Equal(1, await after.Measures.CountAsync(m => m.Key == "USA-CHN-IEEPA-RECIPROCAL", Ct));
    }

    [Fact]
    public async Task SeedAsync_AfterEditorChangedSeededRateStep_KeepsTheEditorsRate()
    {
        var steps = factory.GetService<RateStepEditor>();
        RateStep seeded;
        await using (var db = factory.CreateDbContext())
        {
            seeded = await db.RateSteps.AsNoTracking().Include(s => s.Sources).SingleAsync(s => s.ReferenceId == "M036", Ct);
        }

        var input = RateStepInput.From(seeded);
        input.Notes = "Checked against EO 14259 by an editor.";
        await steps.UpdateAsync(TradeTrackerFactory.User("editor"), seeded.Id, seeded.Version, input, Ct);

        await factory.GetService<ReferenceDataSeeder>().SeedAsync(Ct);

        await using var after = factory.CreateDbContext();
        var stored = await after.RateSteps.AsNoTracking().SingleAsync(s => s.Id == seeded.Id, Ct);
        Assert.Equal("Checked against EO 14259 by an editor.", stored.Notes);
        Assert.Equal(seeded.InForceFrom, stored.InForceFrom);
        Assert.Equal(seeded.InForceUntil, stored.InForceUntil);
        Assert.Equal(1, await after.RateSteps.CountAsync(s => s.ReferenceId == "M036", Ct));
    }
}
