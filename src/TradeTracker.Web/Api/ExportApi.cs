using System.Globalization;
using TradeTracker.Web.Services.Import;
using TradeTracker.Web.Services.Accounts;

namespace TradeTracker.Web.Api;

public static class ExportApi
{
    /// <summary>CSV downloads in the import's formats, for editors: the import page's Export buttons link here.</summary>
    public static RouteGroupBuilder MapExportApi(this RouteGroupBuilder api)
    {
        api.MapGet("/export/{kind}.csv", Export)
            .RequireAuthorization(Policies.CanEdit)
            .WithName("ExportCsv")
            .WithSummary("All measures, rate steps, events or deadlines (or those the filter keeps) as CSV in the import format (Editor role).");
        return api;
    }

    private static IResult Export(string kind, string? measure, DateOnly? from, DateOnly? to, CsvExportService export, TimeProvider time, CancellationToken ct)
    {
        if (!ImportKinds.TryParse(kind, out var importKind))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found",
                detail: $"There is no export of '{kind}'; use {string.Join(", ", ImportKinds.All.Select(k => k.Slug() + ".csv"))}.");
        }

        var filter = new ExportFilter(string.IsNullOrWhiteSpace(measure) ? null : measure.Trim(), from, to);
        var stamp = time.GetUtcNow().ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return TypedResults.Stream(
            stream => export.WriteAsync(importKind, stream, filter, ct),
            "text/csv; charset=utf-8",
            $"tradetracker-{importKind.Slug()}-{stamp}.csv");
    }
}
