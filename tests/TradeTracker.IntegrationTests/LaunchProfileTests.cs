using TradeTracker.IntegrationTests.Infrastructure;
using TradeTracker.Web.Setup;

namespace TradeTracker.IntegrationTests;

/// <summary><c>dotnet run --project src/TradeTracker.Web</c> is the demo (Development), and
/// <c>ASPNETCORE_ENVIRONMENT=Production dotnet run ...</c> is Production: the shell's environment wins over the launch
/// profile. Each run asks for the demo accounts and is given a store in a missing folder, so it stops at once:
/// Development accepts the demo accounts and stops at the store (exit 2), Production refuses them first (exit 3).</summary>
[Trait("Store", TestStore.SqliteOnly)]
public sealed class LaunchProfileTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("tradetracker-run-").FullName;

    [Fact]
    public async Task DotnetRun_ProductionInTheShell_StartsInProductionAndRefusesDemoAccounts()
    {
        var exit = await AppRun.DotnetRunAsync("Production", folder, Settings());

        Assert.True(exit.ExitCode == (int)StartupExit.SettingRefused, exit.ToString());
        Assert.Contains("Accounts:SeedDemoAccounts=true is refused outside Development", exit.Error);
    }

    [Fact]
    public async Task DotnetRun_NoEnvironment_IsTheDevelopmentDemo()
    {
        var exit = await AppRun.DotnetRunAsync(null, folder, Settings());

        Assert.True(exit.ExitCode == (int)StartupExit.StoreUnusable, exit.ToString());
        Assert.Contains("The SQLite store's folder", exit.Error);
    }

    private Dictionary<string, string> Settings() => new()
    {
        ["Accounts__SeedDemoAccounts"] = "true",
        ["AllowedHosts"] = "tradetracker.example.org",
        ["Database__ConnectionString"] = $"Data Source={Path.Combine(folder, "missing", "tradetracker.db")}",
    };

    public void Dispose() => Directory.Delete(folder, recursive: true);
}
