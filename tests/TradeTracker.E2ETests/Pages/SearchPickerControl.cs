using Microsoft.Playwright;

namespace TradeTracker.E2ETests.Pages;

/// <summary>A picker found by typing (SearchPicker): a combobox labelled <paramref name="label"/>, its list of options
/// while open, and (when it takes several) the list of what was picked below it.</summary>
public sealed class SearchPickerControl(IPage page, string label)
{
    public ILocator Box => page.GetByRole(AriaRole.Combobox, new() { Name = label, Exact = true });

    public ILocator Options => page.GetByRole(AriaRole.Option);

    public ILocator Picked => page.GetByRole(AriaRole.List, new() { Name = $"{label} picked" });

    /// <summary>Focuses the box (as Tab would) and types key by key, as a person would, then waits for the options.</summary>
    public async Task TypeAsync(string text)
    {
        await Box.FocusAsync();
        await Box.PressSequentiallyAsync(text);
        await Options.First.WaitForAsync();
    }
}
