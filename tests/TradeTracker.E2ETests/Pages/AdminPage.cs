using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace TradeTracker.E2ETests.Pages;

/// <summary>The editors' admin page: measures and their rate steps, events; forms open under the row they edit.</summary>
public sealed class AdminPage(IPage page) : BasePage(page)
{
    public Task OpenAsync() => GotoAsync("/admin");

    public async Task EditMeasureAsync(string filter, int measureId, int matches = 1)
    {
        await FilterAsync("measure", "Filter measures", filter, matches);
        await Page.GetByTestId($"edit-measure-{measureId}").ClickAsync();
        await Expect(Page.GetByTestId("rate-steps")).ToBeVisibleAsync();
    }

    /// <summary>Clicks a measure's Delete button; the app asks first.</summary>
    public async Task AskToDeleteMeasureAsync(string filter, int measureId, int matches = 1)
    {
        await FilterAsync("measure", "Filter measures", filter, matches);
        await Page.GetByTestId($"delete-measure-{measureId}").ClickAsync();
    }

    public async Task EditEventAsync(string filter, int eventId)
    {
        await Page.GetByTestId("admin-tab-events").ClickAsync();
        await FilterAsync("event", "Filter events", filter, 1);
        await Page.GetByTestId($"edit-event-{eventId}").ClickAsync();
        await Expect(Page.GetByLabel("Title", new() { Exact = true })).ToBeVisibleAsync();
    }

    /// <summary>Types a filter and waits until the list shows the rows it matches: a click while the filtered list is
    /// still being rendered can land on a button the render is replacing, and Blazor drops it.</summary>
    private async Task FilterAsync(string kind, string label, string filter, int matches)
    {
        await Page.GetByLabel(label).FillAsync(filter);
        await Expect(Page.GetByTestId($"{kind}-count")).ToHaveTextAsync($"{matches} shown");
    }

    public Task EditStepAsync(int stepId) => OpenFormAsync($"edit-step-{stepId}");

    public Task AddStepAsync() => OpenFormAsync("add-step");

    /// <summary>Opens the form that ends the measure's current step and adds a new one in one save.</summary>
    public Task EndAndAddAsync() => OpenFormAsync("end-and-add");

    /// <summary>Clicks the button that opens a form and waits until the form has taken focus, as it does once it is on
    /// the page: typing before that can land in a field the form's focus then leaves, and a fill raced it once in CI.</summary>
    private async Task OpenFormAsync(string buttonTestId)
    {
        await Page.GetByTestId(buttonTestId).ClickAsync();
        await Expect(Page.Locator("[data-admin-form] :focus")).ToHaveCountAsync(1);
    }

    /// <summary>An open form, by its heading.</summary>
    public ILocator Form(Regex title) => Page.GetByRole(AriaRole.Form, new() { NameRegex = title });

    /// <summary>Every measure row of the list, in the order shown.</summary>
    public ILocator MeasureRows => Page.GetByTestId(new Regex("^measure-row-"));

    /// <summary>"Your recent changes": a disclosure; its summary opens it.</summary>
    public ILocator RecentChanges => Page.GetByTestId("my-changes");

    public ILocator Tab(string name) => Page.GetByTestId($"admin-tab-{name}");

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

    /// <summary>Saves and waits for this save's "Saved" message to come and go, so a later save cannot be mistaken
    /// for this one by a message still on screen.</summary>
    public async Task SaveAsync(string message = "Saved")
    {
        var saved = Page.GetByText(message, new() { Exact = true });
        await Page.GetByTestId("save").ClickAsync();
        await Expect(saved).ToBeVisibleAsync();
        await Expect(saved).ToBeHiddenAsync(new() { Timeout = 15_000 });
    }

    public ILocator ValidationSummary => Page.GetByTestId("validation-summary");
}
