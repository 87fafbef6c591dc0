using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using TradeTracker.Web.Domain;

namespace TradeTracker.IntegrationTests.Infrastructure;

/// <summary>The write API's kinds as the tests drive them: a valid new row of each as JSON, the field a change edits,
/// one broken rule with the field its 400 must name, and what the store holds afterwards.</summary>
public static class WriteApi
{
    public static TheoryData<string> Kinds => ["measures", "rate-steps", "events", "deadlines", "sources"];

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>A valid new row of <paramref name="kind"/>, as a tool would post it.</summary>
    public static async Task<JsonObject> ValidBodyAsync(this TradeTrackerFactory factory, string kind)
    {
        var sourceId = await factory.AnySourceIdAsync();
        var unique = Guid.NewGuid().ToString("N")[..10].ToUpperInvariant();
        return kind switch
        {
            "sources" => new JsonObject
            {
                ["publisher"] = "Test publisher",
                ["title"] = $"Test notice {unique}",
                ["url"] = $"https://example.org/notices/{unique}",
                ["publishedOn"] = "2025-05-01",
            },
            "measures" => new JsonObject
            {
                ["key"] = $"TEST-{unique}",
                ["imposingEconomyCode"] = "USA",
                ["targetEconomyCode"] = "CHN",
                ["name"] = $"Test surcharge {unique}",
                ["legalBasis"] = "Test order",
                ["coverage"] = "AllGoods",
                ["combination"] = "Adds",
                ["status"] = "InEffect",
                ["sourceIds"] = new JsonArray(sourceId),
            },
            "rate-steps" => new JsonObject
            {
                ["measureId"] = (await factory.CreateAllGoodsMeasureAsync($"Stepped surcharge {unique}")).Id,
                ["ratePercent"] = 7.5m,
                ["fromDate"] = "2031-01-01",
                ["fromTime"] = "00:01:00",
                ["timeZoneId"] = "America/New_York",
                ["announcedOn"] = "2030-12-01",
                ["sourceIds"] = new JsonArray(sourceId),
            },
            "events" => new JsonObject
            {
                ["startsOn"] = "2031-02-01",
                ["kind"] = "Announcement",
                ["title"] = $"Test announcement {unique}",
                ["summary"] = "A test announcement.",
                ["economyCodes"] = new JsonArray("USA", "CHN"),
                ["sourceIds"] = new JsonArray(sourceId),
            },
            "deadlines" => new JsonObject
            {
                ["title"] = $"Test deadline {unique}",
                ["dueDate"] = "2031-03-01",
                ["dueTime"] = "00:01:00",
                ["timeZoneId"] = "America/New_York",
                ["whatHappens"] = "A test tariff takes effect.",
                ["sourceIds"] = new JsonArray(sourceId),
            },
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
        };
    }

    /// <summary>The text field a change edits.</summary>
    public static string ChangedField(string kind) => kind switch
    {
        "measures" => "name",
        "rate-steps" => "notes",
        _ => "title",
    };

    /// <summary>Breaks one rule in <paramref name="body"/>; returns the field the 400 must name and part of its message.</summary>
    public static (string Field, string Message) Break(string kind, JsonObject body)
    {
        switch (kind)
        {
            case "sources":
                body["url"] = "not an address";
                return ("url", "absolute http or https");
            case "measures":
                body["key"] = "not a key";
                return ("key", "capital letters, digits and hyphens");
            case "rate-steps":
                body["ratePercent"] = 1001m;
                return ("ratePercent", "between 0 and 1000");
            case "events":
                body["economyCodes"] = new JsonArray();
                return ("economyCodes", "at least one economy");
            case "deadlines":
                body["title"] = "";
                return ("title", "Title is required");
            default:
                throw new ArgumentOutOfRangeException(nameof(kind), kind, null);
        }
    }

    public static async Task<HttpResponseMessage> SendAsync(this HttpClient client, HttpMethod method, string url, JsonNode? body = null, string? ifMatch = null)
    {
        using var request = new HttpRequestMessage(method, url);
        if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }

        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }

        return await client.SendAsync(request, Ct);
    }

    /// <summary>The version in the response's ETag ("&lt;guid&gt;", strong).</summary>
    public static Guid ETagVersion(this HttpResponseMessage response)
    {
        var etag = response.Headers.ETag;
        Assert.NotNull(etag);
        Assert.False(etag.IsWeak);
        return Guid.Parse(etag.Tag.Trim('"'));
    }

    public static string IfMatch(Guid version) => $"\"{version}\"";

    /// <summary>Posts a valid new row as the given client; returns its id, version and JSON.</summary>
    public static async Task<(int Id, Guid Version, JsonObject Row)> CreateRowAsync(this TradeTrackerFactory factory, HttpClient client, string kind)
    {
        var response = await client.SendAsync(HttpMethod.Post, $"/api/{kind}", await factory.ValidBodyAsync(kind));
        var row = (await response.ReadJsonAsync(HttpStatusCode.Created)).Deserialize<JsonObject>()!;
        return ((int)row["id"]!, response.ETagVersion(), row);
    }

    /// <summary>The stored version of the row; null when it does not exist.</summary>
    public static async Task<Guid?> StoredVersionAsync(this TradeTrackerFactory factory, string kind, int id)
    {
        await using var db = factory.CreateDbContext();
        return await Rows(db, kind).Where(r => r.Id == id).Select(r => (Guid?)r.Version).SingleOrDefaultAsync(Ct);
    }

    /// <summary>The stored row (untracked); null when it does not exist.</summary>
    public static async Task<EditableEntity?> StoredRowAsync(this TradeTrackerFactory factory, string kind, int id)
    {
        await using var db = factory.CreateDbContext();
        return await Rows(db, kind).AsNoTracking().SingleOrDefaultAsync(r => r.Id == id, Ct);
    }

    public static async Task<int> RowCountAsync(this TradeTrackerFactory factory, string kind)
    {
        await using var db = factory.CreateDbContext();
        return await Rows(db, kind).CountAsync(Ct);
    }

    private static IQueryable<EditableEntity> Rows(TradeTracker.Web.Data.AppDbContext db, string kind) => kind switch
    {
        "measures" => db.Measures,
        "rate-steps" => db.RateSteps,
        "events" => db.Events,
        "deadlines" => db.Deadlines,
        "sources" => db.Sources,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };
}
