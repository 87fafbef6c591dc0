using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using TradeTracker.Web.Api;
using TradeTracker.Web.Data;

namespace TradeTracker.IntegrationTests.Infrastructure;

/// <summary>The app on a fresh SQLite file of its own under the temp directory, migrated and seeded by the app's own
/// start-up code, with <see cref="TestAuthHandler"/> for API callers. The file is deleted on dispose.</summary>
public class TradeTrackerFactory : WebApplicationFactory<Program>
{
    public TradeTrackerFactory()
    {
        Directory = Path.Combine(Path.GetTempPath(), $"tradetracker-tests-{Guid.NewGuid():N}");
        System.IO.Directory.CreateDirectory(Directory);
        DatabasePath = Path.Combine(Directory, "tradetracker.db");
    }

    /// <summary>The fixture's own temp directory (database and log files).</summary>
    public string Directory { get; }

    public string DatabasePath { get; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(Environments.Development);
        builder.UseSetting("Database:ConnectionString", $"Data Source={DatabasePath}");
        builder.UseSetting("Database:MigrateOnStartup", "true");
        builder.UseSetting("Database:SeedReferenceData", "true");
        builder.UseSetting("Accounts:SeedDemoAccounts", "false");
        builder.UseSetting("TradeTracker:DisplayTimeZone", "America/New_York");
        builder.UseSetting("TradeTracker:RequireSignInToRead", "false");
        builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
        builder.UseSetting("Serilog:WriteTo:1:Args:path", Path.Combine(Directory, "logs", "tradetracker-.log"));

        builder.ConfigureServices(services =>
        {
            services.AddAuthentication()
                .AddScheme<AuthenticationSchemeOptions, TestAuthHandler>(TestAuthHandler.SchemeName, _ => { })
                .AddPolicyScheme(TestAuthHandler.SelectorScheme, "Test header, else the app's own cookie-or-token scheme", options =>
                    options.ForwardDefaultSelector = context => context.Request.Headers.ContainsKey(TestAuthHandler.Header)
                        ? TestAuthHandler.SchemeName
                        : ApiTokenAuthenticationHandler.CookieOrTokenScheme);

            // After the app's own AddAuthentication(...): the header scheme for test callers; without the header the
            // app's own selection applies (a real Bearer token on /api, else the Identity cookie).
            services.PostConfigure<AuthenticationOptions>(options =>
            {
                options.DefaultScheme = TestAuthHandler.SelectorScheme;
                options.DefaultAuthenticateScheme = TestAuthHandler.SelectorScheme;
                options.DefaultChallengeScheme = TestAuthHandler.SelectorScheme;
                options.DefaultForbidScheme = TestAuthHandler.SelectorScheme;
            });
        });
    }

    protected override IHost CreateHost(IHostBuilder builder)
    {
        var host = base.CreateHost(builder);

        // Refuse to run against any store but this fixture's temp file: a test that silently used the default
        // database could pass for the wrong reason.
        using var db = host.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContext();
        var dataSource = new SqliteConnectionStringBuilder(db.Database.GetConnectionString()).DataSource;
        if (!string.Equals(Path.GetFullPath(dataSource), DatabasePath, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"The test host uses '{dataSource}', not the fixture's database '{DatabasePath}'.");
        }

        return host;
    }

    /// <summary>A client that signs in as "editor", "admin" or "reader" (no role); null for an anonymous caller.</summary>
    public HttpClient CreateClientAs(string? user)
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        if (user is not null)
        {
            client.DefaultRequestHeaders.Add(TestAuthHandler.Header, user);
        }

        return client;
    }

    public AppDbContext CreateDbContext() => Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContext();

    public T GetService<T>() where T : notnull => Services.GetRequiredService<T>();

    public static ClaimsPrincipal User(string user) => TestAuthHandler.Principal(user);

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            SqliteConnection.ClearAllPools();
            try
            {
                System.IO.Directory.Delete(Directory, recursive: true);
            }
            catch (IOException)
            {
                // Best effort: a log file still held open must not fail the run.
            }
        }
    }
}
