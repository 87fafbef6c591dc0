using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using TradeTracker.IntegrationTests.Infrastructure;
using TradeTracker.Web.Domain;
using TradeTracker.Web.Services;
using TradeTracker.Web.Services.Editing;

namespace TradeTracker.IntegrationTests;

/// <summary>The editing services' server-side rules, called directly as the admin page calls them.</summary>
public sealed class EditorServicesTests(TradeTrackerFactory factory) : IClassFixture<TradeTrackerFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<TariffMeasure> LoadMeasureAsync(int id)
    {
        await using var db = factory.CreateDbContext();
        return await db.Measures.AsNoTracking().Include(m => m.Sources).Include(m => m.AffectedMeasures).SingleAsync(m => m.Id == id, Ct);
    }

    [Fact]
    public async Task SaveAsync_MeasureThenOneOfItsSteps_StampsTheMeasureReviewedToday()
    {
        var clock = factory.GetService<DisplayClock>();
        var measure = await factory.CreateAllGoodsMeasureAsync("Review stamp surcharge");
        Assert.Equal(clock.LocalDate(clock.Now), (await LoadMeasureAsync(measure.Id)).ReviewedOn);
        await using (var db = factory.CreateDbContext())
        {
            await db.Measures.Where(m => m.Id == measure.Id).ExecuteUpdateAsync(u => u.SetProperty(m => m.ReviewedOn, new DateOnly(2025, 1, 1)), Ct);
        }

        var version = (await LoadMeasureAsync(measure.Id)).Version;

        await factory.GetService<RateStepEditor>().CreateAsync(TradeTrackerFactory.User("editor"), new RateStepInput
        {
            MeasureId = measure.Id,
            RatePercent = 10,
            FromDate = new DateOnly(2025, 3, 1),
            SourceIds = [await factory.AnySourceIdAsync()],
        }, Ct);

        // Stamped, but not an edit of the measure: its form, open beside the steps, still saves at its version.
        var stamped = await LoadMeasureAsync(measure.Id);
        Assert.Equal(clock.LocalDate(clock.Now), stamped.ReviewedOn);
        Assert.Equal(version, stamped.Version);
    }

    [Fact]
    public async Task Validate_EverySeededStep_BreaksNoRateStepRule()
    {
        await using var db = factory.CreateDbContext();
        var steps = await db.RateSteps.AsNoTracking().Where(s => s.ReferenceId != null).ToListAsync(Ct);

        var problems = steps.GroupBy(s => s.TariffMeasureId)
            .SelectMany(measure => measure.SelectMany(step => step.Validate(measure).Select(p => $"{step.ReferenceId} (measure {step.TariffMeasureId}): {p.Message}")))
            .ToList();

        Assert.NotEmpty(steps);
        Assert.Empty(problems);
    }

    [Fact]
    public async Task CreateAsync_StepOverlappingTwoStoredSteps_RefusesItNamingBoth()
    {
        var measure = await factory.CreateAllGoodsMeasureAsync("Two overlaps surcharge");
        var editor = factory.GetService<RateStepEditor>();
        var sourceId = await factory.AnySourceIdAsync();
        RateStepInput Step(decimal rate, DateOnly from, DateOnly? until) =>
            new() { MeasureId = measure.Id, RatePercent = rate, FromDate = from, UntilDate = until, SourceIds = [sourceId] };
        await editor.CreateAsync(TradeTrackerFactory.User("editor"), Step(10, new DateOnly(2025, 1, 1), new DateOnly(2025, 3, 1)), Ct);
        await editor.CreateAsync(TradeTrackerFactory.User("editor"), Step(20, new DateOnly(2025, 3, 1), null), Ct);

        var refused = await Assert.ThrowsAsync<ValidationFailedException>(() =>
            editor.CreateAsync(TradeTrackerFactory.User("editor"), Step(2000, new DateOnly(2025, 2, 1), new DateOnly(2025, 4, 1)), Ct));

        Assert.Single(refused.Errors[nameof(RateStepInput.RatePercent)]);
        var overlaps = refused.Errors[nameof(RateStepInput.FromDate)];
        Assert.Equal(2, overlaps.Length);
        Assert.Contains("10% step", overlaps[0]);
        Assert.Contains("20% step", overlaps[1]);
    }

    [Fact]
    public async Task UpdateAsync_StaleVersion_ThrowsConcurrencyConflictAndChangesNothing()
    {
        var editor = factory.GetService<MeasureEditor>();
        var created = await factory.CreateAllGoodsMeasureAsync("Concurrency test surcharge");
        var staleVersion = created.Version;

        // Someone else saves first: the row gets a new version.
        var first = MeasureInput.From(await LoadMeasureAsync(created.Id));
        first.Notes = "First editor's note.";
        var afterFirst = await editor.UpdateAsync(TradeTrackerFactory.User("admin"), created.Id, staleVersion, first, Ct);
        Assert.NotEqual(staleVersion, afterFirst.Version);

        var second = MeasureInput.From(await LoadMeasureAsync(created.Id));
        second.Name = "Second editor's name";
        second.Notes = "Second editor's note.";
        var conflict = await Assert.ThrowsAsync<ConcurrencyConflictException>(() =>
            editor.UpdateAsync(TradeTrackerFactory.User("editor"), created.Id, staleVersion, second, Ct));

        Assert.Contains("admin@tests.local", conflict.Message);
        var stored = await LoadMeasureAsync(created.Id);
        Assert.Equal("Concurrency test surcharge", stored.Name);
        Assert.Equal("First editor's note.", stored.Notes);
        Assert.Equal(afterFirst.Version, stored.Version);
        Assert.Equal("admin@tests.local", stored.UpdatedBy);
    }

    [Fact]
    public async Task DeleteAsync_StaleVersion_ThrowsConcurrencyConflictAndKeepsTheRow()
    {
        var editor = factory.GetService<MeasureEditor>();
        var created = await factory.CreateAllGoodsMeasureAsync("Delete conflict surcharge");
        var input = MeasureInput.From(await LoadMeasureAsync(created.Id));
        input.Notes = "Changed meanwhile.";
        await editor.UpdateAsync(TradeTrackerFactory.User("editor"), created.Id, created.Version, input, Ct);

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() =>
            editor.DeleteAsync(TradeTrackerFactory.User("editor"), created.Id, created.Version, Ct));

        Assert.Equal("Changed meanwhile.", (await LoadMeasureAsync(created.Id)).Notes);
    }

    [Fact]
    public async Task UpdateAsync_CurrentVersion_SavesAndRenewsVersion()
    {
        var editor = factory.GetService<MeasureEditor>();
        var created = await factory.CreateAllGoodsMeasureAsync("Renamed-later surcharge");
        var input = MeasureInput.From(await LoadMeasureAsync(created.Id));
        input.Name = "Renamed surcharge";

        var updated = await editor.UpdateAsync(TradeTrackerFactory.User("editor"), created.Id, created.Version, input, Ct);

        var stored = await LoadMeasureAsync(created.Id);
        Assert.Equal("Renamed surcharge", stored.Name);
        Assert.NotEqual(created.Version, stored.Version);
        Assert.Equal(updated.Version, stored.Version);
    }

    public static TheoryData<string> NonWriters => ["reader", "anonymous"];

    private static ClaimsPrincipal NonWriter(string who) =>
        who == "anonymous" ? new ClaimsPrincipal(new ClaimsIdentity()) : TradeTrackerFactory.User(who);

    [Theory]
    [MemberData(nameof(NonWriters))]
    public async Task CreateAsync_NotAnEditor_ThrowsUnauthorizedAndSavesNothing(string who)
    {
        var editor = factory.GetService<MeasureEditor>();
        await using var db = factory.CreateDbContext();
        var before = await db.Measures.CountAsync(Ct);
        var input = new MeasureInput
        {
            Key = "TEST-UNAUTHORIZED-" + who.ToUpperInvariant(),
            ImposingEconomyCode = "USA",
            TargetEconomyCode = "CHN",
            Name = "Unauthorized surcharge",
            LegalBasis = "None",
            SourceIds = [await factory.AnySourceIdAsync()],
        };

        var refused = await Assert.ThrowsAsync<UnauthorizedAccessException>(() => editor.CreateAsync(NonWriter(who), input, Ct));

        Assert.Contains("Only editors", refused.Message);
        Assert.Equal(before, await db.Measures.CountAsync(Ct));
    }

    [Theory]
    [MemberData(nameof(NonWriters))]
    public async Task UpdateAsync_NotAnEditor_ThrowsUnauthorizedAndChangesNothing(string who)
    {
        var fentanylId = await factory.MeasureIdAsync("USA-CHN-IEEPA-FENTANYL");
        var fentanyl = await LoadMeasureAsync(fentanylId);
        var input = MeasureInput.From(fentanyl);
        input.Name = "Tampered";

        await Assert.ThrowsAsync<UnauthorizedAccessException>(() =>
            factory.GetService<MeasureEditor>().UpdateAsync(NonWriter(who), fentanylId, fentanyl.Version, input, Ct));

        Assert.Equal("IEEPA fentanyl tariff", (await LoadMeasureAsync(fentanylId)).Name);
    }

    [Fact]
    public async Task RateStepEditor_UpdateWithStaleVersion_ThrowsConcurrencyConflict()
    {
        var steps = factory.GetService<RateStepEditor>();
        var measure = await factory.CreateAllGoodsMeasureAsync("Step conflict surcharge");
        var sourceId = await factory.AnySourceIdAsync();
        var input = new RateStepInput
        {
            MeasureId = measure.Id,
            RatePercent = 5m,
            FromDate = new DateOnly(2032, 1, 1),
            SourceIds = [sourceId],
        };
        var step = await steps.CreateAsync(TradeTrackerFactory.User("editor"), input, Ct);
        input.RatePercent = 6m;
        await steps.UpdateAsync(TradeTrackerFactory.User("editor"), step.Id, step.Version, input, Ct);
        input.RatePercent = 7m;

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() =>
            steps.UpdateAsync(TradeTrackerFactory.User("editor"), step.Id, step.Version, input, Ct));

        await using var db = factory.CreateDbContext();
        Assert.Equal(6m, (await db.RateSteps.SingleAsync(s => s.Id == step.Id, Ct)).RatePercent);
    }

    [Fact]
    public async Task RateStepEditor_EndAndAdd_EndsTheOpenStepWhereTheNewOneStartsInOneSave()
    {
        var steps = factory.GetService<RateStepEditor>();
        var measure = await factory.CreateAllGoodsMeasureAsync("End and add surcharge");
        var sourceId = await factory.AnySourceIdAsync();
        var open = await steps.CreateAsync(TradeTrackerFactory.User("editor"),
            new RateStepInput { MeasureId = measure.Id, RatePercent = 5m, FromDate = new DateOnly(2032, 1, 1), SourceIds = [sourceId] }, Ct);

        var added = await steps.EndAndAddAsync(TradeTrackerFactory.User("editor"), open.Id, open.Version,
            new RateStepInput { MeasureId = measure.Id, RatePercent = 8m, FromDate = new DateOnly(2032, 7, 1), FromTime = new TimeOnly(0, 1), SourceIds = [sourceId] }, Ct);

        await using var db = factory.CreateDbContext();
        var ended = await db.RateSteps.SingleAsync(s => s.Id == open.Id, Ct);
        var takeover = ZonedTime.AtLocal(new DateOnly(2032, 7, 1), new TimeOnly(0, 1), "America/New_York");
        Assert.Equal(takeover, ended.InForceUntil);
        Assert.Equal(takeover, (await db.RateSteps.SingleAsync(s => s.Id == added.Id, Ct)).InForceFrom);
        Assert.NotEqual(open.Version, ended.Version);
    }

    [Fact]
    public async Task RateStepEditor_EndAndAddAfterSomeoneChangedTheOpenStep_ThrowsConcurrencyConflictAndSavesNothing()
    {
        var steps = factory.GetService<RateStepEditor>();
        var measure = await factory.CreateAllGoodsMeasureAsync("End and add conflict surcharge");
        var sourceId = await factory.AnySourceIdAsync();
        var input = new RateStepInput { MeasureId = measure.Id, RatePercent = 5m, FromDate = new DateOnly(2032, 1, 1), SourceIds = [sourceId] };
        var open = await steps.CreateAsync(TradeTrackerFactory.User("editor"), input, Ct);
        input.Notes = "Checked against the notice.";
        await steps.UpdateAsync(TradeTrackerFactory.User("admin"), open.Id, open.Version, input, Ct);

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => steps.EndAndAddAsync(TradeTrackerFactory.User("editor"), open.Id, open.Version,
            new RateStepInput { MeasureId = measure.Id, RatePercent = 8m, FromDate = new DateOnly(2032, 7, 1), SourceIds = [sourceId] }, Ct));

        await using var db = factory.CreateDbContext();
        var stored = await db.RateSteps.Where(s => s.TariffMeasureId == measure.Id).ToListAsync(Ct);
        Assert.Null(Assert.Single(stored).InForceUntil);
    }

    [Fact]
    public async Task RateStepEditor_EndAndAddWithABadNewStep_RefusesItAndLeavesTheOpenStepOpen()
    {
        var steps = factory.GetService<RateStepEditor>();
        var measure = await factory.CreateAllGoodsMeasureAsync("End and add refused surcharge");
        var sourceId = await factory.AnySourceIdAsync();
        var open = await steps.CreateAsync(TradeTrackerFactory.User("editor"),
            new RateStepInput { MeasureId = measure.Id, RatePercent = 5m, FromDate = new DateOnly(2032, 1, 1), SourceIds = [sourceId] }, Ct);

        // The step is ended inside the transaction before the new one is refused (no source): the end is rolled back.
        var refused = await Assert.ThrowsAsync<ValidationFailedException>(() => steps.EndAndAddAsync(TradeTrackerFactory.User("editor"), open.Id, open.Version,
            new RateStepInput { MeasureId = measure.Id, RatePercent = 8m, FromDate = new DateOnly(2032, 7, 1) }, Ct));

        Assert.Contains(nameof(RateStepInput.SourceIds), refused.Errors.Keys);
        await using var db = factory.CreateDbContext();
        var stored = await db.RateSteps.Where(s => s.TariffMeasureId == measure.Id).ToListAsync(Ct);
        Assert.Null(Assert.Single(stored).InForceUntil);
    }

    [Fact]
    public async Task MeasureEditor_DuplicateKey_IsRefusedOnKey()
    {
        var editor = factory.GetService<MeasureEditor>();
        var input = new MeasureInput
        {
            Key = "USA-CHN-IEEPA-FENTANYL",
            ImposingEconomyCode = "USA",
            TargetEconomyCode = "CHN",
            Name = "Duplicate",
            LegalBasis = "None",
            SourceIds = [await factory.AnySourceIdAsync()],
        };

        var refused = await Assert.ThrowsAsync<ValidationFailedException>(() => editor.CreateAsync(TradeTrackerFactory.User("editor"), input, Ct));

        Assert.Contains("already has the key", Assert.Single(refused.Errors[nameof(MeasureInput.Key)]));
    }
}
