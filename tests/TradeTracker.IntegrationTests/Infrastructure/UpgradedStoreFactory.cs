using Microsoft.AspNetCore.Hosting;
using Microsoft.Data.Sqlite;

namespace TradeTracker.IntegrationTests.Infrastructure;

/// <summary>The app on a store seeded before this release: <c>Fixtures/store-2025-12.sql</c>, the dump of a store that
/// commit 4ff81ef (the 2025 reference data, no content hashes) migrated and seeded. It is loaded into the fixture's file
/// before the app starts, so the app's own start-up upgrades it (migrations, then the seeder).</summary>
public class UpgradedStoreFactory : TradeTrackerFactory
{
    public UpgradedStoreFactory()
    {
        using var connection = new SqliteConnection($"Data Source={DatabasePath}");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "store-2025-12.sql"));
        command.ExecuteNonQuery();
    }

    /// <summary>Whether the app seeds at start; off, a test can change the old store before it runs the seeder itself.</summary>
    protected virtual bool SeedOnStart => true;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Database:SeedReferenceData", SeedOnStart ? "true" : "false");
    }
}

/// <summary>The store seeded before this release, migrated but not yet seeded by this release.</summary>
public sealed class UnseededUpgradedStoreFactory : UpgradedStoreFactory
{
    protected override bool SeedOnStart => false;
}
