using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Npgsql;
using TradeTracker.Web.Api;
using TradeTracker.Web.Data;

namespace TradeTracker.IntegrationTests.Infrastructure;

/// <summary>The app on a fresh store of its own (<see cref="TestStore"/>: a SQLite file under the temp directory, or a
/// PostgreSQL database when the suite runs on PostgreSQL), migrated and seeded by the app's own start-up code, with
/// <see cref="TestAuthHandler"/> for API callers. The store is deleted on dispose.</summary>
public class TradeTrackerFactory : WebApplicationFactory<Program>
{
    public TradeTrackerFactory()
        : this(directory => new TestStore(directory))
    {
    }

    /// <summary>The app on the store <paramref name="store"/> makes (or hands over) given the fixture's directory; the
    /// factory disposes it.</summary>
    protected TradeTrackerFactory(Func<string, TestStore> store)
    {
        Directory = Path.Combine(Path.GetTempPath(), $"tradetracker-tests-{Guid.NewGuid():N}");
        System.IO.Directory.CreateDirectory(Directory);
        Store = store(Directory);
    }

    /// <summary>The fixture's own temp directory (database and log files).</summary>
    public string Directory { get; }

    public TestStore Store { get; }

    /// <summary>The SQLite file; a test that reads it directly runs on SQLite only.</summary>
    public string DatabasePath => Store.SqlitePath ?? throw new InvalidOperationException("This fixture's store is PostgreSQL, not a SQLite file.");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(Environments.Development);
        builder.UseSetting("Database:Provider", Store.Provider.ToString());
        builder.UseSetting("Database:ConnectionString", Store.ConnectionString);
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
        var used = db.Database.GetConnectionString() ?? "";
        var expected = Store.Provider == StoreProvider.Sqlite
            ? Path.GetFullPath(new SqliteConnectionStringBuilder(used).DataSource) == DatabasePath
            : db.Database.IsNpgsql() && new NpgsqlConnectionStringBuilder(used).Database == new NpgsqlConnectionStringBuilder(Store.ConnectionString).Database;
        if (!expected)
        {
            throw new InvalidOperationException($"The test host uses '{used}', not the fixture's store '{Store.ConnectionString}'.");
        }

        return host;
    }

    /// <summary>A client that signs in as "editor", "admin" or "reader" (no role); null for an anonymous caller. Every
    /// client of the fixture talks to <c>ClientOptions.BaseAddress</c> (https for a production site).</summary>
    public HttpClient CreateClientAs(string? user)
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = ClientOptions.BaseAddress });
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
            Store.Dispose();
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
