using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using TradeTracker.Web.Data.StoreCopy;
using TradeTracker.Web.Services.Accounts;
using TradeTracker.Web.Services.Editing;
using TradeTracker.Web.Setup;

namespace TradeTracker.IntegrationTests.Infrastructure;

/// <summary>The app on a store chosen by the test rather than by the suite's pass.</summary>
public sealed class StoreFactory(Func<string, TestStore> store) : TradeTrackerFactory(store);

/// <summary>A SQLite store made by the app (seeded, then edited through the editors and the write API by an account
/// with an API token, and signed in to, so it holds audit entries, a token and Data Protection keys), copied with
/// <c>copy-store</c> into a new PostgreSQL database, and the app started on the copy. What the original answered is
/// kept for comparison. Built only when the suite runs on PostgreSQL (<see cref="TestStore.PostgresVariable"/>).</summary>
public sealed partial class StoreCopyFixture : IAsyncLifetime
{
    public const string NeedsPostgres =
        $"copy-store copies into PostgreSQL: set {TestStore.PostgresVariable} (tests/run.sh's PostgreSQL pass does)";

    public const string RatesUrl = "/api/rates?imposer=USA&target=CHN&asOf=2025-06-01";

    public const string TimelineUrl = "/timeline?asOf=2025-06-01";

    private static string? Server => Environment.GetEnvironmentVariable(TestStore.PostgresVariable);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>The app on the SQLite original.</summary>
    public TradeTrackerFactory Original { get; private set; } = null!;

    /// <summary>The app on the PostgreSQL copy.</summary>
    public TradeTrackerFactory Copy { get; private set; } = null!;

    public CopyRun Run { get; private set; } = null!;

    /// <summary>The secret of the API token the original issued.</summary>
    public string TokenSecret { get; private set; } = "";

    /// <summary>The Identity cookie the original issued when the token's account signed in.</summary>
    public string SignInCookie { get; private set; } = "";

    public string OriginalRates { get; private set; } = "";

    public string OriginalTimeline { get; private set; } = "";

    public int OriginalMaxSourceId { get; private set; }

    public long OriginalMaxAuditId { get; private set; }

    public async ValueTask InitializeAsync()
    {
        if (string.IsNullOrWhiteSpace(Server))
        {
            return;
        }

        Original = new StoreFactory(directory => new TestStore(directory, postgresServer: null));
        await EditAsync(Original);
        OriginalRates = await Original.CreateClient().GetStringAsync(RatesUrl, Ct);
        OriginalTimeline = VisibleText(await Original.CreateClient().GetPageAsync(TimelineUrl));
        await using (var db = Original.CreateDbContext())
        {
            OriginalMaxSourceId = await db.Sources.MaxAsync(s => s.Id, Ct);
            OriginalMaxAuditId = await db.AuditEntries.MaxAsync(a => a.Id, Ct);
        }

        var target = new TestStore(Original.Directory, Server);
        Run = await CopyRun.StartAsync(Original.DatabasePath, target.ConnectionString);
        Copy = new StoreFactory(_ => target);
    }

    /// <summary>Editors' changes, an account with an API token that writes through the API, and a sign-in (which makes
    /// the Data Protection keys).</summary>
    private async Task EditAsync(TradeTrackerFactory app)
    {
        var measure = await app.CreateAllGoodsMeasureAsync("Copied surcharge");
        await app.GetService<RateStepEditor>().CreateAsync(TradeTrackerFactory.User("editor"), new RateStepInput
        {
            MeasureId = measure.Id,
            RatePercent = 12.3456m,
            FromDate = new DateOnly(2025, 3, 1),
            SourceIds = [await app.AnySourceIdAsync()],
        }, Ct);

        var account = await app.CreateAccountAsync("copied-editor", Roles.Editor);
        TokenSecret = await app.CreateTokenAsync(account);
        var tool = app.CreateBearerClient(TokenSecret);
        await app.CreateRowAsync(tool, "events");
        await app.CreateRowAsync(tool, "sources");

        var browser = app.CreateBrowserClient();
        var signIn = await browser.PostSignInAsync(account.Email!, TestAccounts.Password);
        Assert.True(signIn.SignedIn(), $"The original did not sign the account in: {(int)signIn.StatusCode}.");
        SignInCookie = signIn.Headers.GetValues("Set-Cookie")
            .Select(c => c.Split(';')[0])
            .Single(c => c.StartsWith(".AspNetCore.Identity.Application=", StringComparison.Ordinal));
    }

