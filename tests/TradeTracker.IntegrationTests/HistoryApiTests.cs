using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using TradeTracker.IntegrationTests.Infrastructure;

namespace TradeTracker.IntegrationTests;

public sealed class HistoryApiTests(TradeTrackerFactory factory) : IClassFixture<TradeTrackerFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task GetHistory_AfterAnEditThroughTheApi_ListsTheUpdateWithFieldsBeforeAndAfterNewestFirst()
    {
        var measure = await factory.CreateAllGoodsMeasureAsync("History surcharge");
        var editor = factory.CreateClientAs("editor");
        var row = (await editor.GetFromJsonAsync<JsonObject>($"/api/measures/{measure.Id}", Ct))!;
        row["name"] = "History surcharge (renamed)";
        using var put = new HttpRequestMessage(HttpMethod.Put, $"/api/measures/{measure.Id}") { Content = JsonContent.Create(row) };
        put.Headers.IfMatch.Add(new EntityTagHeaderValue($"\"{row["version"]}\""));
        Assert.Equal(HttpStatusCode.OK, (await editor.SendAsync(put, Ct)).StatusCode);

        var history = await (await editor.GetAsync($"/api/measures/{measure.Id}/history", Ct)).ReadJsonAsync(HttpStatusCode.OK);

        Assert.Equal(["Updated", "Created"], history.EnumerateArray().Select(h => h.GetProperty("action").GetString()));
        var name = history[0].GetProperty("changes").EnumerateArray().Single(c => c.GetProperty("field").GetString() == "Name");
        Assert.Equal("\"History surcharge\"", name.GetProperty("before").GetString());
        Assert.Equal("\"History surcharge (renamed)\"", name.GetProperty("after").GetString());
        Assert.Equal("editor@tests.local", history[0].GetProperty("actor").GetString());
    }

    [Fact]
    public async Task GetHistory_AsReaderOrAnonymous_IsRefused()
    {
        var measure = await factory.CreateAllGoodsMeasureAsync("Hidden history surcharge");

        Assert.Equal(HttpStatusCode.Forbidden, (await factory.CreateClientAs("reader").GetAsync($"/api/measures/{measure.Id}/history", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await factory.CreateClientAs(null).GetAsync($"/api/measures/{measure.Id}/history", Ct)).StatusCode);
    }

    [Fact]
    public async Task GetHistory_OfARowThatNeverExisted_Is404()
    {
        var response = await factory.CreateClientAs("editor").GetAsync("/api/events/987654/history", Ct);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
