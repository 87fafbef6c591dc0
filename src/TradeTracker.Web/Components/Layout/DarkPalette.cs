using Microsoft.AspNetCore.Components.Rendering;
using MudBlazor;

namespace TradeTracker.Web.Components.Layout;

/// <summary>The dark palette's <c>--mud-palette-*</c> variables under <see cref="AppTheme.DarkSelector"/>: MudBlazor's
/// provider's output in dark mode, keeping only the palette (the rest of its output, such as
/// typography, shadows and the scrollbar, is the light provider's already). Rendered once, statically, by App.razor, as
/// <c>&lt;DarkPalette Theme="AppTheme.Theme" IsDarkMode="true" /&gt;</c>.</summary>
public sealed class DarkPalette : MudThemeProvider
{
    protected override void BuildRenderTree(RenderTreeBuilder builder)
    {
        var lines = BuildTheme().Split('\n', StringSplitOptions.TrimEntries);
        var palette = lines.Where(line => line.StartsWith("--mud-palette-", StringComparison.Ordinal));
        builder.AddMarkupContent(0, $"<style>{AppTheme.DarkSelector}{{color-scheme:dark;{string.Concat(palette)}}}</style>");
    }
}
