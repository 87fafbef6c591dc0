using Microsoft.EntityFrameworkCore;
using TradeTracker.IntegrationTests.Infrastructure;
using TradeTracker.Web.Data.Auditing;
using TradeTracker.Web.Data.Seed;
using TradeTracker.Web.Domain;
using TradeTracker.Web.Services;
using TradeTracker.Web.Services.Editing;

namespace TradeTracker.IntegrationTests;

/// <summary>Every change leaves an audit entry in the same transaction; deletes archive; versions can be restored.</summary>
public sealed class AuditHistoryTests(TradeTrackerFactory factory) : IClassFixture<TradeTrackerFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly System.Security.Claims.ClaimsPrincipal Editor = TradeTrackerFactory.User("editor");
    private static readonly System.Security.Claims.ClaimsPrincipal Admin = TradeTrackerFactory.User("admin");

    private MeasureEditor Measures => factory.GetService<MeasureEditor>();

    private AuditService Audit => factory.GetService<AuditService>();

    [Fact]
    public async Task Seed_FreshStore_IsInTheAuditLogAsCreatedBySeed()
    {
        await using var db = factory.CreateDbContext();

        Assert.Equal(61, await db.AuditEntries.CountAsync(a => a.EntityKind == AuditKinds.Measure && a.Action == AuditAction.Created && a.Actor == ReferenceDataSeeder.Actor, Ct));
        Assert.Equal(250, await db.AuditEntries.CountAsync(a => a.EntityKind == AuditKinds.Economy && a.Action == AuditAction.Created, Ct));
    }

    [Fact]
    public async Task Update_ChangedNameAndSources_RecordsWhoWhenAndEachFieldBeforeAndAfter()
    {
        var measure = await factory.CreateAllGoodsMeasureAsync("Audit surcharge");
        var input = Measures.ToInput(await LoadMeasureAsync(measure.Id));
        var otherSource = await OtherSourceIdAsync(input.SourceIds);
        input.Name = "Audit surcharge (renamed)";
        input.SourceIds = [.. input.SourceIds, otherSource];

        await Measures.UpdateAsync(Editor, measure.Id, measure.Version, input, Ct);

        var history = await Audit.GetHistoryAsync(AuditKinds.Measure, measure.Id, Ct);
        Assert.Equal([AuditAction.Updated, AuditAction.Created], history.Select(h => h.Action));
        var update = history[0];
        Assert.Equal("editor@tests.local", update.Actor);
        var name = Assert.Single(update.Changes, c => c.Field == nameof(TariffMeasure.Name));
        Assert.Equal("\"Audit surcharge\"", name.Before);
        Assert.Equal("\"Audit surcharge (renamed)\"", name.After);
        var sources = Assert.Single(update.Changes, c => c.Field == nameof(TariffMeasure.Sources));
        Assert.Contains(otherSource.ToString(System.Globalization.CultureInfo.InvariantCulture), sources.After);
        Assert.DoesNotContain(otherSource.ToString(System.Globalization.CultureInfo.InvariantCulture), sources.Before);
    }

    [Fact]
    public async Task Update_SameValuesWrittenDifferently_RecordsNoChange()
    {
        var measure = await factory.CreateAllGoodsMeasureAsync("No-op surcharge");
        var input = Measures.ToInput(await LoadMeasureAsync(measure.Id));
        input.ExemptedEconomyCodes = ["CAN", "MEX"];
        var exempting = await Measures.UpdateAsync(Editor, measure.Id, measure.Version, input, Ct);
        var step = await AddStepAsync(measure.Id, 10m, new DateOnly(2041, 1, 1));
        var steps = factory.GetService<RateStepEditor>();
        var stepInput = steps.ToInput(step);

        // The same exemptions in another order, and the same rate written as 10.0: nothing changed.
        input.ExemptedEconomyCodes = ["MEX", "CAN"];
        await Measures.UpdateAsync(Editor, measure.Id, exempting.Version, input, Ct);
        stepInput.RatePercent = 10.0m;
        await steps.UpdateAsync(Editor, step.Id, step.Version, stepInput, Ct);

        Assert.Equal([AuditAction.Updated, AuditAction.Created], (await Audit.GetHistoryAsync(AuditKinds.Measure, measure.Id, Ct)).Select(h => h.Action));
        Assert.Equal([AuditAction.Created], (await Audit.GetHistoryAsync(AuditKinds.RateStep, step.Id, Ct)).Select(h => h.Action));
    }

    [Fact]
    public async Task Delete_Measure_ArchivesItHidesItFromRatesAndRestoreBringsItBackWithItsLinks()
    {
        var measure = await factory.CreateAllGoodsMeasureAsync("Archived surcharge");
        var step = await AddStepAsync(measure.Id, 3m, new DateOnly(2040, 1, 1));
        var rates = factory.GetService<RateService>();
        var at = new DateTimeOffset(2040, 6, 1, 0, 0, 0, TimeSpan.Zero);
        var before = (await rates.GetSnapshotAsync("USA", "CHN", at, Ct)).HeadlinePercent;

        await Measures.DeleteAsync(Editor, measure.Id, measure.Version, Ct);

        Assert.Equal(before - 3m, (await rates.GetSnapshotAsync("USA", "CHN", at, Ct)).HeadlinePercent);
        await using (var db = factory.CreateDbContext())
        {
            Assert.False(await db.Measures.AnyAsync(m => m.Id == measure.Id, Ct));
            Assert.False(await db.RateSteps.AnyAsync(s => s.Id == step.Id, Ct));
            var archived = await db.Measures.IgnoreQueryFilters().Include(m => m.Sources).SingleAsync(m => m.Id == measure.Id, Ct);
            Assert.Equal("editor@tests.local", archived.ArchivedBy);
            Assert.NotEmpty(archived.Sources);
        }

        await Measures.RestoreAsync(Editor, measure.Id, Ct);

        Assert.Equal(before, (await rates.GetSnapshotAsync("USA", "CHN", at, Ct)).HeadlinePercent);
        var history = await Audit.GetHistoryAsync(AuditKinds.Measure, measure.Id, Ct);
        Assert.Equal([AuditAction.Restored, AuditAction.Archived, AuditAction.Created], history.Select(h => h.Action));
    }

    [Fact]
    public async Task Purge_ByEditorOrOfALiveRow_IsRefusedAndByAdminOfAnArchivedRow_RemovesItAndItsSteps()
    {
        var measure = await factory.CreateAllGoodsMeasureAsync("Purged surcharge");
        var step = await AddStepAsync(measure.Id, 1m, new DateOnly(2041, 1, 1));

        var live = await Assert.ThrowsAsync<ValidationFailedException>(() => Measures.PurgeAsync(Admin, measure.Id, Ct));
        Assert.Contains("archived", live.Errors["Id"][0]);
        await Measures.DeleteAsync(Editor, measure.Id, measure.Version, Ct);
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => Measures.PurgeAsync(Editor, measure.Id, Ct));

        await Measures.PurgeAsync(Admin, measure.Id, Ct);

        await using var db = factory.CreateDbContext();
        Assert.False(await db.Measures.IgnoreQueryFilters().AnyAsync(m => m.Id == measure.Id, Ct));
        Assert.False(await db.RateSteps.IgnoreQueryFilters().AnyAsync(s => s.Id == step.Id, Ct));
        Assert.Equal(AuditAction.Purged, (await Audit.GetHistoryAsync(AuditKinds.Measure, measure.Id, Ct))[0].Action);
        Assert.Equal(AuditAction.Purged, (await Audit.GetHistoryAsync(AuditKinds.RateStep, step.Id, Ct))[0].Action);
    }

    [Fact]
    public async Task Revert_ToEarlierVersion_RestoresItsFieldsAsANewAuditedChange()
    {
        var measure = await factory.CreateAllGoodsMeasureAsync("Reverted surcharge");
        var first = Measures.ToInput(await LoadMeasureAsync(measure.Id));
        first.Name = "Reverted surcharge v2";
        first.Notes = "Second version";
        var v2 = await Measures.UpdateAsync(Editor, measure.Id, measure.Version, first, Ct);
        var second = Measures.ToInput(await LoadMeasureAsync(measure.Id));
        second.Name = "Reverted surcharge v3";
        second.Notes = null;
        var v3 = await Measures.UpdateAsync(Editor, measure.Id, v2.Version, second, Ct);
        var versionTwo = (await Audit.GetHistoryAsync(AuditKinds.Measure, measure.Id, Ct))[1];

        await Measures.RevertAsync(Editor, measure.Id, v3.Version, versionTwo.Id, Ct);

        var stored = await LoadMeasureAsync(measure.Id);
        Assert.Equal("Reverted surcharge v2", stored.Name);
        Assert.Equal("Second version", stored.Notes);
        var latest = (await Audit.GetHistoryAsync(AuditKinds.Measure, measure.Id, Ct))[0];
        Assert.Equal(AuditAction.Updated, latest.Action);
        Assert.StartsWith("Restored the version saved by editor@tests.local", latest.Note);
    }

    [Fact]
    public async Task Revert_WithStaleVersion_IsAConflictAndChangesNothing()
    {
        var measure = await factory.CreateAllGoodsMeasureAsync("Stale revert surcharge");
        var input = Measures.ToInput(await LoadMeasureAsync(measure.Id));
        input.Name = "Stale revert surcharge v2";
        await Measures.UpdateAsync(Editor, measure.Id, measure.Version, input, Ct);
        var created = (await Audit.GetHistoryAsync(AuditKinds.Measure, measure.Id, Ct))[^1];

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => Measures.RevertAsync(Editor, measure.Id, measure.Version, created.Id, Ct));

        Assert.Equal("Stale revert surcharge v2", (await LoadMeasureAsync(measure.Id)).Name);
    }

    [Fact]
    public async Task FailedSave_WritesNoAuditEntry()
    {
        var measure = await factory.CreateAllGoodsMeasureAsync("Failed save surcharge");
        await using var db = factory.CreateDbContext();
        var entriesBefore = await db.AuditEntries.CountAsync(Ct);
        db.Actor = "editor@tests.local";
        db.Measures.Add(new TariffMeasure { Key = measure.Key, ImposingEconomyCode = "USA", TargetEconomyCode = "CHN", Name = "Duplicate key", LegalBasis = "Test" });

        await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync(Ct));

        await using var after = factory.CreateDbContext();
        Assert.Equal(entriesBefore, await after.AuditEntries.CountAsync(Ct));
    }

    [Fact]
    public async Task RecentChanges_FilteredByEditorAndKind_ListsOnlyThoseAndLeavesSeedingOut()
    {
        var measure = await factory.CreateAllGoodsMeasureAsync("Recent surcharge");

        var byEditor = await Audit.GetRecentAsync(new ChangeFilter(Actor: "editor@tests.local", Kind: AuditKinds.Measure), Ct);
        var everyone = await Audit.GetRecentAsync(new ChangeFilter(), Ct);

        Assert.Contains(byEditor, h => h.EntityId == measure.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) && h.Action == AuditAction.Created);
        Assert.All(byEditor, h => Assert.Equal(("editor@tests.local", AuditKinds.Measure), (h.Actor, h.EntityKind)));
        Assert.DoesNotContain(everyone, h => h.Actor == ReferenceDataSeeder.Actor);
    }

    private async Task<RateStep> AddStepAsync(int measureId, decimal rate, DateOnly from) =>
        await factory.GetService<RateStepEditor>().CreateAsync(Editor, new RateStepInput
        {
            MeasureId = measureId, RatePercent = rate, FromDate = from, TimeZoneId = "America/New_York",
            SourceIds = [await factory.AnySourceIdAsync()],
        }, Ct);

    private async Task<TariffMeasure> LoadMeasureAsync(int id)
    {
        await using var db = factory.CreateDbContext();
        return await db.Measures.AsNoTracking().Include(m => m.Sources).Include(m => m.AffectedMeasures).SingleAsync(m => m.Id == id, Ct);
    }

    private async Task<int> OtherSourceIdAsync(IEnumerable<int> taken)
    {
        await using var db = factory.CreateDbContext();
        var ids = taken.ToList();
        return await db.Sources.Where(s => !ids.Contains(s.Id)).OrderBy(s => s.Id).Select(s => s.Id).FirstAsync(Ct);
    }
}
