using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using TradeTracker.IntegrationTests.Infrastructure;
using TradeTracker.Web.Services.Accounts;

namespace TradeTracker.IntegrationTests;

/// <summary>GET, POST, PUT and DELETE of measures, rate steps, events, deadlines and sources, called as a tool calls
/// them: with a real API token in <c>Authorization: Bearer</c>, versions in ETag and If-Match.</summary>
public sealed class WriteApiTests(TradeTrackerFactory factory) : IClassFixture<TradeTrackerFactory>, IAsyncLifetime
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private HttpClient editor = default!;
    private HttpClient reader = default!;
    private readonly HttpClient anonymous = factory.CreateClientAs(null);
    private string editorEmail = "";

    public static TheoryData<string> Kinds => WriteApi.Kinds;

    public async ValueTask InitializeAsync()
    {
        var editorAccount = await factory.CreateAccountAsync("api-editor", Roles.Editor);
        editorEmail = editorAccount.Email!;
        editor = factory.CreateBearerClient(await factory.CreateTokenAsync(editorAccount));
        reader = factory.CreateBearerClient(await factory.CreateTokenAsync(await factory.CreateAccountAsync("api-reader", Roles.Reader)));
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    public static TheoryData<string, string, string> RefusedWrites()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var kind in WriteApi.Kinds)
        {
            foreach (var method in new[] { "PUT", "DELETE" })
            {
                data.Add(kind, method, "anonymous");
                data.Add(kind, method, "reader");
            }
        }

        return data;
    }

    [Theory, MemberData(nameof(Kinds))]
    public async Task Post_Anonymous_Is401AndSavesNothing(string kind)
    {
        var before = await factory.RowCountAsync(kind);

        var response = await anonymous.SendAsync(HttpMethod.Post, $"/api/{kind}", await factory.ValidBodyAsync(kind));

        var problem = await response.ReadJsonAsync(HttpStatusCode.Unauthorized);
        Assert.Contains("sign in", problem.GetProperty("detail").GetString(), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(before, await factory.RowCountAsync(kind));
    }

    [Theory, MemberData(nameof(Kinds))]
    public async Task Post_ReaderToken_Is403AndSavesNothing(string kind)
    {
        var before = await factory.RowCountAsync(kind);

        var response = await reader.SendAsync(HttpMethod.Post, $"/api/{kind}", await factory.ValidBodyAsync(kind));

        var problem = await response.ReadJsonAsync(HttpStatusCode.Forbidden);
        Assert.Contains("Editor role", problem.GetProperty("detail").GetString());
        Assert.Equal(before, await factory.RowCountAsync(kind));
    }

    [Theory, MemberData(nameof(RefusedWrites))]
    public async Task PutOrDelete_AnonymousOrReader_IsRefusedAndChangesNothing(string kind, string method, string who)
    {
        var (id, version, row) = await factory.CreateRowAsync(editor, kind);
        row[WriteApi.ChangedField(kind)] = "Changed by someone without the role";
        var client = who == "reader" ? reader : anonymous;

        var response = await client.SendAsync(new HttpMethod(method), $"/api/{kind}/{id}", method == "PUT" ? row : null, WriteApi.IfMatch(version));

        Assert.Equal(who == "reader" ? HttpStatusCode.Forbidden : HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(version, await factory.StoredVersionAsync(kind, id));
    }

    [Theory, MemberData(nameof(Kinds))]
    public async Task Post_EditorToken_Is201WithLocationETagAndTheRow(string kind)
    {
        var body = await factory.ValidBodyAsync(kind);
        var before = await factory.RowCountAsync(kind);

        var response = await editor.SendAsync(HttpMethod.Post, $"/api/{kind}", body);

        var created = await response.ReadJsonAsync(HttpStatusCode.Created);
        var id = created.GetProperty("id").GetInt32();
        var version = response.ETagVersion();
        Assert.Equal(version, created.GetProperty("version").GetGuid());
        Assert.Equal($"/api/{kind}/{id}", response.Headers.Location?.ToString());
        var field = WriteApi.ChangedField(kind) == "notes" ? "measureId" : WriteApi.ChangedField(kind);
        Assert.Equal(body[field]!.ToString(), created.GetProperty(field).ToString());
        Assert.Equal(before + 1, await factory.RowCountAsync(kind));
        Assert.Equal(version, await factory.StoredVersionAsync(kind, id));

        var read = await editor.GetAsync($"/api/{kind}/{id}", Ct);
        var row = await read.ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal(version, read.ETagVersion());
        Assert.Equal(id, row.GetProperty("id").GetInt32());

        Assert.Equal(editorEmail, (await factory.StoredRowAsync(kind, id))?.CreatedBy);
    }

    [Theory, MemberData(nameof(Kinds))]
    public async Task Get_UnknownId_Is404(string kind)
    {
        var response = await anonymous.GetAsync($"/api/{kind}/999999", Ct);

        var problem = await response.ReadJsonAsync(HttpStatusCode.NotFound);
        Assert.Contains("999999 does not exist", problem.GetProperty("detail").GetString());
    }

    [Theory, MemberData(nameof(Kinds))]
    public async Task Put_WithoutIfMatch_Is428AndChangesNothing(string kind)
    {
        var (id, version, row) = await factory.CreateRowAsync(editor, kind);
        row[WriteApi.ChangedField(kind)] = "Changed without If-Match";

        var response = await editor.SendAsync(HttpMethod.Put, $"/api/{kind}/{id}", row);

        var problem = await response.ReadJsonAsync((HttpStatusCode)428);
        Assert.Contains("If-Match", problem.GetProperty("detail").GetString());
        Assert.Equal(version, await factory.StoredVersionAsync(kind, id));
    }

    [Theory, MemberData(nameof(Kinds))]
    public async Task Put_StaleIfMatch_Is412WithTheCurrentRowAndItsETag(string kind)
    {
        var (id, staleVersion, row) = await factory.CreateRowAsync(editor, kind);
        var field = WriteApi.ChangedField(kind);
        row[field] = "First writer's change";
        var first = await editor.SendAsync(HttpMethod.Put, $"/api/{kind}/{id}", row, WriteApi.IfMatch(staleVersion));
        await first.ReadJsonAsync(HttpStatusCode.OK);
        var currentVersion = first.ETagVersion();
        row[field] = "Second writer's change, made on the old version";

        var response = await editor.SendAsync(HttpMethod.Put, $"/api/{kind}/{id}", row, WriteApi.IfMatch(staleVersion));

        var current = await response.ReadJsonAsync(HttpStatusCode.PreconditionFailed);
        Assert.Equal(currentVersion, response.ETagVersion());
        Assert.Equal(currentVersion, current.GetProperty("version").GetGuid());
        Assert.Equal("First writer's change", current.GetProperty(field).GetString());
        Assert.Equal(currentVersion, await factory.StoredVersionAsync(kind, id));
    }

    [Theory, MemberData(nameof(Kinds))]
    public async Task Put_CurrentIfMatch_Is200WithTheChangeAndANewETag(string kind)
    {
        var (id, version, row) = await factory.CreateRowAsync(editor, kind);
        var field = WriteApi.ChangedField(kind);
        row[field] = "Corrected through the API";

        var response = await editor.SendAsync(HttpMethod.Put, $"/api/{kind}/{id}", row, WriteApi.IfMatch(version));

        var updated = await response.ReadJsonAsync(HttpStatusCode.OK);
        var newVersion = response.ETagVersion();
        Assert.NotEqual(version, newVersion);
        Assert.Equal(newVersion, updated.GetProperty("version").GetGuid());
        Assert.Equal("Corrected through the API", updated.GetProperty(field).GetString());
        Assert.Equal(newVersion, await factory.StoredVersionAsync(kind, id));
        var read = await anonymous.GetAsync($"/api/{kind}/{id}", Ct);
        Assert.Equal("Corrected through the API", (await read.ReadJsonAsync(HttpStatusCode.OK)).GetProperty(field).GetString());
        Assert.Equal(newVersion, read.ETagVersion());
    }

    [Theory, MemberData(nameof(Kinds))]
    public async Task Put_WeakOrMalformedIfMatch_Is412WithTheCurrentVersion(string kind)
    {
        var (id, version, row) = await factory.CreateRowAsync(editor, kind);
        row[WriteApi.ChangedField(kind)] = "Changed with a bad If-Match";

        var response = await editor.SendAsync(HttpMethod.Put, $"/api/{kind}/{id}", row, $"W/\"{version}\"");

        await response.ReadJsonAsync(HttpStatusCode.PreconditionFailed);
        Assert.Equal(version, response.ETagVersion());
        Assert.Equal(version, await factory.StoredVersionAsync(kind, id));
    }

    [Theory, MemberData(nameof(Kinds))]
    public async Task Post_BrokenRule_Is400NamingTheFieldAndSavesNothing(string kind)
    {
        var body = await factory.ValidBodyAsync(kind);
        var (field, message) = WriteApi.Break(kind, body);
        var before = await factory.RowCountAsync(kind);

        var response = await editor.SendAsync(HttpMethod.Post, $"/api/{kind}", body);

        var problem = await response.ReadJsonAsync(HttpStatusCode.BadRequest);
        Assert.Contains(field, problem.ErrorFields());
        Assert.Contains(message, problem.ErrorText(field));
        Assert.Equal(before, await factory.RowCountAsync(kind));
    }

    [Theory, MemberData(nameof(Kinds))]
    public async Task Put_BrokenRule_Is400NamingTheFieldAndChangesNothing(string kind)
    {
        var (id, version, row) = await factory.CreateRowAsync(editor, kind);
        var (field, message) = WriteApi.Break(kind, row);

        var response = await editor.SendAsync(HttpMethod.Put, $"/api/{kind}/{id}", row, WriteApi.IfMatch(version));

        var problem = await response.ReadJsonAsync(HttpStatusCode.BadRequest);
        Assert.Contains(field, problem.ErrorFields());
        Assert.Contains(message, problem.ErrorText(field));
        Assert.Equal(version, await factory.StoredVersionAsync(kind, id));
    }

    [Theory, MemberData(nameof(Kinds))]
    public async Task Delete_WithoutIfMatch_Is428AndKeepsTheRow(string kind)
    {
        var (id, version, _) = await factory.CreateRowAsync(editor, kind);

        var response = await editor.SendAsync(HttpMethod.Delete, $"/api/{kind}/{id}");

        await response.ReadJsonAsync((HttpStatusCode)428);
        Assert.Equal(version, await factory.StoredVersionAsync(kind, id));
    }

    [Theory, MemberData(nameof(Kinds))]
    public async Task Delete_StaleIfMatch_Is412WithTheCurrentRowAndKeepsIt(string kind)
    {
        var (id, staleVersion, row) = await factory.CreateRowAsync(editor, kind);
        var field = WriteApi.ChangedField(kind);
        row[field] = "Changed before the delete";
        var changed = await editor.SendAsync(HttpMethod.Put, $"/api/{kind}/{id}", row, WriteApi.IfMatch(staleVersion));
        await changed.ReadJsonAsync(HttpStatusCode.OK);

        var response = await editor.SendAsync(HttpMethod.Delete, $"/api/{kind}/{id}", ifMatch: WriteApi.IfMatch(staleVersion));

        var current = await response.ReadJsonAsync(HttpStatusCode.PreconditionFailed);
        Assert.Equal(changed.ETagVersion(), response.ETagVersion());
        Assert.Equal("Changed before the delete", current.GetProperty(field).GetString());
        Assert.Equal(changed.ETagVersion(), await factory.StoredVersionAsync(kind, id));
    }

    [Theory, MemberData(nameof(Kinds))]
    public async Task Delete_CurrentIfMatch_Is204AndTheRowIsGone(string kind)
    {
        var (id, version, _) = await factory.CreateRowAsync(editor, kind);

        var response = await editor.SendAsync(HttpMethod.Delete, $"/api/{kind}/{id}", ifMatch: WriteApi.IfMatch(version));

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Null(await factory.StoredVersionAsync(kind, id));
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/api/{kind}/{id}", Ct)).StatusCode);
    }

    [Fact]
    public async Task Post_EnumAsNumber_IsAcceptedAndAnsweredByName()
    {
        var body = await factory.ValidBodyAsync("events");
        body["kind"] = 0;

        var response = await editor.SendAsync(HttpMethod.Post, "/api/events", body);

        var created = await response.ReadJsonAsync(HttpStatusCode.Created);
        Assert.Equal(JsonValueKind.String, created.GetProperty("kind").ValueKind);
    }

    [Fact]
    public async Task Post_NotJson_Is415AndSavesNothing()
    {
        var before = await factory.RowCountAsync("sources");
        using var content = new StringContent("publisher=x", System.Text.Encoding.UTF8, "application/x-www-form-urlencoded");

        var response = await editor.PostAsync("/api/sources", content, Ct);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal(before, await factory.RowCountAsync("sources"));
    }

    [Fact]
    public async Task Put_TestHeaderEditor_StillWorksBesideTokens()
    {
        var headerEditor = factory.CreateClientAs("editor");
        var (id, version, row) = await factory.CreateRowAsync(headerEditor, "sources");
        row["title"] = "Changed through the test header";

        var response = await headerEditor.SendAsync(HttpMethod.Put, $"/api/sources/{id}", row, WriteApi.IfMatch(version));

        await response.ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal("editor@tests.local", (await factory.StoredRowAsync("sources", id))?.UpdatedBy);
    }
}
