using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using TradeTracker.IntegrationTests.Infrastructure;

namespace TradeTracker.IntegrationTests;

/// <summary>What a tool is told when its request is refused: the field as it sent it and what the field must be, never a
/// .NET type or C# name; 413 and 415 titled for what happened; bodies over 1 MB refused.</summary>
public sealed class ApiErrorShapeTests(TradeTrackerFactory factory) : IClassFixture<TradeTrackerFactory>
{
    private readonly HttpClient editor = factory.CreateClientAs("editor");

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("rate-steps", "ratePercent", "\"abc\"", "ratePercent must be a number.")]
    [InlineData("rate-steps", "fromDate", "\"June 1\"", "fromDate must be a date (yyyy-MM-dd).")]
    [InlineData("rate-steps", "sourceIds[0]", "[\"first\"]", "sourceIds[0] must be a number.")]
    [InlineData("measures", "coverage", "\"Everything\"", "coverage must be one of AllGoods")]
    [InlineData("events", "economyCodes", "\"USA\"", "economyCodes must be a list.")]
    public async Task Post_FieldOfTheWrongType_Is400NamingTheFieldAsSent(string kind, string field, string value, string message)
    {
        var body = await factory.ValidBodyAsync(kind);
        body[field.Split('[')[0]] = JsonNode.Parse(value);

        var response = await editor.SendAsync(HttpMethod.Post, $"/api/{kind}", body);

        var problem = await response.ReadJsonAsync(HttpStatusCode.BadRequest);
        Assert.Contains(field, problem.ErrorFields());
        Assert.Contains(message, problem.ErrorText(field));
        Assert.DoesNotContain("System.", problem.ToString());
    }

    [Theory]
    [InlineData("{\"title\": Notice", "application/json", HttpStatusCode.BadRequest, "detail", "The body is not valid JSON (line 1, byte 11)")]
    [InlineData("publisher=x", "application/x-www-form-urlencoded", HttpStatusCode.UnsupportedMediaType, "title", "Send JSON: Content-Type: application/json")]
    public async Task Post_BodyNotJson_SaysWhatToSend(string text, string mediaType, HttpStatusCode status, string member, string says)
    {
        using var content = new StringContent(text, Encoding.UTF8, mediaType);

        var response = await editor.PostAsync("/api/sources", content, Ct);

        var problem = await response.ReadJsonAsync(status);
        Assert.StartsWith(says, problem.GetProperty(member).GetString());
        Assert.DoesNotContain("System.", problem.ToString());
    }

    [Theory]
    [InlineData(1024 * 1024, HttpStatusCode.RequestEntityTooLarge, "The body is too large: the API takes up to 1 MB")]
    [InlineData(1000 * 1000, HttpStatusCode.BadRequest, "The request was refused")]
    public async Task Post_BodyAroundOneMegabyte_IsRefusedUnreadOnlyAboveIt(int titleLength, HttpStatusCode status, string title)
    {
        var body = await factory.ValidBodyAsync("sources");
        body["title"] = new string('x', titleLength);
        using var content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json");

        var response = await editor.PostAsync("/api/sources", content, Ct);

        var problem = await response.ReadJsonAsync(status);
        Assert.Equal(title, problem.GetProperty("title").GetString());
    }
}
