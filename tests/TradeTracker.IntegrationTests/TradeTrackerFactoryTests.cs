using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using TradeTracker.IntegrationTests.Infrastructure;

namespace TradeTracker.IntegrationTests;

/// <summary>The fixture really runs the app on its own temp SQLite file, so no test can pass against another store.</summary>
public sealed class TradeTrackerFactoryTests(TradeTrackerFactory factory) : IClassFixture<TradeTrackerFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Start_FreshFixture_MigratesAndSeedsItsOwnTempFile()
    {
        await using var db = factory.CreateDbContext();
        var appMeasures = await db.Measures.CountAsync(Ct);

        Assert.StartsWith(Path.GetTempPath(), factory.DatabasePath, StringComparison.Ordinal);
        Assert.True(File.Exists(factory.DatabasePath), $"{factory.DatabasePath} does not exist.");
        Assert.Equal(factory.DatabasePath, new SqliteConnectionStringBuilder(db.Database.GetConnectionString()).DataSource);

        await using var direct = new SqliteConnection($"Data Source={factory.DatabasePath};Mode=ReadOnly;Pooling=False");
        await direct.OpenAsync(Ct);
        await using var command = direct.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM Measures WHERE Key = 'USA-CHN-IEEPA-FENTANYL'";
        Assert.Equal(1L, (long)(await command.ExecuteScalarAsync(Ct))!);
        command.CommandText = "SELECT COUNT(*) FROM Measures";
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
    public async Task Dispose_Fixture_DeletesItsTempFile()
    {
        string path;
        await using (var other = new TradeTrackerFactory())
        {
            path = other.DatabasePath;
            using var client = other.CreateClient();
            var response = await client.GetAsync("/api/rates?imposer=USA&target=CHN&asOf=2025-06-09", Ct);
            response.EnsureSuccessStatusCode();
            Assert.True(File.Exists(path));
            Assert.NotEqual(factory.DatabasePath, path);
        }

        Assert.False(File.Exists(path), $"{path} was left behind.");
        Assert.False(Directory.Exists(Path.GetDirectoryName(path)), "The fixture's temp directory was left behind.");
    }
}
