using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using TradeTracker.IntegrationTests.Infrastructure;
using TradeTracker.Tests.Shared;
using TradeTracker.Web.Services.Accounts;
using TradeTracker.Web.Setup;

namespace TradeTracker.IntegrationTests;

/// <summary><c>backup</c> and <c>restore</c> run as an operator runs them (the built app's dll, the store named by
/// <c>Database__ConnectionString</c>): a backup made while editors' API writes keep coming, restored into a fresh app,
/// holds every write acknowledged before it started, passes integrity_check, and the app starts on it with the same Data
/// Protection keys (a cookie issued before still signs in). A store in use and a damaged backup are refused.</summary>
[Trait("Store", TestStore.SqliteOnly)]
public sealed class BackupRestoreTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static StoreFactory NewSqliteApp() => new(directory => new TestStore(directory, postgresServer: null));

    /// <summary>Starts the app on its new store and backs the store up into the app's folder.</summary>
    private static async Task<string> BackUpAsync(StoreFactory app)
    {
        app.StartServer();
        var backup = Path.Combine(app.Directory, "backup.db");
        var (exit, output) = await AppProcess.RunCommandAsync(app.DatabasePath, Ct, "backup", "--to", backup);
        Assert.True(exit == 0, output);
        return backup;
    }

    [Fact]
    public async Task Backup_UnderWriteLoad_RestoresIntoAFreshAppWithEveryWriteAcknowledgedBeforeIt()
    {
        await using var original = NewSqliteApp();
        var account = await original.CreateAccountAsync("restored-editor", Roles.Editor);
        var signIn = await original.CreateBrowserClient().PostSignInAsync(account.Email!, TestAccounts.Password);
        Assert.True(signIn.SignedIn());
        var cookie = signIn.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]).Single(c => c.StartsWith(".AspNetCore.Identity.Application=", StringComparison.Ordinal));
        var prefix = $"Backup load {Guid.NewGuid():N}"[..22];
        var backup = Path.Combine(original.Directory, "backups", "tradetracker-backup.db");
        Directory.CreateDirectory(Path.GetDirectoryName(backup)!);

        var burst = WriteBurst.Start(() => original.CreateClientAs("editor"), clients: 4, prefix, await original.AnySourceIdAsync(), Ct);
        await burst.WaitForAcknowledgedAsync(20, () => "");
        var acknowledgedBefore = burst.Acknowledged;
        var (backupExit, backupOutput) = await AppProcess.RunCommandAsync(original.DatabasePath, Ct, "backup", "--to", backup);
        var acknowledgedAfter = burst.Acknowledged.Count;
        await burst.StopAsync();

        Assert.True(backupExit == 0, backupOutput);
        Assert.Matches($@"^Backed up {Regex.Escape(original.DatabasePath)} to {Regex.Escape(backup)}: [\d.]+ MB, [\d,]+ rows in \d+ tables, integrity ok, [\d.]+ s\.\s*$", backupOutput);
        Assert.True(acknowledgedAfter > acknowledgedBefore.Count, "No write was acknowledged while the backup ran.");

        await using var restored = NewSqliteApp();
        var (restoreExit, restoreOutput) = await AppProcess.RunCommandAsync(restored.DatabasePath, Ct, "restore", "--from", backup);

        Assert.True(restoreExit == 0, restoreOutput);
        Assert.StartsWith($"Restored {backup} into {restored.DatabasePath}: ", restoreOutput);
        Assert.Equal("ok", await StoreFile.IntegrityCheckAsync(restored.DatabasePath, Ct));
        using var browser = restored.CreateClient(new() { AllowAutoRedirect = false });
        browser.DefaultRequestHeaders.Add("Cookie", cookie);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/Account/Manage/Tokens", Ct)).StatusCode);
        await using var db = restored.CreateDbContext();
        var stored = await db.Events.Where(e => e.Title.StartsWith(prefix)).Select(e => e.Title).ToListAsync(Ct);
        Assert.Empty(acknowledgedBefore.Except(stored));
        Assert.Equal(stored.Count, stored.Distinct().Count());
    }

    [Fact]
    public async Task Restore_StoreTheAppHasOpen_IsRefusedAndTheStoreIsUnchanged()
    {
        await using var app = NewSqliteApp();
        var backup = await BackUpAsync(app);
        var (id, _, _) = await app.CreateRowAsync(app.CreateClientAs("editor"), "events");

        var (exit, output) = await AppProcess.RunCommandAsync(app.DatabasePath, Ct, "restore", "--from", backup);

        Assert.True(exit == (int)BackupExitCode.StoreInUse, output);
        Assert.Equal($"restore: {app.DatabasePath} is in use (another process has it open): stop the app, then restore again.", output.Trim());
        Assert.NotNull(await app.StoredRowAsync("events", id));
        Assert.Empty(Directory.GetFiles(app.Directory, "*before-restore*"));
    }

    [Fact]
    public async Task Restore_DamagedBackup_IsRefusedAndTheStoreIsUnchanged()
    {
        await using var app = NewSqliteApp();
        var backup = await BackUpAsync(app);
        await using (var file = new FileStream(backup, FileMode.Open, FileAccess.Write))
        {
            // Page 3 onwards overwritten: the header still reads as SQLite, the b-trees do not.
            file.Position = 2 * 4096;
            file.Write(Enumerable.Repeat((byte)0x5A, 8 * 4096).ToArray());
        }

        await using var fresh = NewSqliteApp();
        var (exit, output) = await AppProcess.RunCommandAsync(fresh.DatabasePath, Ct, "restore", "--from", backup);

        Assert.True(exit == (int)BackupExitCode.BadBackup, output);
        Assert.StartsWith($"restore: {backup} ", output);
        Assert.False(File.Exists(fresh.DatabasePath));
        Assert.Empty(Directory.GetFiles(fresh.Directory));
    }
}
