using MudBlazor;

namespace TradeTracker.Web.Components.Layout;

/// <summary>The app's colours, light and dark. Their CSS is rendered once per page load by <c>App.razor</c>, outside the
/// circuit (a <c>MudThemeProvider</c> in the layout kept its ~30,000-character style block in every live circuit's render
/// tree): MudBlazor's provider writes the light palette under <c>:root</c>, and <see cref="DarkPalette"/> writes the dark
/// palette's variables under <c>html[data-theme="dark"]</c>, which <c>wwwroot/shell.js</c> sets before the first paint
/// when the system or the user's toggle asks for dark. Both are in every page, so the server's HTML never depends on
/// the theme (pages are output-cached).</summary>
public static class AppTheme
{
    /// <summary>The element <c>shell.js</c> marks when the page is dark.</summary>
    public const string DarkSelector = "html[data-theme=\"dark\"]";

    private static readonly PaletteLight Light = new()
    {
        Primary = "#0b4f6c",
        Secondary = "#7a3b00",
        AppbarBackground = "#0b4f6c",
        TextSecondary = "rgba(0,0,0,0.70)",
        Info = "#0d5aa7",
        Warning = "#8f5200",
        Success = "#1b6e34",
        Error = "#b00020",
    };

    // Light colours on dark grounds, each with dark text on it where it fills a button or a chip: all at least 4.5:1
    // against the surface and the background (WCAG AA).
    private static readonly PaletteDark Dark = new()
    {
        Primary = "#7fc4e3",
        PrimaryContrastText = "#06202c",
        Secondary = "#f2b277",
        SecondaryContrastText = "#2b1400",
        Info = "#8ab9f1",
        InfoContrastText = "#0a1e33",
        Success = "#7fcf97",
        SuccessContrastText = "#0b2614",
        Warning = "#f3b562",
        WarningContrastText = "#2e1a00",
        Error = "#f4a3ab",
        ErrorContrastText = "#3a0008",
        Background = "#121416",
        BackgroundGray = "#1a1d20",
        Surface = "#1c2024",
        DrawerBackground = "#1c2024",
        DrawerText = "rgba(255,255,255,0.87)",
        DrawerIcon = "rgba(255,255,255,0.75)",
        AppbarBackground = "#16323f",
        AppbarText = "#ffffff",
        TextPrimary = "rgba(255,255,255,0.90)",
        TextSecondary = "rgba(255,255,255,0.72)",
        TextDisabled = "rgba(255,255,255,0.45)",
        ActionDefault = "rgba(255,255,255,0.80)",
        ActionDisabled = "rgba(255,255,255,0.35)",
        ActionDisabledBackground = "rgba(255,255,255,0.12)",
        LinesDefault = "rgba(255,255,255,0.16)",
        LinesInputs = "rgba(255,255,255,0.50)",
        TableLines = "rgba(255,255,255,0.14)",
        TableStriped = "rgba(255,255,255,0.04)",
        TableHover = "rgba(255,255,255,0.06)",
        Divider = "rgba(255,255,255,0.14)",
        DividerLight = "rgba(255,255,255,0.08)",
    };

    /// <summary>For <c>MudThemeProvider</c> (the light palette under <c>:root</c>) and <see cref="DarkPalette"/>.</summary>
    public static readonly MudTheme Theme = new() { PaletteLight = Light, PaletteDark = Dark };
}
