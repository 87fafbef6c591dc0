using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace TradeTracker.E2ETests.Pages;

/// <summary>The editors' admin page: measures and their rate steps.</summary>
public sealed class AdminPage(IPage page) : BasePage(page)
{
    public Task OpenAsync() => GotoAsync("/admin");

    public async Task EditMeasureAsync(string filter, int measureId)
    {
        await Page.GetByLabel("Filter measures").FillAsync(filter);
        await Page.GetByTestId($"edit-measure-{measureId}").ClickAsync();
        await Expect(Page.GetByTestId("rate-steps")).ToBeVisibleAsync();
    }

    public async Task EditStepAsync(int stepId) => await Page.GetByTestId($"edit-step-{stepId}").ClickAsync();

    public Task AddStepAsync() => Page.GetByTestId("add-step").ClickAsync();

    public async Task FillAsync(string label, string value)
    {
        var field = Page.GetByLabel(label, new() { Exact = true });
        await field.FillAsync(value);
        await field.PressAsync("Tab");
    }

    /// <summary>Creates a source inline and selects it for the form being edited.</summary>
    public async Task AddNewSourceAsync(string publisher, string title, string url)
    {
        await Page.GetByTestId("new-source").ClickAsync();
        await FillAsync("Publisher", publisher);
        await FillAsync("Source title", title);
        await FillAsync("URL", url);
        await Page.GetByTestId("save-new-source").ClickAsync();
    }

    public async Task SaveAsync()
    {
        await Page.GetByTestId("save").ClickAsync();
        await Expect(Page.GetByText("Saved", new() { Exact = true })).ToBeVisibleAsync();
    }

    public ILocator ValidationSummary => Page.GetByTestId("validation-summary");
}
