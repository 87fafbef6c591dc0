using System.Net;
using System.Text.Json.Nodes;
using TradeTracker.IntegrationTests.Infrastructure;
using TradeTracker.Web.Services.Accounts;

namespace TradeTracker.IntegrationTests;

/// <summary>POST /api/deadlines/{id}/extensions: recording an extension moves the deadline, guarded by the deadline's
/// version in If-Match like any other change of it.</summary>
public sealed class DeadlineExtensionsApiTests(TradeTrackerFactory factory) : IClassFixture<TradeTrackerFactory>, IAsyncLifetime
{
    private HttpClient editor = default!;
    private HttpClient reader = default!;
    private readonly HttpClient anonymous = factory.CreateClientAs(null);

    public async ValueTask InitializeAsync()
    {
        editor = factory.CreateBearerClient(await factory.CreateTokenAsync(await factory.CreateAccountAsync("extender", Roles.Editor)));
        reader = factory.CreateBearerClient(await factory.CreateTokenAsync(await factory.CreateAccountAsync("onlooker", Roles.Reader)));
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    /// <summary>Moves the March 1, 2031 test deadline to April 1, 2031.</summary>
    private async Task<JsonObject> ExtensionAsync() => new()
    {
        ["newDueDate"] = "2031-04-01",
        ["newDueTime"] = "00:01:00",
        ["timeZoneId"] = "America/New_York",
        ["decidedOn"] = "2031-02-20",
        ["note"] = "Extended by a month.",
        ["sourceId"] = await factory.AnySourceIdAsync(),
    };

    private static string Url(int id) => $"/api/deadlines/{id}/extensions";

    [Fact]
    public async Task Extend_CurrentIfMatch_Is200WithTheExtendedDeadlineAndANewETag()
    {
        var (id, version, _) = await factory.CreateRowAsync(editor, "deadlines");

        var response = await editor.SendAsync(HttpMethod.Post, Url(id), await ExtensionAsync(), WriteApi.IfMatch(version));

        var deadline = await response.ReadJsonAsync(HttpStatusCode.OK);
        Assert.NotEqual(version, response.ETagVersion());
        Assert.Equal(response.ETagVersion(), await factory.StoredVersionAsync("deadlines", id));
        Assert.Equal("Extended", deadline.GetProperty("status").GetString());
        var extension = Assert.Single(deadline.GetProperty("extensions").EnumerateArray());
        Assert.Equal("12:01 a.m. EDT, April 1, 2031", extension.GetProperty("newDueLocal").GetString());
    }

    [Fact]
    public async Task Extend_WithoutIfMatch_Is428AndChangesNothing()
    {
        var (id, version, _) = await factory.CreateRowAsync(editor, "deadlines");

        var response = await editor.SendAsync(HttpMethod.Post, Url(id), await ExtensionAsync());

        await response.ReadJsonAsync((HttpStatusCode)428);
        Assert.Equal(version, await factory.StoredVersionAsync("deadlines", id));
    }

    [Fact]
    public async Task Extend_StaleIfMatch_Is412WithTheCurrentDeadline()
    {
        var (id, staleVersion, row) = await factory.CreateRowAsync(editor, "deadlines");
        row["title"] = "Renamed meanwhile";
        var renamed = await editor.SendAsync(HttpMethod.Put, $"/api/deadlines/{id}", row, WriteApi.IfMatch(staleVersion));
        await renamed.ReadJsonAsync(HttpStatusCode.OK);

        var response = await editor.SendAsync(HttpMethod.Post, Url(id), await ExtensionAsync(), WriteApi.IfMatch(staleVersion));

        var current = await response.ReadJsonAsync(HttpStatusCode.PreconditionFailed);
        Assert.Equal(renamed.ETagVersion(), response.ETagVersion());
        Assert.Equal("Renamed meanwhile", current.GetProperty("title").GetString());
        Assert.Empty(current.GetProperty("extensions").EnumerateArray());
        Assert.Equal(renamed.ETagVersion(), await factory.StoredVersionAsync("deadlines", id));
    }

    [Fact]
    public async Task Extend_NoSource_Is400NamingSourceIdAndChangesNothing()
    {
        var (id, version, _) = await factory.CreateRowAsync(editor, "deadlines");
        var extension = await ExtensionAsync();
        extension["sourceId"] = null;

        var response = await editor.SendAsync(HttpMethod.Post, Url(id), extension, WriteApi.IfMatch(version));

        var problem = await response.ReadJsonAsync(HttpStatusCode.BadRequest);
        Assert.Contains("sourceId", problem.ErrorFields());
        Assert.Equal(version, await factory.StoredVersionAsync("deadlines", id));
    }

    [Fact]
    public async Task Extend_EarlierThanTheDueDate_Is400NamingNewDueDate()
    {
        var (id, version, _) = await factory.CreateRowAsync(editor, "deadlines");
        var extension = await ExtensionAsync();
        extension["newDueDate"] = "2031-02-01";

        var response = await editor.SendAsync(HttpMethod.Post, Url(id), extension, WriteApi.IfMatch(version));

        var problem = await response.ReadJsonAsync(HttpStatusCode.BadRequest);
        Assert.Contains("later than", problem.ErrorText("newDueDate"));
        Assert.Equal(version, await factory.StoredVersionAsync("deadlines", id));
    }

    [Theory]
    [InlineData("anonymous", HttpStatusCode.Unauthorized)]
    [InlineData("reader", HttpStatusCode.Forbidden)]
    public async Task Extend_WithoutTheEditorRole_IsRefusedAndChangesNothing(string who, HttpStatusCode expected)
    {
        var (id, version, _) = await factory.CreateRowAsync(editor, "deadlines");
        var client = who == "reader" ? reader : anonymous;

        var response = await client.SendAsync(HttpMethod.Post, Url(id), await ExtensionAsync(), WriteApi.IfMatch(version));

        Assert.Equal(expected, response.StatusCode);
        Assert.Equal(version, await factory.StoredVersionAsync("deadlines", id));
    }
}
