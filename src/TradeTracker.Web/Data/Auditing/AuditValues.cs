using System.Globalization;
using System.Text.Json;

namespace TradeTracker.Web.Data.Auditing;

/// <summary>When two recorded values of a field (JSON text, null for none) are the same value: the rule that keeps
/// no-op changes out of the audit log. Empty is none (null, "", []); a number is its value (10 and 10.0, as a store may
/// give a decimal back with another scale); an instant is the instant, whatever offset it was written with; a list is
/// its items in any order (links and codes are sets); an object is its fields.</summary>
public static class AuditValues
{
    public static bool Same(string? before, string? after)
    {
        if (before == after || (IsEmpty(before) && IsEmpty(after)))
        {
            return true;
        }

        if (before is null || after is null)
        {
            return false;
        }

        try
        {
            using var a = JsonDocument.Parse(before);
            using var b = JsonDocument.Parse(after);
            return Canonical(a.RootElement) == Canonical(b.RootElement);
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private static bool IsEmpty(string? json) => json is null or "null" or "[]" or "\"\"";

    /// <summary>One text per value: equal texts are equal values.</summary>
    private static string Canonical(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Number => "n:" + value.GetDecimal().ToString("0.############################", CultureInfo.InvariantCulture),
        JsonValueKind.String when IsInstant(value.GetString()!, out var instant) => "t:" + instant.UtcTicks.ToString(CultureInfo.InvariantCulture),
        JsonValueKind.String => "s:" + value.GetString(),
        JsonValueKind.Array => "[" + string.Join(",", value.EnumerateArray().Select(Canonical).Order(StringComparer.Ordinal)) + "]",
        JsonValueKind.Object => "{" + string.Join(",", value.EnumerateObject().OrderBy(p => p.Name, StringComparer.Ordinal).Select(p => p.Name + "=" + Canonical(p.Value))) + "}",
        _ => value.GetRawText(),
    };

    /// <summary>An ISO 8601 instant with its offset ("2025-04-10T00:01:00-04:00"), as the audit log writes one; a bare
    /// date or any other text is compared as written.</summary>
    private static bool IsInstant(string text, out DateTimeOffset instant)
    {
        instant = default;
        return text.Length >= 20 && text[10] == 'T' && (text[^1] == 'Z' || text[^6] is '+' or '-')
            && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out instant);
    }
}
