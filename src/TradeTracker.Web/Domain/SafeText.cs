using System.Globalization;
using System.Text;

namespace TradeTracker.Web.Domain;

/// <summary>Whether a text field is one line (titles, names, keys, publishers, URLs) or may hold line breaks (summaries,
/// notes, what happens).</summary>
public enum TextLines
{
    Single,
    Multi,
}

/// <summary>The one rule for text an editor, a tool or an import may store, and for showing text stored before the rule
/// existed. Refused, with the character and its position named: C0 controls other than tab, CR and LF; DEL and the C1
/// controls; the bidirectional overrides and isolates (U+202A–U+202E, U+2066–U+2069), which make text read differently
/// from what it is; the invisible zero-width space, word joiner and byte-order mark (U+200B, U+2060, U+FEFF), which make
/// two texts that look alike differ; unpaired surrogates and the noncharacters U+FFFE/U+FFFF, which no encoding carries;
/// and in a single-line field, line breaks (CR, LF, U+2028, U+2029). Kept: tab; the zero-width joiner and non-joiner
/// (U+200C, U+200D), which emoji and Persian or Indic words need; the left-to-right and right-to-left marks, which
/// mixed-direction text needs and which cannot reorder what follows them.</summary>
public static class SafeText
{
    /// <summary>What stands in for a refused character in text stored before the rule (feeds): U+FFFD, the replacement
    /// character, so the reader sees that something was there and the words either side stay apart.</summary>
    public const char Replacement = '\uFFFD';

    /// <summary>Why <paramref name="value"/> cannot be stored ("contains a control character (U+0000) at position 4;
    /// remove it."), naming the first refused character and its position counted in characters from 1; null when it
    /// can.</summary>
    public static string? Problem(string? value, TextLines lines)
    {
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }

        var position = 0;
        for (var i = 0; i < value.Length; i++)
        {
            position++;
            var c = value[i];
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                i++;
                continue;
            }

            if (What(c, lines) is { } what)
            {
                return $"contains {what} (U+{(int)c:X4}) at position {position.ToString(CultureInfo.InvariantCulture)}; remove it.";
            }
        }

        return null;
    }

    /// <summary>The form text is stored in once accepted: Unicode NFC (a letter typed as one code point or as a letter
    /// and a combining accent is stored one way, so search, keys and comparisons see one text), line breaks as LF (CRLF
    /// from Windows tools and forms, CR, U+2028 and U+2029), and no surrounding white space.</summary>
    public static string Clean(string value) =>
        value.Normalize(NormalizationForm.FormC)
            .Replace("\r\n", "\n", StringComparison.Ordinal)
            .Replace('\r', '\n')
            .Replace('\u2028', '\n')
            .Replace('\u2029', '\n')
            .Trim();

    /// <summary><see cref="Clean"/>, or null for a missing or blank value.</summary>
    public static string? CleanOrNull(string? value) => string.IsNullOrWhiteSpace(value) ? null : Clean(value);

    /// <summary>Text as an output may carry it whatever was stored (rows saved before this rule, or written into the
    /// store by other means): every character the rule refuses in a multi-line field becomes <see cref="Replacement"/>.
    /// XML 1.0 and iCalendar can carry the result.</summary>
    public static string Printable(string value)
    {
        StringBuilder? text = null;
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                text?.Append(c).Append(value[i + 1]);
                i++;
                continue;
            }

            if (What(c, TextLines.Multi) is null)
            {
                text?.Append(c);
                continue;
            }

            text ??= new StringBuilder(value, 0, i, value.Length);
            text.Append(Replacement);
        }

        return text?.ToString() ?? value;
    }

    /// <summary>What the character is, in words, when the rule refuses it; null when it is allowed. A surrogate that
    /// reaches here is unpaired.</summary>
    private static string? What(char c, TextLines lines) => c switch
    {
        '\t' => null,
        '\n' or '\r' or '\u2028' or '\u2029' => lines == TextLines.Single ? "a line break" : null,
        < ' ' or (>= '\u007F' and <= '\u009F') => "a control character",
        (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069') => "a bidirectional override",
        '\u200B' or '\u2060' or '\uFEFF' => "an invisible zero-width character",
        '\uFFFE' or '\uFFFF' => "a noncharacter",
        _ when char.IsSurrogate(c) => "an unpaired surrogate",
        _ => null,
    };
}
