using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using MudBlazor;
using MudBlazor.Services;
using TradeTracker.Web.Components.Layout;
using TradeTracker.Web.Services;

namespace TradeTracker.UnitTests.Components;

public sealed class AsOfPickerTests : BunitContext
{
    private readonly NavigationManager navigation;

    public AsOfPickerTests()
    {
        Services.AddMudServices();
        Services.AddSingleton<TimeProvider>(new FakeTimeProvider(new DateTimeOffset(2025, 6, 9, 16, 0, 0, TimeSpan.Zero)));
        Services.AddSingleton(Options.Create(new TradeTrackerOptions()));
        Services.AddSingleton<DisplayClock>();
        JSInterop.Mode = JSRuntimeMode.Loose;
        Render<MudPopoverProvider>();
        navigation = Services.GetRequiredService<NavigationManager>();
    }

    private static string Query(string uri) => new Uri(uri).Query;

    [Fact]
    public void Render_UrlWithAsOfInstant_ShowsItsDateAndTimeOnTheDisplayClock()
    {
        navigation.NavigateTo("/tariffs/USA/CHN?asOf=2025-04-10T04:01:00Z");

        var cut = Render<AsOfPicker>();

        Assert.Equal("2025-04-10", cut.Find("input[type='date']").GetAttribute("value"));
        Assert.Equal("00:01", cut.Find("input[type='time']").GetAttribute("value"));
    }

    [Theory]
    [InlineData("/?asOf=2025-06-09", "Time (EDT)")]
    [InlineData("/?asOf=2025-12-15", "Time (EST)")]
    [InlineData("/?asOf=2025-03-09T01:30", "Time (EST)")]
    [InlineData("/?asOf=2025-03-09T03:30", "Time (EDT)")]
    [InlineData("/", "Time (EDT)")]
    public void TimeLabel_NamesTheZoneInForceOnTheChosenDay(string url, string label)
    {
        navigation.NavigateTo(url);

        var cut = Render<AsOfPicker>();

        Assert.Equal(label, cut.Find("label[for='asof-time']").TextContent);
    }

    [Fact]
    public void ChangeDate_KeepsOtherQueryValues()
    {
        navigation.NavigateTo("/tariffs/USA/CHN?hs=7208");
        var cut = Render<AsOfPicker>();

        cut.Find("input[type='date']").Change("2025-04-10");

        Assert.Equal("?hs=7208&asOf=2025-04-10", Query(navigation.Uri));
        Assert.Equal("2025-04-10", cut.Find("input[type='date']").GetAttribute("value"));
    }

    [Fact]
    public void ChangeTime_AfterDate_PutsDateAndTimeInTheUrl()
    {
        navigation.NavigateTo("/?asOf=2025-04-10");
        var cut = Render<AsOfPicker>();

        cut.Find("input[type='time']").Change("00:00");

        Assert.Equal("?asOf=2025-04-10T00%3A00", Query(navigation.Uri));
    }

    [Fact]
    public void Clear_TakesAsOfOutOfTheUrl()
    {
        navigation.NavigateTo("/timeline?kind=RateChange&asOf=2025-04-10");
        var cut = Render<AsOfPicker>();

        cut.Find("[data-testid='asof-clear']").Click();

        Assert.Equal("?kind=RateChange", Query(navigation.Uri));
        Assert.Empty(cut.FindAll("[data-testid='asof-clear']"));
    }
}
