using System.Diagnostics;
using System.Runtime.Versioning;
using TradeTracker.IntegrationTests.Infrastructure;
using TradeTracker.Web.Setup;

namespace TradeTracker.IntegrationTests;

/// <summary>The built app, started as an operator starts it (a child process in Production), stops on a store it cannot
/// use or a setting it refuses with one line on stderr naming the path or setting and the fix, no stack trace, and the
/// exit code of the cause. Each process has its own store settings, so the class runs once, on the SQLite pass.</summary>
[Trait("Store", TestStore.SqliteOnly)]
[UnsupportedOSPlatform("windows")]
public sealed class StartupFailureTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("tradetracker-start-").FullName;

    [Fact]
    public async Task Start_StoreFolderMissing_Exits2NamingTheFolder()
    {
        var missing = Path.Combine(folder, "no-such-folder");

        var exit = await StartAsync(Store(Path.Combine(missing, "tradetracker.db")));

        AssertStopped(exit, StartupExit.StoreUnusable, $"The SQLite store's folder {missing} does not exist: create it");
    }

    [Fact]
    public async Task Start_StoreFileReadOnly_Exits2NamingTheFile()
    {
        var store = Path.Combine(folder, "tradetracker.db");
        await File.WriteAllBytesAsync(store, [], TestContext.Current.CancellationToken);

        using (ReadOnly(store))
        {
            var exit = await StartAsync(Store(store));

            AssertStopped(exit, StartupExit.StoreUnusable, $"The SQLite store {store} is read-only: make it writable");
        }
    }

    [Fact]
    public async Task Start_StoreFolderReadOnly_Exits2NamingTheFolder()
    {
        var readOnly = Directory.CreateDirectory(Path.Combine(folder, "read-only")).FullName;

        using (ReadOnly(readOnly))
        {
            var exit = await StartAsync(Store(Path.Combine(readOnly, "tradetracker.db")));

            AssertStopped(exit, StartupExit.StoreUnusable, $"The SQLite store's folder {readOnly} is read-only");
        }
    }

    [Fact]
    public async Task Start_StoreNotADatabase_Exits2NamingTheFile()
    {
        var store = Path.Combine(folder, "tradetracker.db");
        await File.WriteAllTextAsync(store, "not a database, just text that is long enough to be read as a header", TestContext.Current.CancellationToken);

        var exit = await StartAsync(Store(store));

        AssertStopped(exit, StartupExit.StoreUnusable, $"The SQLite store {store} cannot be used (SQLite Error 26");
    }

    [Fact]
    public async Task Start_PostgresNotAnswering_Exits2NamingTheServer()
    {
        var exit = await StartAsync(new()
        {
            ["Database__Provider"] = "Postgres",
            ["Database__ConnectionString"] = "Host=127.0.0.1;Port=1;Username=postgres;Password=secret-never-shown;Database=tradetracker;Timeout=5",
        });

        AssertStopped(exit, StartupExit.StoreUnusable, "PostgreSQL at 127.0.0.1:1 (database tradetracker) cannot be used");
        Assert.DoesNotContain("secret-never-shown", exit.Output + exit.Error);
    }

    [Fact]
    public async Task Start_InvalidSetting_Exits3NamingTheSetting()
    {
        var exit = await StartAsync(new(Store(Path.Combine(folder, "tradetracker.db"))) { ["TradeTracker__DisplayTimeZone"] = "Mars/Olympus_Mons" });

        AssertStopped(exit, StartupExit.SettingRefused, "TradeTracker:DisplayTimeZone 'Mars/Olympus_Mons' is not a known IANA time zone");
    }

    [Fact]
    public async Task Start_DemoAccountsInProduction_Exits3AndTouchesNoStore()
    {
        var store = Path.Combine(folder, "tradetracker.db");

        var exit = await StartAsync(new(Store(store)) { ["Accounts__SeedDemoAccounts"] = "true" });

        AssertStopped(exit, StartupExit.SettingRefused, "Accounts:SeedDemoAccounts=true is refused outside Development");
        Assert.False(File.Exists(store), "The refused start created the store.");
    }

    [Theory]
    [InlineData("*")]
    [InlineData("")]
    public async Task Start_AllowedHostsAnyInProduction_Exits3NamingTheSetting(string allowedHosts)
    {
        var exit = await StartAsync(new(Store(Path.Combine(folder, "tradetracker.db"))) { ["AllowedHosts"] = allowedHosts });

        AssertStopped(exit, StartupExit.SettingRefused, "AllowedHosts is '*' or empty, which is refused outside Development: set it to the host names");
    }

    /// <summary>The one line on stderr starts with <paramref name="line"/>; nothing printed carries a stack.</summary>
    private static void AssertStopped(AppExit exit, StartupExit expected, string line)
    {
        Assert.True(exit.ExitCode == (int)expected, exit.ToString());
        Assert.True(exit.ErrorLines is [var only] && only.StartsWith(line, StringComparison.Ordinal), exit.ToString());
        Assert.False(exit.PrintedAStack, exit.ToString());
    }

    private Task<AppExit> StartAsync(Dictionary<string, string> settings)
    {
        settings.TryAdd("AllowedHosts", "tradetracker.example.org");
        return AppRun.RunBuiltAppAsync("Production", folder, settings);
    }

    private static Dictionary<string, string> Store(string path) => new() { ["Database__ConnectionString"] = $"Data Source={path}" };

    /// <summary>Makes a file or folder read-only for the app until disposed. Root ignores permission bits, so as root it
    /// is made immutable (chattr +i), which binds root too.</summary>
    private static IDisposable ReadOnly(string path)
    {
        if (Environment.UserName != "root")
        {
            var mode = File.GetUnixFileMode(path);
            File.SetUnixFileMode(path, mode & ~(UnixFileMode.UserWrite | UnixFileMode.GroupWrite | UnixFileMode.OtherWrite));
            return new Undo(() => File.SetUnixFileMode(path, mode));
        }

        Assert.SkipUnless(Chattr("+i", path), $"chattr +i is not supported on {path}'s file system: a read-only store cannot be made for root.");
        return new Undo(() => Chattr("-i", path));
    }

    private static bool Chattr(string change, string path)
    {
        using var chattr = Process.Start(new ProcessStartInfo("chattr", [change, path]) { RedirectStandardError = true })!;
        chattr.WaitForExit();
        return chattr.ExitCode == 0;
    }

    private sealed class Undo(Action undo) : IDisposable
    {
        public void Dispose() => undo();
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);
}
