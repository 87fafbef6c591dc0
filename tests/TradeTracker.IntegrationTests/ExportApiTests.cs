using System.Net;
using TradeTracker.IntegrationTests.Infrastructure;
using TradeTracker.Web.Services.Import;

namespace TradeTracker.IntegrationTests;

/// <summary>GET /api/export/{kind}.csv: the import page's download, for editors only.</summary>
public sealed class ExportApiTests(TradeTrackerFactory factory) : IClassFixture<TradeTrackerFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("rate-steps", 84)]
    [InlineData("events", 108)]
    [InlineData("deadlines", 65)]
    public async Task Export_Editor_DownloadsEveryRowInTheImportFormat(string kind, int lines)
    {
        var response = await factory.CreateClientAs("editor").GetAsync($"/api/export/{kind}.csv", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith($"tradetracker-{kind}-", response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        var body = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(ImportKinds.TryParse(kind, out var importKind));
        Assert.StartsWith(string.Join(",", CsvFormat.Columns(importKind)) + "\n", body);
        var report = await factory.GetService<CsvImportService>().PreviewAsync(importKind, CsvFiles.Stream(body), ct: Ct);
        Assert.Equal(lines - 1, report.Rows.Count);
    }

    [Fact]
    public async Task Export_Reader_Returns403()
    {
        var response = await factory.CreateClientAs("reader").GetAsync("/api/export/events.csv", Ct);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Export_Anonymous_Returns401()
    {
        var response = await factory.CreateClientAs(null).GetAsync("/api/export/events.csv", Ct);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Export_UnknownKind_Returns404WithTheKindsThereAre()
    {
        var response = await factory.CreateClientAs("editor").GetAsync("/api/export/sources.csv", Ct);

        var problem = await response.ReadJsonAsync(HttpStatusCode.NotFound);
        Assert.Contains("rate-steps.csv", problem.GetProperty("detail").GetString());
    }
}
