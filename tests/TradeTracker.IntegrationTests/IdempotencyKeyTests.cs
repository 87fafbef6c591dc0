using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.OpenApi;
using Microsoft.OpenApi.Reader;
using TradeTracker.IntegrationTests.Infrastructure;
using TradeTracker.Web.Data;
using TradeTracker.Web.Services.Accounts;

namespace TradeTracker.IntegrationTests;

/// <summary><c>Idempotency-Key</c> on the write API's POSTs: a retry gets the first answer and creates nothing, also
/// when two copies arrive at once; a key is one change (another body or endpoint is 422); a first request that never
/// finished is not run again (409); a refused first request frees its key.</summary>
public sealed class IdempotencyKeyTests(TradeTrackerFactory factory) : IClassFixture<TradeTrackerFactory>, IAsyncLifetime
{
    private HttpClient tool = default!;
    private ApplicationUser owner = default!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        owner = await factory.CreateAccountAsync("retrying-tool", Roles.Editor);
        tool = factory.CreateBearerClient(await factory.CreateTokenAsync(owner));
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private static string NewKey() => Guid.NewGuid().ToString();

    private async Task<HttpResponseMessage> PostAsync(HttpClient client, string url, JsonNode body, string? key, string? ifMatch = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = JsonContent.Create(body) };
        if (key is not null)
        {
            request.Headers.TryAddWithoutValidation("Idempotency-Key", key);
        }

        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }

        return await client.SendAsync(request, Ct);
    }

    [Theory]
    [MemberData(nameof(WriteApi.Kinds), MemberType = typeof(WriteApi))]
    public async Task Retry_SameKeyAndBody_AnswersTheFirstAnswerAndCreatesNothing(string kind)
    {
        var body = await factory.ValidBodyAsync(kind);
        var key = NewKey();
        var first = await PostAsync(tool, $"/api/{kind}", body, key);
        var firstBody = await first.Content.ReadAsStringAsync(Ct);
        var count = await factory.RowCountAsync(kind);

        var retry = await PostAsync(tool, $"/api/{kind}", body, key);

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.Created, retry.StatusCode);
        Assert.Equal(firstBody, await retry.Content.ReadAsStringAsync(Ct));
        Assert.Equal(first.Headers.Location, retry.Headers.Location);
        Assert.Equal(first.Headers.ETag, retry.Headers.ETag);
        Assert.Equal(first.Content.Headers.ContentType?.MediaType, retry.Content.Headers.ContentType?.MediaType);
        Assert.Equal("true", Assert.Single(retry.Headers.GetValues("Idempotent-Replayed")));
        Assert.Equal(count, await factory.RowCountAsync(kind));
    }

    [Fact]
    public async Task Retry_TwoAtOnce_CreatesOneRow()
    {
        var body = await factory.ValidBodyAsync("sources");
        var key = NewKey();
        var before = await factory.RowCountAsync("sources");

        var answers = await Task.WhenAll(PostAsync(tool, "/api/sources", body, key), PostAsync(tool, "/api/sources", body, key));

        Assert.Equal(before + 1, await factory.RowCountAsync("sources"));
        Assert.Contains(answers, a => a.StatusCode == HttpStatusCode.Created);
        Assert.All(answers, a => Assert.Contains(a.StatusCode, new[] { HttpStatusCode.Created, HttpStatusCode.Conflict }));
    }

    [Theory]
    [InlineData("sources", "another body")]
    [InlineData("events", "another request (POST /api/sources)")]
    public async Task SameKey_AnotherBodyOrEndpoint_Is422AndCreatesNothing(string secondKind, string named)
    {
        var key = NewKey();
        await (await PostAsync(tool, "/api/sources", await factory.ValidBodyAsync("sources"), key)).ReadJsonAsync(HttpStatusCode.Created);
        var before = await factory.RowCountAsync(secondKind);

        var second = await PostAsync(tool, $"/api/{secondKind}", await factory.ValidBodyAsync(secondKind), key);

        Assert.Contains(named, (await second.ReadJsonAsync(HttpStatusCode.UnprocessableEntity)).GetProperty("detail").GetString());
        Assert.Equal(before, await factory.RowCountAsync(secondKind));
    }

    [Fact]
    public async Task SameKey_AnotherCaller_IsTheirOwnKey()
    {
        var other = await factory.CreateAccountAsync("other-tool", Roles.Editor);
        var otherTool = factory.CreateBearerClient(await factory.CreateTokenAsync(other));
        var key = NewKey();
        var body = await factory.ValidBodyAsync("sources");
        await (await PostAsync(tool, "/api/sources", body, key)).ReadJsonAsync(HttpStatusCode.Created);

        var theirs = await PostAsync(otherTool, "/api/sources", body, key);

        Assert.Equal(HttpStatusCode.Created, theirs.StatusCode);
        Assert.False(theirs.Headers.Contains("Idempotent-Replayed"));
    }

    [Fact]
    public async Task Retry_FirstRequestInterrupted_Is409AndCreatesNothing()
    {
        var body = await factory.ValidBodyAsync("sources");
        var key = NewKey();
        await using (var db = factory.CreateDbContext())
        {
            // What a process killed between its write and its answer leaves: a claim that never completed.
            db.IdempotencyRecords.Add(new IdempotencyRecord
            {
                UserId = owner.Id,
                Key = key,
                Request = "POST /api/sources",
                BodyHash = Convert.ToHexStringLower(SHA256.HashData(await JsonContent.Create(body).ReadAsByteArrayAsync(Ct))),
                CreatedAt = DateTimeOffset.UtcNow.AddMinutes(-10),
            });
            await db.SaveChangesAsync(Ct);
        }

        var before = await factory.RowCountAsync("sources");

        var problem = await (await PostAsync(tool, "/api/sources", body, key)).ReadJsonAsync(HttpStatusCode.Conflict);

        Assert.Contains("never finished", problem.GetProperty("detail").GetString());
        Assert.Equal(before, await factory.RowCountAsync("sources"));
    }

    [Fact]
    public async Task Retry_FirstRequestRefused_RunsTheFixedBodyWithTheSameKey()
    {
        var key = NewKey();
        var body = await factory.ValidBodyAsync("deadlines");
        var broken = body.DeepClone().AsObject();
        WriteApi.Break("deadlines", broken);

        var refused = await PostAsync(tool, "/api/deadlines", broken, key);
        var fixedUp = await PostAsync(tool, "/api/deadlines", body, key);

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal(HttpStatusCode.Created, fixedUp.StatusCode);
        Assert.False(fixedUp.Headers.Contains("Idempotent-Replayed"));
    }

    [Fact]
    public async Task Retry_DeadlineExtension_AnswersTheFirstAnswerAndRecordsOneExtension()
    {
        var (id, version, _) = await factory.CreateRowAsync(tool, "deadlines");
        var extension = new JsonObject
        {
            ["newDueDate"] = "2031-04-01",
            ["newDueTime"] = "00:01:00",
            ["timeZoneId"] = "America/New_York",
            ["decidedOn"] = "2031-02-20",
            ["sourceId"] = await factory.AnySourceIdAsync(),
        };
        var key = NewKey();
        var first = await PostAsync(tool, $"/api/deadlines/{id}/extensions", extension, key, WriteApi.IfMatch(version));

        var retry = await PostAsync(tool, $"/api/deadlines/{id}/extensions", extension, key, WriteApi.IfMatch(version));

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, retry.StatusCode);
        Assert.Equal(await first.Content.ReadAsStringAsync(Ct), await retry.Content.ReadAsStringAsync(Ct));
        Assert.Single((await retry.ReadJsonAsync(HttpStatusCode.OK)).GetProperty("extensions").EnumerateArray());
    }

    [Theory]
    [InlineData("clé-accentuée")]
    [InlineData("tab\tinside")]
    [InlineData("a-key-of-102-characters-aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")]
    public async Task Post_BadKey_Is400AndCreatesNothing(string key)
    {
        var before = await factory.RowCountAsync("sources");

        var problem = await (await PostAsync(tool, "/api/sources", await factory.ValidBodyAsync("sources"), key)).ReadJsonAsync(HttpStatusCode.BadRequest);

        Assert.Contains("Idempotency-Key", problem.GetProperty("detail").GetString());
        Assert.Equal(before, await factory.RowCountAsync("sources"));
    }

    [Fact]
    public async Task OpenApiDocument_WritePosts_DocumentTheHeader()
    {
        var document = (await OpenApiDocument.LoadAsync(await factory.CreateClientAs(null).GetStreamAsync("/openapi/v1.json", Ct), "json", cancellationToken: Ct)).Document!;

        foreach (var path in new[] { "/api/measures", "/api/rate-steps", "/api/events", "/api/deadlines", "/api/sources", "/api/deadlines/{id}/extensions" })
        {
            var header = Assert.Single(document.Paths[path].Operations![HttpMethod.Post].Parameters!, p => p.Name == "Idempotency-Key");
            Assert.Equal(ParameterLocation.Header, header.In);
        }
    }
}
