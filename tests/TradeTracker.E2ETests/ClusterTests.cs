using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using Npgsql;
using TradeTracker.E2ETests.Pages;
using Xunit.Sdk;
using Xunit.v3;
using static Microsoft.Playwright.Assertions;

namespace TradeTracker.E2ETests;

/// <summary>Two instances behind nginx over one PostgreSQL (<see cref="ClusterFixture"/>): a change made through one
/// is on the other's live pages within a second and in its next API answer, a sign-in cookie from one works on the
/// other, and when one is killed its browsers and new requests move to the other. Instance 0 is "A", 1 is "B". The
/// tests run in the order of their names, so the one that kills B (Kill...) runs last.</summary>
[TestMethodOrderer(typeof(ByName))]
public sealed class ClusterTests(ClusterFixture cluster, AppServer app) : IClassFixture<ClusterFixture>
{
    private const int A = 0;
    private const int B = 1;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task EditorSavesThroughA_LiveDashboardOnB_ShowsItWithinOneSecond()
    {
        Assert.SkipWhen(cluster.SkipReason is not null, cluster.SkipReason ?? "");
        var (eventId, title) = await AnyEventAsync();
        var dashboard = new DashboardPage(await NewPageOnAsync(B));
        await dashboard.OpenAsync();
        var editorPage = await NewPageOnAsync(A);
        await new LoginPage(editorPage).SignInAsync(ClusterFixture.AdminEmail, ClusterFixture.AdminPassword, "/admin");
        var editor = new AdminPage(editorPage);
        await editor.EditEventAsync(title, eventId);

        // The first save after start also compiles the save path on A and B's reload (JIT, EF Core queries): it is
        // written to the output; the second is held to one second.
        var first = await SaveTitleAndTimeAsync(editor, $"{title} (cluster)", dashboard.Page);
        await editor.EditEventAsync($"{title} (cluster)", eventId);
        var second = await SaveTitleAndTimeAsync(editor, $"{title} (cluster, again)", dashboard.Page);

        TestContext.Current.TestOutputHelper?.WriteLine($"Save through A to B's screen (click to notice): first {first:0} ms, second {second:0} ms");
        Assert.InRange(second, 0, 1000);
    }

    /// <summary>Renames the event in the open editor and saves; the ms from the click to the reader's notice.</summary>
    private static async Task<double> SaveTitleAndTimeAsync(AdminPage editor, string title, IPage reader)
    {
        await reader.EvaluateAsync(LiveUpdateTests.WatchNotice);
        await editor.FillAsync("Title", title);
        var clickedAt = await editor.Page.EvaluateAsync<double>("Date.now()");
        await editor.SaveAsync();
        await Expect(reader.GetByTestId("live-update")).ToContainTextAsync($"Event changed: “{title}”");
        return await reader.EvaluateAsync<double>("window.__liveAt") - clickedAt;
    }

    [Fact]
    public async Task EditorAddsAStepThroughA_BsRatesApi_AnswersTheNewRateAtOnce()
    {
        Assert.SkipWhen(cluster.SkipReason is not null, cluster.SkipReason ?? "");
        using var editorOnA = await ClusterFixture.SignedInClientAsync(ClusterFixture.InstanceUrl(A), new CookieContainer());
        using var readerOnB = new HttpClient { BaseAddress = new Uri(ClusterFixture.InstanceUrl(B)) };
        var measure = await CreatedIdAsync(await editorOnA.PostAsJsonAsync("/api/measures", new
        {
            key = $"CLUSTER-{Guid.NewGuid():N}"[..20].ToUpperInvariant(),
            imposingEconomyCode = "USA",
            targetEconomyCode = "CHN",
            name = "Cluster test surcharge",
            legalBasis = "Test order",
            coverage = "AllGoods",
            combination = "Adds",
            status = "InEffect",
            sourceIds = new[] { 1 },
        }, Ct));
        var before = await HeadlineAsync(readerOnB);
        Assert.Equal(before, await HeadlineAsync(readerOnB));

        await CreatedIdAsync(await editorOnA.PostAsJsonAsync("/api/rate-steps", new
        {
            measureId = measure,
            ratePercent = 5m,
            fromDate = "2025-06-01",
            announcedOn = "2025-05-30",
            sourceIds = new[] { 1 },
        }, Ct));

        Assert.Equal(before + 5m, await HeadlineAsync(readerOnB));
    }

