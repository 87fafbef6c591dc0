using System.Collections;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace TradeTracker.Web.Data.StoreCopy;

/// <summary>The text of a column value as the store copy's checksums see it: one form per value, whatever the store's
/// text for it ("25.0" in SQLite and 25.0000 in a <c>numeric(9,4)</c> are both "25"; an instant is the same UTC text at
/// any offset; JSON is compared by its content, not its spacing or key order). Every value is written with its length
/// in front, so "a","bc" and "ab","c" differ, and null differs from the empty string.</summary>
public static class CanonicalValue
{
    /// <summary>Ticks in a microsecond, PostgreSQL's resolution for instants.</summary>
    private const long TicksPerMicrosecond = TimeSpan.TicksPerMillisecond / 1000;

    /// <summary>The instant at PostgreSQL's resolution: <c>timestamptz</c> keeps microseconds, SQLite's text keeps 100 ns
    /// ticks. The copy writes this value and the checksums compare it, so the sub-microsecond digits are dropped (towards
    /// the past) knowingly, not by the driver.</summary>
    public static DateTimeOffset ToMicroseconds(DateTimeOffset instant)
    {
        var utc = instant.UtcTicks;
        return new DateTimeOffset(utc - utc % TicksPerMicrosecond, TimeSpan.Zero);
    }

    /// <summary>Appends the canonical text of <paramref name="value"/>, a value of a model property's CLR type (or
    /// <see cref="JsonText"/> for a JSON column). A type without a canonical form throws, so a new kind of column
    /// cannot be compared by accident of its <c>ToString()</c>.</summary>
    public static void Append(StringBuilder text, object? value)
    {
        switch (value)
        {
            case null:
                text.Append('~');
                break;
            case string s:
                Counted(text, s);
                break;
            case JsonText json:
                using (var document = JsonDocument.Parse(json.Text))
                {
                    AppendJson(text, document.RootElement);
                }

                break;
            case IEnumerable items and not byte[]:
                text.Append('[');
                foreach (var item in items)
                {
                    Append(text, item);
                }

                text.Append(']');
                break;
            default:
                Counted(text, Scalar(value));
                break;
        }
    }

    private static string Scalar(object value) => value switch
    {
        bool b => b ? "true" : "false",
        decimal d => Decimal(d),
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        float f => f.ToString("R", CultureInfo.InvariantCulture),
        DateTimeOffset instant => ToMicroseconds(instant).UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture),
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        TimeOnly time => time.ToString("HH:mm:ss.fffffff", CultureInfo.InvariantCulture),
        Guid guid => guid.ToString("D"),
        byte[] bytes => Convert.ToHexStringLower(bytes),
        Enum kind => kind.ToString(),
        sbyte or byte or short or ushort or int or uint or long or ulong => Convert.ToString(value, CultureInfo.InvariantCulture)!,
        _ => throw new NotSupportedException($"The store copy has no canonical form for a {value.GetType()} value."),
    };

    /// <summary>The number without trailing zeros in its fraction ("25.5000" and "25.5" are "25.5"; "-0.0" is "0").</summary>
    private static string Decimal(decimal value)
    {
        var text = value.ToString(CultureInfo.InvariantCulture);
        if (text.Contains('.', StringComparison.Ordinal))
        {
            text = text.TrimEnd('0').TrimEnd('.');
        }

        return text == "-0" ? "0" : text;
    }

    private static void AppendJson(StringBuilder text, JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                text.Append('{');
                foreach (var property in element.EnumerateObject().OrderBy(p => p.Name, StringComparer.Ordinal))
                {
                    Counted(text, property.Name);
                    AppendJson(text, property.Value);
                }

                text.Append('}');
                break;
            case JsonValueKind.Array:
                text.Append('[');
                foreach (var item in element.EnumerateArray())
                {
                    AppendJson(text, item);
                }

                text.Append(']');
                break;
            case JsonValueKind.String:
                Counted(text.Append('"'), element.GetString()!);
                break;
            case JsonValueKind.Number:
                Counted(text.Append('#'), element.TryGetDecimal(out var number) ? Decimal(number) : element.GetRawText());
                break;
            default:
                text.Append(element.GetRawText()); // true, false, null
                break;
        }
    }

    private static void Counted(StringBuilder text, string value) =>
        text.Append(value.Length.ToString(CultureInfo.InvariantCulture)).Append(':').Append(value);
}

/// <summary>The value of a JSON column (an owned type stored as JSON, such as an event's participants): its text as the
/// store holds it, written to the target as it is and compared by <see cref="CanonicalValue"/> by content.</summary>
public sealed record JsonText(string Text);
