using System.Net;
using System.Text.Json.Nodes;
using TradeTracker.IntegrationTests.Infrastructure;
using TradeTracker.Web.Services.Import;

namespace TradeTracker.IntegrationTests;

/// <summary>Every text an editor can send has a limit the editor checks, so a too-long value is a message on its field on
/// either store: SQLite ignores column lengths, PostgreSQL enforces them, and an unchecked one would be a 500 there.</summary>
public sealed class TextLimitsTests(TradeTrackerFactory factory) : IClassFixture<TradeTrackerFactory>
{
    private readonly HttpClient editor = factory.CreateClientAs("editor");

    public static TheoryData<string, string> TextFields => new()
    {
        { "measures", "key" }, { "measures", "name" }, { "measures", "legalBasis" }, { "measures", "productDescription" },
        { "measures", "notes" }, { "measures", "invalidatedBy" }, { "measures", "invalidationNote" },
        { "rate-steps", "notes" },
        { "events", "title" }, { "events", "summary" }, { "events", "location" }, { "events", "participants" },
        { "deadlines", "title" }, { "deadlines", "whatHappens" }, { "deadlines", "outcome" },
        { "sources", "publisher" }, { "sources", "title" }, { "sources", "url" },
    };

    [Theory]
    [MemberData(nameof(TextFields))]
    public async Task Post_TextLongerThanItsLimit_Is400OnTheFieldAndSavesNothing(string kind, string field)
    {
        var body = await factory.ValidBodyAsync(kind);
        var rowsBefore = await factory.RowCountAsync(kind);
        body[field] = (field == "url" ? "https://example.org/" : "") + new string('x', 5_000);

        var response = await editor.SendAsync(HttpMethod.Post, $"/api/{kind}", body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))!;
        var messages = problem["errors"]?[field]?.AsArray();
        Assert.NotNull(messages);
        Assert.Contains(messages, m => m!.GetValue<string>().Contains("at most", StringComparison.Ordinal));
        Assert.Equal(rowsBefore, await factory.RowCountAsync(kind));
    }

    [Fact]
    public async Task Import_ExternalIdLongerThanTheStoreKeeps_IsAnErrorOnTheRowAndCommitsNothing()
    {
        var longId = "EV-" + new string('7', 60);
        var csv = "external_id,date,kind,title,summary,economies,source_publisher,source_url\n"
            + $"{longId},2031-04-01,statement,Long id statement,Said something.,USA,Example Wire,https://example.org/{longId}";
        var eventsBefore = await factory.RowCountAsync("events");

        var commit = await factory.CommitAsync(ImportKind.Events, csv);

        Assert.False(commit.Committed);
        Assert.Contains(commit.Rows[0].Errors, e => e.StartsWith("external_id:", StringComparison.Ordinal) && e.Contains("at most 40", StringComparison.Ordinal));
        Assert.Equal(eventsBefore, await factory.RowCountAsync("events"));
    }
}