    [Fact]
    public async Task CookieFromA_SentToB_IsAccepted()
    {
        Assert.SkipWhen(cluster.SkipReason is not null, cluster.SkipReason ?? "");
        var cookies = new CookieContainer();
        using var signedInOnA = await ClusterFixture.SignedInClientAsync(ClusterFixture.InstanceUrl(A), cookies);
        using var anonymous = new HttpClient();
        using var withAsCookie = new HttpClient(new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = false });
        var editorsOnlyOnB = $"{ClusterFixture.InstanceUrl(B)}/api/sources/1/history";

        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync(editorsOnlyOnB, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await withAsCookie.GetAsync(editorsOnlyOnB, Ct)).StatusCode);
    }

    [Fact]
    public async Task KillMinusNineOfB_RequestsAndBsBrowserMoveToA()
    {
        Assert.SkipWhen(cluster.SkipReason is not null, cluster.SkipReason ?? "");
        var affinity = await cluster.AffinityForAsync(B);
        var reader = new DashboardPage(await NewPageOnAsync(B));
        await reader.OpenAsync();
        var reloaded = reader.Page.WaitForResponseAsync(
            r => r.Request.ResourceType == "document" && r.Headers.GetValueOrDefault("x-upstream", "").EndsWith(ClusterFixture.UpstreamName(A), StringComparison.Ordinal),
            new() { Timeout = 60_000 });

        Process.GetProcessById(cluster.Pid(B)).Kill();

        using var browserOfB = new HttpClient(new HttpClientHandler { UseCookies = false });
        var answers = new List<(HttpStatusCode Status, string? Upstream)>();
        for (var i = 0; i < 20; i++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, $"{cluster.ProxyUrl}/api/rates?imposer=USA&target=CHN");
            request.Headers.Add("Cookie", $"tt_affinity={affinity}");
            using var response = await browserOfB.SendAsync(request, Ct);
            answers.Add((response.StatusCode, ClusterFixture.UpstreamOf(response)));
        }

        TestContext.Current.TestOutputHelper?.WriteLine($"After kill -9 of B: {string.Join(", ", answers.Select(a => $"{(int)a.Status} from {a.Upstream}"))}");
        Assert.All(answers.Skip(1), a => Assert.Equal((HttpStatusCode.OK, ClusterFixture.UpstreamName(A)), a));

        // Blazor tries to reconnect its circuit; nginx sends the attempt to A, which has no such circuit, so the page
        // reloads itself there: the reader sees the reconnect notice briefly, then the same page, live again.
        await reloaded;
        await reader.WaitForInteractiveAsync();
        await Expect(reader.Page.GetByTestId("live-update")).ToBeAttachedAsync();
    }

    /// <summary>A page in a fresh browser context that nginx serves from this instance (its affinity cookie).</summary>
    private async Task<IPage> NewPageOnAsync(int instance)
    {
        var context = await app.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = cluster.ProxyUrl, Locale = "en-US" });
        context.SetDefaultTimeout(15_000);
        await context.AddCookiesAsync([new Microsoft.Playwright.Cookie { Name = "tt_affinity", Value = await cluster.AffinityForAsync(instance), Domain = "127.0.0.1", Path = "/" }]);
        return await context.NewPageAsync();
    }

    /// <summary>An event whose title no other event's title contains, so the admin page's filter shows it alone.</summary>
    private async Task<(int Id, string Title)> AnyEventAsync()
    {
        await using var connection = new NpgsqlConnection(cluster.ConnectionString);
        await connection.OpenAsync(Ct);
        await using var command = new NpgsqlCommand("""SELECT "Id", "Title" FROM "Events" WHERE "ArchivedAt" IS NULL ORDER BY "StartsOn" DESC, "Id" DESC""", connection);
        var events = new List<(int Id, string Title)>();
        await using (var reader = await command.ExecuteReaderAsync(Ct))
        {
            while (await reader.ReadAsync(Ct))
            {
                events.Add((reader.GetInt32(0), reader.GetString(1)));
            }
        }

        return events.First(e => events.Count(o => o.Title.Contains(e.Title, StringComparison.OrdinalIgnoreCase)) == 1);
    }

    private static async Task<int> CreatedIdAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetInt32();
    }

    private static async Task<decimal> HeadlineAsync(HttpClient client) =>
        (await client.GetFromJsonAsync<JsonElement>("/api/rates?imposer=USA&target=CHN&asOf=2025-06-09", Ct)).GetProperty("headlinePercent").GetDecimal();

    /// <summary>Runs a class's tests in the order of their method names.</summary>
    public sealed class ByName : ITestMethodOrderer
    {
        public IReadOnlyCollection<TTestMethod?> OrderTestMethods<TTestMethod>(IReadOnlyCollection<TTestMethod?> testMethods) where TTestMethod : notnull, ITestMethod =>
            [.. testMethods.OrderBy(m => m?.MethodName, StringComparer.Ordinal)];
    }
}
