using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace TradeTracker.E2ETests.Pages;

/// <summary>The editors' CSV import and export page.</summary>
public sealed class ImportPage(IPage page) : BasePage(page)
{
    public Task OpenAsync() => GotoAsync("/admin/import");

    public ILocator Text => Page.GetByLabel("CSV text");

    public ILocator Rows => Page.GetByTestId("import-row");

    public ILocator Commit => Page.GetByTestId("import-commit");

    /// <summary>Every problem the preview lists, row after row.</summary>
    public ILocator Problems => Page.GetByTestId("import-row-error");

    /// <summary>The problems listed for the <paramref name="index"/>-th row shown.</summary>
    public ILocator ProblemsOf(int index) => Rows.Nth(index).GetByTestId("import-row-error");

    public ILocator Result => Page.GetByTestId("import-result");

    public async Task ChooseKindAsync(string kind)
    {
        await Page.GetByLabel("Kind of rows").ClickAsync();
        await Page.GetByRole(AriaRole.Option, new() { Name = kind, Exact = true }).ClickAsync();
        await Expect(Page.GetByTestId("import-columns")).ToBeVisibleAsync();
    }

    public async Task PreviewAsync()
    {
        await Page.GetByTestId("import-preview").ClickAsync();
        await Expect(Page.GetByTestId("import-summary")).ToBeVisibleAsync();
    }

    /// <summary>Chooses a file as the picker would. Blazor's InputFile listens for the change only once its script has
    /// initialised the element (after the first render), so wait for that first.</summary>
    public async Task UploadAsync(string name, string csv)
    {
        var input = Page.Locator("input[type=file]:not(.d-none)");
        await Page.WaitForFunctionAsync("() => [...document.querySelectorAll('input[type=file]')].every(i => i._blazorInputFileNextFileId !== undefined)");
        await input.SetInputFilesAsync(new FilePayload { Name = name, MimeType = "text/csv", Buffer = System.Text.Encoding.UTF8.GetBytes(csv) });
    }
}
