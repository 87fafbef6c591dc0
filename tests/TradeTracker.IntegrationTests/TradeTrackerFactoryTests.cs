using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using TradeTracker.IntegrationTests.Infrastructure;
using TradeTracker.Web.Data;

namespace TradeTracker.IntegrationTests;

/// <summary>The fixture really runs the app on its own fresh store (a temp SQLite file, or a PostgreSQL database made for
/// it), so no test can pass against another store.</summary>
public sealed class TradeTrackerFactoryTests(TradeTrackerFactory factory) : IClassFixture<TradeTrackerFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Start_FreshFixture_MigratesAndSeedsItsOwnStore()
    {
        await using var db = factory.CreateDbContext();
        var appMeasures = await db.Measures.CountAsync(Ct);

        if (factory.Store.Provider == StoreProvider.Sqlite)
        {
            Assert.StartsWith(Path.GetTempPath(), factory.DatabasePath, StringComparison.Ordinal);
            Assert.Equal(factory.DatabasePath, new SqliteConnectionStringBuilder(db.Database.GetConnectionString()).DataSource);
        }
        else
        {
            Assert.True(db.Database.IsNpgsql());
            Assert.StartsWith("tt_test_", new NpgsqlConnectionStringBuilder(db.Database.GetConnectionString()).Database, StringComparison.Ordinal);
        }

        Assert.True(factory.Store.Exists(), $"{factory.Store.ConnectionString} does not exist.");
        await using var direct = await factory.Store.OpenDirectAsync(Ct);
        await using var command = direct.CreateCommand();
        command.CommandText = """SELECT COUNT(*) FROM "Measures" WHERE "Key" = 'USA-CHN-IEEPA-FENTANYL'""";
        Assert.Equal(1L, (long)(await command.ExecuteScalarAsync(Ct))!);
        command.CommandText = "SELECT COUNT(*) FROM \"Measures\"";
        Assert.Equal((long)appMeasures, (long)(await command.ExecuteScalarAsync(Ct))!);
        Assert.True(appMeasures > 0);
    }

    [Fact]
    public async Task Start_FreshFixture_SeedsNoDemoAccounts()
    {
        await using var db = factory.CreateDbContext();

        Assert.False(await db.Users.AnyAsync(Ct));
        Assert.Equal(["Admin", "Editor", "Reader"], await db.Roles.Select(r => r.Name!).OrderBy(n => n).ToListAsync(Ct));
    }

    [Fact]
    public async Task Dispose_Fixture_DeletesItsStore()
    {
        TestStore store;
        string directory;
        await using (var other = new TradeTrackerFactory())
        {
            (store, directory) = (other.Store, other.Directory);
            using var client = other.CreateClient();
            var response = await client.GetAsync("/api/rates?imposer=USA&target=CHN&asOf=2025-06-09", Ct);
            response.EnsureSuccessStatusCode();
            Assert.True(store.Exists());
            Assert.NotEqual(factory.Store.ConnectionString, store.ConnectionString);
        }

        Assert.False(store.Exists(), $"{store.ConnectionString} was left behind.");
        Assert.False(Directory.Exists(directory), "The fixture's temp directory was left behind.");
    }
}