    /// <summary>A page's text as a reader sees it: no markup, no comments (Blazor's component markers differ per
    /// render), whitespace collapsed.</summary>
    public static string VisibleText(string html)
    {
        var text = Comment().Replace(html, "");
        text = Script().Replace(text, "");
        text = Tag().Replace(text, " ");
        return Whitespace().Replace(text, " ").Trim();
    }

    /// <summary>A JSON answer's values in the store copy's canonical form (numbers by value: PostgreSQL's numeric(9,4)
    /// gives 20.0000 where SQLite's text gives 20.0), each <c>sources</c> list in one order: the app loads a layer's
    /// sources with an unordered Include, so each provider lists them in its own order.</summary>
    public static string JsonValues(string json)
    {
        var node = JsonNode.Parse(json)!;
        SortSources(node);
        var text = new StringBuilder();
        CanonicalValue.Append(text, new JsonText(node.ToJsonString()));
        return text.ToString();
    }

    private static void SortSources(JsonNode? node)
    {
        foreach (var child in node switch
        {
            JsonObject o => o.Select(p => p.Value),
            JsonArray a => a.AsEnumerable(),
            _ => [],
        })
        {
            SortSources(child);
        }

        if (node is JsonObject { } owner && owner["sources"] is JsonArray sources)
        {
            var sorted = sources.Select(s => s!.ToJsonString()).Order(StringComparer.Ordinal).ToList();
            owner["sources"] = new JsonArray(sorted.Select(s => JsonNode.Parse(s)).ToArray());
        }
    }

    /// <summary>Every table's row count in a PostgreSQL database, by name.</summary>
    public static async Task<Dictionary<string, long>> RowCountsAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(Ct);
        var tables = new List<string>();
        await using (var list = new NpgsqlCommand(
            "SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace " +
            "WHERE n.nspname = current_schema() AND c.relkind = 'r'", connection))
        await using (var reader = await list.ExecuteReaderAsync(Ct))
        {
            while (await reader.ReadAsync(Ct))
            {
                tables.Add(reader.GetString(0));
            }
        }

        var counts = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var table in tables)
        {
            await using var count = new NpgsqlCommand($"SELECT count(*) FROM \"{table}\"", connection);
            counts[table] = (long)(await count.ExecuteScalarAsync(Ct))!;
        }

        return counts;
    }

    public async ValueTask DisposeAsync()
    {
        if (Copy is not null)
        {
            await Copy.DisposeAsync();
        }

        if (Original is not null)
        {
            await Original.DisposeAsync();
        }
    }

    [GeneratedRegex("<!--.*?-->", RegexOptions.Singleline)]
    private static partial Regex Comment();

    [GeneratedRegex("<script.*?</script>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex Script();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tag();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}

/// <summary>One run of <c>copy-store</c> in this process, with what it printed.</summary>
public sealed record CopyRun(int ExitCode, string Output, string Error)
{
    public static async Task<CopyRun> StartAsync(string sqlitePath, string postgresConnectionString)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = await StoreCopyCommand.RunAsync(
            [StoreCopyCommand.Name, "--from", $"Data Source={sqlitePath}", "--to", postgresConnectionString], output, error);
        return new CopyRun(exitCode, output.ToString(), error.ToString());
    }

    /// <summary>The line printed for <paramref name="table"/> ("Events  2,107 rows  sha256 …  ok").</summary>
    public string LineOf(string table) =>
        Output.Split('\n').SingleOrDefault(l => l.StartsWith(table + " ", StringComparison.Ordinal))
        ?? throw new InvalidOperationException($"No line for {table} in:\n{Output}{Error}");

    /// <summary>The row count printed for <paramref name="table"/>.</summary>
    public long RowsOf(string table) =>
        long.Parse(LineOf(table)[table.Length..].Trim().Split(' ')[0], NumberStyles.AllowThousands, CultureInfo.InvariantCulture);

    public override string ToString() => $"exit {ExitCode}\n{Output}{Error}";
}
