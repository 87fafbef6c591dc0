using TradeTracker.Web.Services;

namespace TradeTracker.UnitTests.Services;

/// <summary>What a searchable picker lists for what was typed.</summary>
public sealed class ChoiceSearchTests
{
    // As the pickers offer economies: those with data first (China, United States), then the rest by name.
    private static readonly Choice<string>[] Economies =
    [
        new("CHN", "China (CHN)"),
        new("USA", "United States (USA)"),
        new("HKG", "Hong Kong, China (HKG)"),
        new("MAC", "Macao, China (MAC)"),
        new("NAM", "Namibia (NAM)"),
        new("ZWE", "Zimbabwe (ZWE)"),
    ];

    [Theory]
    [InlineData("Chin", "CHN")]
    [InlineData("chin", "CHN")]
    [InlineData("CHN", "CHN")]
    [InlineData("usa", "USA")]
    [InlineData("states", "USA")]
    [InlineData("nam", "NAM")]
    public void Find_TypedNameOrCode_ListsTheEconomyItMeansFirst(string typed, string first)
    {
        Assert.Equal(first, ChoiceSearch.Find(Economies, typed).First().Value);
    }

    [Fact]
    public void Find_Chin_ListsTheNameThatStartsWithItBeforeThoseWithAWordThatDoes()
    {
        Assert.Equal(["CHN", "HKG", "MAC"], ChoiceSearch.Find(Economies, " Chin ").Select(c => c.Value));
    }

    [Fact]
    public void Find_NothingTyped_ListsEveryChoiceInTheOrderOffered()
    {
        Assert.Equal(Economies, ChoiceSearch.Find(Economies, "  "));
    }

    [Fact]
    public void Find_WordsOfTheTextAndTheDetail_FindsASourceByPublisherTitleOrAddress()
    {
        Choice<int>[] sources =
        [
            new(1, "Thompson Hine SmartTrade", "www.thompsonhinesmartrade.com/2023/11/export-controls"),
            new(2, "Thompson Hine SmartTrade", "www.thompsonhinesmartrade.com/2026/02/section-122"),
            new(3, "USTR — Four-year review", "ustr.gov/review"),
        ];

        Assert.Equal([1, 2], ChoiceSearch.Find(sources, "thompson hine").Select(c => c.Value));
        Assert.Equal([2], ChoiceSearch.Find(sources, "smarttrade 2026").Select(c => c.Value));
        Assert.Equal([3], ChoiceSearch.Find(sources, "ustr.gov").Select(c => c.Value));
        Assert.Equal([3], ChoiceSearch.Find(sources, "four-year").Select(c => c.Value));
        Assert.Empty(ChoiceSearch.Find(sources, "geneva"));
    }
}
