using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using TradeTracker.IntegrationTests.Infrastructure;
using TradeTracker.Web.Services.Editing;

namespace TradeTracker.IntegrationTests;

public sealed class RateStepsApiTests(TradeTrackerFactory factory) : IClassFixture<TradeTrackerFactory>
{
    private const string Url = "/api/rate-steps";

    // The test steps start on January 1, 2031; the answer is asked for mid-2031.
    private const string LaterAsOf = "2031-06-01";

    private readonly HttpClient anonymous = factory.CreateClientAs(null);
    private readonly HttpClient reader = factory.CreateClientAs("reader");
    private readonly HttpClient editor = factory.CreateClientAs("editor");

    private async Task<RateStepInput> ValidStepAsync(int measureId, decimal rate = 7.5m) => new()
    {
        MeasureId = measureId,
        RatePercent = rate,
        FromDate = new DateOnly(2031, 1, 1),
        FromTime = new TimeOnly(0, 1),
        TimeZoneId = "America/New_York",
        AnnouncedOn = new DateOnly(2030, 12, 1),
        SourceIds = [await factory.AnySourceIdAsync()],
    };

    [Fact]
    public async Task Post_Anonymous_Is401AndSavesNothing()
    {
        var measure = await factory.CreateAllGoodsMeasureAsync("Anonymous attempt surcharge");
        var rateBefore = await anonymous.GetHeadlineAsync("USA", "CHN", LaterAsOf);
        var stepsBefore = await factory.RateStepCountAsync();

        var response = await anonymous.PostJsonAsync(Url, await ValidStepAsync(measure.Id));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Null(response.Headers.Location);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("sign in", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(stepsBefore, await factory.RateStepCountAsync());
        Assert.Equal(rateBefore, await anonymous.GetHeadlineAsync("USA", "CHN", LaterAsOf));
    }

    [Fact]
    public async Task Post_SignedInWithoutEditorRole_Is403AndSavesNothing()
    {
        var measure = await factory.CreateAllGoodsMeasureAsync("Reader attempt surcharge");
        var rateBefore = await reader.GetHeadlineAsync("USA", "CHN", LaterAsOf);
        var stepsBefore = await factory.RateStepCountAsync();

        var response = await reader.PostJsonAsync(Url, await ValidStepAsync(measure.Id));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(stepsBefore, await factory.RateStepCountAsync());
        Assert.Equal(rateBefore, await reader.GetHeadlineAsync("USA", "CHN", LaterAsOf));
    }

    [Theory]
    [InlineData("editor")]
    [InlineData("admin")]
    public async Task Post_AsWriter_Is201AndChangesTheRateFromItsStart(string user)
    {
        var client = factory.CreateClientAs(user);
        var measure = await factory.CreateAllGoodsMeasureAsync($"Test surcharge by {user}");
        var rateBefore = await client.GetHeadlineAsync("USA", "CHN", LaterAsOf);
        var rateDayBeforeStart = await client.GetHeadlineAsync("USA", "CHN", "2030-12-31");

        var response = await client.PostJsonAsync(Url, await ValidStepAsync(measure.Id, 7.5m));

        var created = await response.ReadJsonAsync(HttpStatusCode.Created);
        var rates = await client.GetRatesAsync("USA", "CHN", LaterAsOf);
        Assert.Equal(rateBefore + 7.5m, rates.GetProperty("headlinePercent").GetDecimal());
        var layer = rates.GetProperty("layers").EnumerateArray().Single(l => l.GetProperty("measureId").GetInt32() == measure.Id);
        Assert.Equal(7.5m, layer.GetProperty("ratePercent").GetDecimal());
        Assert.Equal("12:01 a.m. EST, January 1, 2031", layer.GetProperty("inForceFromLocal").GetString());
        Assert.NotEmpty(layer.GetProperty("sources").EnumerateArray());
        Assert.Equal(rateDayBeforeStart, await client.GetHeadlineAsync("USA", "CHN", "2030-12-31"));

        await using var db = factory.CreateDbContext();
        var step = await db.RateSteps.SingleAsync(s => s.Id == created.GetProperty("id").GetInt32(), TestContext.Current.CancellationToken);
        Assert.Equal($"{user}@tests.local", step.CreatedBy);
        Assert.Equal(created.GetProperty("version").GetGuid(), step.Version);
    }

    [Fact]
    public async Task PostSuccessor_WithTheOpenStepsVersion_Is201EndsItAndTheNewRateAppliesFromItsStart()
    {
        var measure = await factory.CreateAllGoodsMeasureAsync("Successor surcharge");
        var open = await (await editor.PostJsonAsync(Url, await ValidStepAsync(measure.Id, 7.5m))).ReadJsonAsync(HttpStatusCode.Created);
        var next = await ValidStepAsync(measure.Id, 9.5m);
        next.FromDate = new DateOnly(2031, 7, 1);

        var response = await editor.SendAsync(HttpMethod.Post, $"{Url}/{open.GetProperty("id").GetInt32()}/successor", Body(next), WriteApi.IfMatch(open.GetProperty("version").GetGuid()));

        var added = await response.ReadJsonAsync(HttpStatusCode.Created);
        Assert.Equal($"/api/rate-steps/{added.GetProperty("id").GetInt32()}", response.Headers.Location?.OriginalString);
        var layer = (await editor.GetRatesAsync("USA", "CHN", "2031-08-01")).GetProperty("layers").EnumerateArray().Single(l => l.GetProperty("measureId").GetInt32() == measure.Id);
        Assert.Equal(9.5m, layer.GetProperty("ratePercent").GetDecimal());
        var ended = await (await editor.GetAsync($"{Url}/{open.GetProperty("id").GetInt32()}", TestContext.Current.CancellationToken)).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal("2031-07-01", ended.GetProperty("untilDate").GetString());
    }

    [Fact]
    public async Task PostSuccessor_StartingBeforeTheOpenStep_Is400OnFromDateAndChangesNothing()
    {
        var measure = await factory.CreateAllGoodsMeasureAsync("Early successor surcharge");
        var open = await (await editor.PostJsonAsync(Url, await ValidStepAsync(measure.Id, 7.5m))).ReadJsonAsync(HttpStatusCode.Created);
        var stepsBefore = await factory.RateStepCountAsync();
        var next = await ValidStepAsync(measure.Id, 9.5m);
        next.FromDate = new DateOnly(2030, 7, 1);

        var response = await editor.SendAsync(HttpMethod.Post, $"{Url}/{open.GetProperty("id").GetInt32()}/successor", Body(next), WriteApi.IfMatch(open.GetProperty("version").GetGuid()));

        var problem = await response.ReadJsonAsync(HttpStatusCode.BadRequest);
        Assert.Contains("after the 7.5% step it ends", problem.ErrorText("FromDate"));
        Assert.Equal(stepsBefore, await factory.RateStepCountAsync());
    }

    private static JsonNode Body(RateStepInput input) => JsonSerializer.SerializeToNode(input, JsonSerializerOptions.Web)!;

    private async Task AssertRefusedAsync(RateStepInput input, string field, string messagePart)
    {
        var stepsBefore = await factory.RateStepCountAsync();

        var response = await editor.PostJsonAsync(Url, input);

        var problem = await response.ReadJsonAsync(HttpStatusCode.BadRequest);
        Assert.Contains(JsonNamingPolicy.CamelCase.ConvertName(field), problem.ErrorFields());
        Assert.Contains(messagePart, problem.ErrorText(field));
        Assert.Equal(stepsBefore, await factory.RateStepCountAsync());
    }

    [Fact]
    public async Task Post_RateOver1000_Is400OnRatePercentAndSavesNothing()
    {
        var measure = await factory.CreateAllGoodsMeasureAsync("Too high surcharge");
        var input = await ValidStepAsync(measure.Id, 1001m);

        await AssertRefusedAsync(input, nameof(RateStepInput.RatePercent), "between 0 and 1000");
    }

    [Fact]
    public async Task Post_NegativeRate_Is400OnRatePercent()
    {
        var measure = await factory.CreateAllGoodsMeasureAsync("Negative surcharge");

        await AssertRefusedAsync(await ValidStepAsync(measure.Id, -5m), nameof(RateStepInput.RatePercent), "between 0 and 1000");
    }

    [Fact]
    public async Task Post_RateWithFiveDecimals_Is400OnRatePercentAndSavesNothing()
    {
        var measure = await factory.CreateAllGoodsMeasureAsync("Too precise surcharge");

        await AssertRefusedAsync(await ValidStepAsync(measure.Id, 7.12345m), nameof(RateStepInput.RatePercent), "at most 4 decimal places");
    }

    [Fact]
    public async Task Post_EndBeforeStart_Is400OnUntilDateAndSavesNothing()
    {
        var measure = await factory.CreateAllGoodsMeasureAsync("Backwards surcharge");
        var input = await ValidStepAsync(measure.Id);
        input.UntilDate = new DateOnly(2030, 12, 31);

        await AssertRefusedAsync(input, nameof(RateStepInput.UntilDate), "The end must come after the start");
    }

    [Fact]
    public async Task Post_NoSource_Is400OnSourceIdsAndSavesNothing()
    {
        var measure = await factory.CreateAllGoodsMeasureAsync("Unsourced surcharge");
        var input = await ValidStepAsync(measure.Id);
        input.SourceIds = [];

        await AssertRefusedAsync(input, nameof(RateStepInput.SourceIds), "at least one source");
    }

    [Fact]
    public async Task Post_UnknownSource_Is400OnSourceIds()
    {
        var measure = await factory.CreateAllGoodsMeasureAsync("Missing-source surcharge");
        var input = await ValidStepAsync(measure.Id);
        input.SourceIds = [999_999];

        await AssertRefusedAsync(input, nameof(RateStepInput.SourceIds), "Source 999999 does not exist");
    }

    [Fact]
    public async Task Post_UnknownMeasure_Is400OnMeasureIdAndSavesNothing()
    {
        var input = await ValidStepAsync(999_999);

        await AssertRefusedAsync(input, nameof(RateStepInput.MeasureId), "Measure 999999 does not exist");
    }

    [Fact]
    public async Task Post_OverlappingOpenSeededStep_Is400OnFromDateAndSavesNothing()
    {
        // The seeded forced-labor tariff has an open 12.5% step from 12:01 a.m. EDT, July 24, 2026 (the IEEPA layers,
        // open in the 2025 data, ended when the Supreme Court held them void).
        var forcedLabor = await factory.MeasureIdAsync("USA-CHN-S301-FORCED-LABOR");
        var rateBefore = await editor.GetHeadlineAsync("USA", "CHN", LaterAsOf);
        var input = await ValidStepAsync(forcedLabor, 25m);

        await AssertRefusedAsync(input, nameof(RateStepInput.FromDate), "overlaps the 12.5% step in force from 12:01 a.m. EDT, July 24, 2026");
        Assert.Equal(rateBefore, await editor.GetHeadlineAsync("USA", "CHN", LaterAsOf));
    }

    [Fact]
    public async Task Post_SecondStepOverlappingTheFirst_Is400OnFromDate()
    {
        var measure = await factory.CreateAllGoodsMeasureAsync("Twice-stepped surcharge");
        var first = await editor.PostJsonAsync(Url, await ValidStepAsync(measure.Id, 5m));
        await first.ReadJsonAsync(HttpStatusCode.Created);
        var overlapping = await ValidStepAsync(measure.Id, 6m);
        overlapping.FromDate = new DateOnly(2031, 3, 1);

        await AssertRefusedAsync(overlapping, nameof(RateStepInput.FromDate), "overlaps the 5% step");
    }

    [Fact]
    public async Task Post_NoRateAndNoNotes_Is400OnRatePercent()
    {
        var measure = await factory.CreateAllGoodsMeasureAsync("Rateless surcharge");
        var input = await ValidStepAsync(measure.Id);
        input.RatePercent = null;

        await AssertRefusedAsync(input, nameof(RateStepInput.RatePercent), "Rate is required");
    }

    [Fact]
    public async Task Post_SeveralMistakes_ReportsEachField()
    {
        var measure = await factory.CreateAllGoodsMeasureAsync("Many-mistakes surcharge");
        var input = await ValidStepAsync(measure.Id, 1001m);
        input.SourceIds = [];
        input.TimeZoneId = "Mars/Olympus_Mons";

        var response = await editor.PostJsonAsync(Url, input);

        var problem = await response.ReadJsonAsync(HttpStatusCode.BadRequest);
        var fields = problem.ErrorFields().Select(f => f.ToLowerInvariant()).ToList();
        Assert.Contains("ratepercent", fields);
        Assert.Contains("sourceids", fields);
        Assert.Contains("timezoneid", fields);
    }

    [Fact]
    public async Task Post_MalformedJson_Is400()
    {
        var stepsBefore = await factory.RateStepCountAsync();
        using var content = new StringContent("{\"measureId\": \"not a number\"", System.Text.Encoding.UTF8, "application/json");

        var response = await editor.PostAsync(Url, content, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(stepsBefore, await factory.RateStepCountAsync());
    }
}
