namespace TradeTracker.Web.Services;

/// <summary>How a searchable picker finds its entries from what was typed: each typed word must appear in the entry's text
/// or its detail (any case); entries whose text starts with what was typed come first, then those with a word starting
/// with it, then the others; within each, the entries keep the order they were offered in (economies with data first).
/// So "Chin" finds China before Namibia or "Hong Kong, China", and "CHN" finds "China (CHN)".</summary>
public static class ChoiceSearch
{
    public static IEnumerable<Choice<TValue>> Find<TValue>(IEnumerable<Choice<TValue>> choices, string? typed)
    {
        var whole = typed?.Trim() ?? "";
        if (whole.Length == 0)
        {
            return choices;
        }

        var words = whole.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return choices
            .Select(choice => (Choice: choice, Rank: Rank(choice, whole, words)))
            .Where(c => c.Rank is not null)
            .OrderBy(c => c.Rank)
            .Select(c => c.Choice);
    }

    /// <summary>0: the text starts with what was typed; 1: a word of it does; 2: every word appears somewhere; null: not.</summary>
    private static int? Rank<TValue>(Choice<TValue> choice, string whole, string[] words)
    {
        var haystack = $"{choice.Text} {choice.Detail}";
        if (!words.All(w => haystack.Contains(w, StringComparison.OrdinalIgnoreCase)))
        {
            return null;
        }

        if (choice.Text.StartsWith(whole, StringComparison.OrdinalIgnoreCase))
        {
            return 0;
        }

        for (var at = choice.Text.IndexOf(whole, StringComparison.OrdinalIgnoreCase); at > 0; at = choice.Text.IndexOf(whole, at + 1, StringComparison.OrdinalIgnoreCase))
        {
            if (!char.IsLetterOrDigit(choice.Text[at - 1]))
            {
                return 1;
            }
        }

        return 2;
    }
}
