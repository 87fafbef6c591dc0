using System.Text.RegularExpressions;

namespace TradeTracker.IntegrationTests.Infrastructure;

/// <summary>Reading figures out of a page's prerendered HTML.</summary>
public static class PageHtml
{
    /// <summary>The first headline rate shown after the element with <paramref name="testId"/>.</summary>
    public static string HeadlineAfter(string html, string testId)
    {
        var start = html.IndexOf($"data-testid=\"{testId}\"", StringComparison.Ordinal);
        Assert.True(start >= 0, $"No {testId} on the page.");
        var match = Regex.Match(html[start..], "data-testid=\"headline-rate\"[^>]*>([^<]*)<");
        Assert.True(match.Success, $"No headline rate after {testId}.");
        return match.Groups[1].Value.Trim();
    }

    /// <summary>The text of the first element with <paramref name="testId"/>.</summary>
    public static string TextOf(string html, string testId)
    {
        var match = Regex.Match(html, $"data-testid=\"{testId}\"[^>]*>([^<]*)<");
        Assert.True(match.Success, $"No {testId} on the page.");
        return match.Groups[1].Value.Trim();
    }

    /// <summary>The <c>data-state</c> of the last element before the first mention of <paramref name="title"/>.</summary>
    public static string StateBefore(string html, string title)
    {
        var at = html.IndexOf(title, StringComparison.Ordinal);
        Assert.True(at >= 0, $"No {title} on the page.");
        var match = Regex.Matches(html[..at], @"data-state=""(\w+)""").LastOrDefault();
        Assert.True(match is not null, $"No state before {title}.");
        return match.Groups[1].Value;
    }
}
