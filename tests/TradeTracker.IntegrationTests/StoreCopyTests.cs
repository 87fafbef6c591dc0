using System.Diagnostics;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using TradeTracker.IntegrationTests.Infrastructure;
using TradeTracker.Web.Data.Auditing;
using TradeTracker.Web.Setup;

namespace TradeTracker.IntegrationTests;

/// <summary><c>copy-store</c>: a SQLite store made by the app, copied into a new PostgreSQL database, answers as the
/// original on the copy (rates, timeline, the old API token and sign-in cookie); a target with rows is refused, a copy
/// that reads back different commits nothing, and a wrong source or target is said plainly.</summary>
public sealed class StoreCopyTests(StoreCopyFixture copy) : IClassFixture<StoreCopyFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static void NeedsPostgres() => Assert.SkipUnless(TestStore.OnPostgres, StoreCopyFixture.NeedsPostgres);

    [Fact]
    public async Task CopyStore_AppMadeSqliteStore_ExitsZeroWithEveryTableMatching()
    {
        NeedsPostgres();

        Assert.True(copy.Run.ExitCode == 0, copy.Run.ToString());
        await using var original = copy.Original.CreateDbContext();
        await using var copied = copy.Copy.CreateDbContext();
        foreach (var table in copied.Model.GetRelationalModel().Tables)
        {
            Assert.EndsWith("  ok", copy.Run.LineOf(table.Name).TrimEnd());
        }

        Assert.Contains("committed", copy.Run.Output);
        Assert.Equal(await original.AuditEntries.CountAsync(Ct), copy.Run.RowsOf("AuditEntries"));
        Assert.Equal(await original.Events.CountAsync(Ct), copy.Run.RowsOf("Events"));
        Assert.Equal(1, copy.Run.RowsOf("ApiTokens"));
        Assert.NotEqual(0, copy.Run.RowsOf("DataProtectionKeys"));
        Assert.Contains(await copied.AuditEntries.Select(a => a.Actor).Distinct().ToListAsync(Ct), actor => actor.StartsWith("copied-editor", StringComparison.Ordinal));
    }

    [Fact]
    public async Task GetRatesAndTimeline_AppOnTheCopy_AnswersAsTheOriginal()
    {
        NeedsPostgres();

        var rates = await copy.Copy.CreateClient().GetStringAsync(StoreCopyFixture.RatesUrl, Ct);
        var timeline = StoreCopyFixture.VisibleText(await copy.Copy.CreateClient().GetPageAsync(StoreCopyFixture.TimelineUrl));

        Assert.Contains("12.3456", copy.OriginalRates);
        Assert.Contains("Geneva", copy.OriginalTimeline);
        Assert.Equal(StoreCopyFixture.JsonValues(copy.OriginalRates), StoreCopyFixture.JsonValues(rates));
        Assert.Equal(copy.OriginalTimeline, timeline);
    }

    [Fact]
    public async Task Call_OldApiTokenOnTheCopy_SavesARowWithIdsAboveTheCopiedOnes()
    {
        NeedsPostgres();

        var (id, _, _) = await copy.Copy.CreateRowAsync(copy.Copy.CreateBearerClient(copy.TokenSecret), "sources");

        Assert.True(id > copy.OriginalMaxSourceId, $"New source id {id}, copied up to {copy.OriginalMaxSourceId}.");
        await using var db = copy.Copy.CreateDbContext();
        var audit = await db.AuditEntries.Where(a => a.EntityKind == AuditKinds.Source && a.EntityId == id.ToString()).Select(a => a.Id).SingleAsync(Ct);
        Assert.True(audit > copy.OriginalMaxAuditId, $"New audit entry {audit}, copied up to {copy.OriginalMaxAuditId}.");
    }

    [Fact]
    public async Task SignIn_CookieTheOriginalIssued_IsAcceptedByTheCopy()
    {
        NeedsPostgres();
        var client = copy.Copy.CreateClient(new() { AllowAutoRedirect = false });
        var anonymous = await client.GetAsync("/Account/Manage/Tokens", Ct);

        client.DefaultRequestHeaders.Add("Cookie", copy.SignInCookie);
        var signedIn = await client.GetAsync("/Account/Manage/Tokens", Ct);

        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.OK, signedIn.StatusCode);
    }

    [Fact]
    public async Task CopyStore_TargetHoldingRows_IsRefusedAndLeftUnchanged()
    {
        NeedsPostgres();
        var target = copy.Copy.Store.ConnectionString;
        var before = await StoreCopyFixture.RowCountsAsync(target);

        var run = await CopyRun.StartAsync(copy.Original.DatabasePath, target);

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Contains("is not empty", run.Error);
        Assert.Equal("", run.Output);
        Assert.Equal(before, await StoreCopyFixture.RowCountsAsync(target));
    }

    [Fact]
    public async Task CopyStore_TargetThatStoresSomethingElse_ReportsTheTableAndCommitsNothing()
    {
        NeedsPostgres();
        using var target = new TestStore(copy.Original.Directory, Environment.GetEnvironmentVariable(TestStore.PostgresVariable));
        Assert.True((await CopyRun.StartAsync(copy.Original.DatabasePath, target.ConnectionString)).ExitCode == 0);
        await EmptyWithShoutingTitlesAsync(target.ConnectionString);

        var run = await CopyRun.StartAsync(copy.Original.DatabasePath, target.ConnectionString);

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Contains("MISMATCH", run.LineOf("Sources"));
        Assert.EndsWith("  ok", run.LineOf("Events").TrimEnd());
        Assert.Contains("nothing was committed", run.Output);
        Assert.All(await StoreCopyFixture.RowCountsAsync(target.ConnectionString), t => Assert.True(t.Key == "__EFMigrationsHistory" || t.Value == 0, $"{t.Key} holds {t.Value} rows."));
    }

    [Fact]
    public async Task CopyStore_TargetNotReachable_SaysWhere()
    {
        NeedsPostgres();

        var run = await CopyRun.StartAsync(copy.Original.DatabasePath, "Host=127.0.0.1;Port=1;Username=postgres;Database=tt_unreachable;Timeout=5");

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.StartsWith("copy-store: Cannot connect to PostgreSQL at 127.0.0.1:1", run.Error);
    }

    [Fact]
    public async Task CopyStore_SourceNotASqliteFile_SaysSo()
    {
        var path = Path.Combine(Path.GetTempPath(), $"tradetracker-not-a-store-{Guid.NewGuid():N}.db");
        await File.WriteAllTextAsync(path, "Event,Date\nGeneva talks,2025-05-12\n", Ct);
        try
        {
            var run = await CopyRun.StartAsync(path, "Host=127.0.0.1;Port=1;Username=postgres;Database=tt_never");

            Assert.True(run.ExitCode == 1, run.ToString());
            Assert.Equal($"copy-store: {path} is not a SQLite store: SQLite Error 26: 'file is not a database'.", run.Error.Trim());
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task Main_CopyStoreWithoutOptions_PrintsUsageBeforeAnyHostStarts()
    {
        var app = Path.Combine(AppContext.BaseDirectory, "TradeTracker.Web.dll");
        using var process = Process.Start(new ProcessStartInfo("dotnet", [app, StoreCopyCommand.Name])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!;
        var error = await process.StandardError.ReadToEndAsync(Ct);
        var output = await process.StandardOutput.ReadToEndAsync(Ct);
        await process.WaitForExitAsync(Ct);

        Assert.Equal(2, process.ExitCode);
        Assert.StartsWith("Usage: copy-store --from", error);
        Assert.Equal("", output);
    }

    /// <summary>Empties every table of a copied database (keeping its schema) and makes PostgreSQL store every source
    /// title in capitals: a target that does not keep what it is given.</summary>
    private static async Task EmptyWithShoutingTitlesAsync(string connectionString)
    {
        var tables = (await StoreCopyFixture.RowCountsAsync(connectionString)).Keys.Where(t => t != "__EFMigrationsHistory");
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(Ct);
        await using var command = new NpgsqlCommand(
            $"TRUNCATE {string.Join(", ", tables.Select(t => $"\"{t}\""))} RESTART IDENTITY; " +
            "CREATE FUNCTION shout() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.\"Title\" := upper(NEW.\"Title\"); RETURN NEW; END $$; " +
            "CREATE TRIGGER shout BEFORE INSERT ON \"Sources\" FOR EACH ROW EXECUTE FUNCTION shout();", connection);
        await command.ExecuteNonQueryAsync(Ct);
    }
}
