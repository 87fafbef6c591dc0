using Bunit;
using MudBlazor;
using MudBlazor.Services;
using TradeTracker.Web.Components.Pages.Admin;
using TradeTracker.Web.Services.Import;

namespace TradeTracker.UnitTests.Components;

public sealed class ImportPreviewTests : BunitContext
{
    public ImportPreviewTests()
    {
        Services.AddMudServices();
        JSInterop.Mode = JSRuntimeMode.Loose;
        Render<MudPopoverProvider>();
    }

    private static ImportReport Report(bool lastRowBad)
    {
        var report = new ImportReport(ImportKind.Events);
        var added = new ImportRow(2) { ExternalId = "E900" };
        var updated = new ImportRow(3) { ExternalId = "E058" };
        updated.Updates(["summary", "confidence"]);
        var unchanged = new ImportRow(4) { ExternalId = "E059" };
        unchanged.Unchanged();
        var last = new ImportRow(5) { ExternalId = "E901" };
        if (lastRowBad)
        {
            last.Error("date", "is required.");
        }

        report.Rows.AddRange([added, updated, unchanged, last]);
        return report;
    }

    [Fact]
    public void Render_Preview_SaysWhatEachRowDoes()
    {
        var cut = Render<ImportPreview>(p => p.Add(x => x.Report, Report(lastRowBad: false)));

        Assert.Equal(["new", "update (fields: summary, confidence)", "unchanged", "new"],
            cut.FindAll("[data-testid='import-row-outcome']").Select(c => c.TextContent.Trim()));
        Assert.Contains("1 to update", cut.Find("[data-testid='import-summary']").TextContent);
    }

    [Fact]
    public void Render_RowWithErrors_ShowsItsErrors()
    {
        var cut = Render<ImportPreview>(p => p.Add(x => x.Report, Report(lastRowBad: true)));

        var row = Assert.Single(cut.FindAll("[data-testid='import-row']"));
        Assert.Equal("error", row.GetAttribute("data-status"));
        Assert.Equal("Error: date: is required.", cut.Find("[data-testid='import-row-error']").TextContent.Trim());
        Assert.Contains("1 with errors (1 problem)", cut.Find("[data-testid='import-summary']").TextContent);
    }
}
