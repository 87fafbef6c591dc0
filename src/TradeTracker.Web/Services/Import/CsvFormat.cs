using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;
using TradeTracker.Web.Domain;

namespace TradeTracker.Web.Services.Import;

/// <summary>The conventions every CSV format shares (docs/import-format.md): how cells are written and read back.</summary>
public static class CsvFormat
{
    /// <summary>Largest file the import takes.</summary>
    public const long MaxBytes = 10 * 1024 * 1024;

    /// <summary>Most data rows in one file.</summary>
    public const int MaxRows = 100_000;

    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    private static readonly (EventKind Kind, string Token)[] KindTokens =
    [
        (EventKind.NegotiationRound, "negotiation_round"),
        (EventKind.LeadersCall, "call"),
        (EventKind.Announcement, "announcement"),
        (EventKind.Agreement, "agreement"),
        (EventKind.Retaliation, "retaliation"),
        (EventKind.ExportControl, "export_control"),
        (EventKind.DataRelease, "data_release"),
        (EventKind.Statement, "statement"),
        (EventKind.CourtRuling, "court_ruling"),
    ];

    /// <summary>A kind's columns in the order the export writes them.</summary>
    public static IReadOnlyList<string> Columns(ImportKind kind) => kind switch
    {
        ImportKind.Measures => MeasureImporter.Columns,
        ImportKind.RateSteps => RateStepImporter.Columns,
        ImportKind.Events => EventImporter.Columns,
        _ => DeadlineImporter.Columns,
    };

    /// <summary>The columns a file of the kind must have ("external_id|id": either name).</summary>
    public static IReadOnlyList<string> RequiredColumns(ImportKind kind) => kind switch
    {
        ImportKind.Measures => MeasureImporter.Required,
        ImportKind.RateSteps => RateStepImporter.Required,
        ImportKind.Events => EventImporter.Required,
        _ => DeadlineImporter.Required,
    };

    /// <summary>UTF-8 without a byte-order mark, as the reference files are.</summary>
    public static Encoding Encoding { get; } = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Header names match whatever their case and surrounding spaces (or as <paramref name="columnFor"/> maps
    /// them: see <see cref="ImportHeader"/>); cells are trimmed; a short row reads
    /// its missing cells as empty; quoting problems go to <paramref name="badData"/> instead of stopping the read.</summary>
    internal static CsvConfiguration ReadConfiguration(Action<string> badData, Func<string, string>? columnFor = null) => new(Invariant)
    {
        PrepareHeaderForMatch = args => columnFor?.Invoke(args.Header) ?? args.Header.Trim().ToLowerInvariant(),
        TrimOptions = TrimOptions.Trim,
        MissingFieldFound = null,
        HeaderValidated = null,
        BadDataFound = args => badData(args.Field),
        DetectColumnCountChanges = false,
    };

    /// <summary>LF line ends, and a cell with any line break quoted: with <c>NewLine</c> set, CsvHelper quotes a cell
    /// holding "\n" but not one holding a lone "\r", which every reader takes for the end of the row (a CR stored before
    /// the text rule split its row in an export, and the import read the rest into the wrong columns).</summary>
    internal static CsvConfiguration WriteConfiguration { get; } = new(Invariant)
    {
        NewLine = "\n",
        ShouldQuote = args => ConfigurationFunctions.ShouldQuote(args) || args.Field?.Contains('\r', StringComparison.Ordinal) == true,
    };

    /// <summary>Data rows in a file (the header excluded), counted with the CSV parser so quoted line breaks count once.</summary>
    public static int CountRows(Stream stream)
    {
        using var reader = new StreamReader(stream, Encoding, detectEncodingFromByteOrderMarks: true, leaveOpen: true);
        using var parser = new CsvParser(reader, ReadConfiguration(_ => { }));
        var rows = 0;
        while (parser.Read())
        {
            rows++;
        }

        return Math.Max(0, rows - 1);
    }

    // Lists: codes and keys in one cell separated by semicolons; sources and extensions one per line.

    internal static List<string> SplitList(string? cell) =>
        (cell ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();

    internal static List<string> SplitLines(string? cell)
    {
        var lines = (cell ?? "").Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n').Select(l => l.Trim()).ToList();
        while (lines.Count > 0 && lines[^1].Length == 0)
        {
            lines.RemoveAt(lines.Count - 1);
        }

        return lines;
    }

    internal static string JoinList(IEnumerable<string> values) => string.Join(";", values);

    internal static string JoinLines(IEnumerable<string?> values) => string.Join("\n", values.Select(v => (v ?? "").ReplaceLineEndings(" ")));

    // Writing cells.

    internal static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", Invariant);

    internal static string Date(DateOnly? date) => date is { } d ? Date(d) : "";

    /// <summary>HH:mm, with seconds (and fractions) only when the time has them, so nothing is lost.</summary>
    internal static string Time(TimeOnly time) => time.Ticks % TimeSpan.TicksPerMinute == 0
        ? time.ToString("HH:mm", Invariant)
        : time.ToString("HH:mm:ss.FFFFFFF", Invariant);

    /// <summary>The instant on the zone's wall clock with its offset: 2025-07-09T00:01:00-04:00.</summary>
    internal static string Instant(DateTimeOffset instant, string timeZoneId) =>
        ZonedTime.ToLocal(instant, timeZoneId).ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz", Invariant);

    internal static string Percent(decimal? value) => value?.ToString("0.####", Invariant) ?? "";

    internal static string Flag(bool value) => value ? "true" : "false";

    internal static string Token(EventKind kind) => KindTokens.First(t => t.Kind == kind).Token;

    internal static string Token(Confidence confidence) => confidence == Confidence.Uncertain ? "uncertain" : "confirmed";

    internal static string Token(DeadlineStatus status) => status.ToString().ToLowerInvariant();

    /// <summary>An enum value as a file token: its name in snake case (<c>ListedProducts</c> is <c>listed_products</c>).</summary>
    internal static string SnakeToken<TEnum>(TEnum value)
        where TEnum : struct, Enum =>
        string.Concat(value.ToString().Select((c, i) => char.IsUpper(c) && i > 0 ? "_" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));

    /// <summary>Reads <see cref="SnakeToken"/>'s tokens, or the enum's names whatever their case and spacing.</summary>
    internal static bool TryParseSnakeToken<TEnum>(string text, out TEnum value)
        where TEnum : struct, Enum
    {
        var squashed = text.Replace("_", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);
        return Enum.TryParse(squashed, ignoreCase: true, out value) && Enum.IsDefined(value) && !squashed.All(char.IsDigit);
    }

    // Reading cells.

    /// <summary>An event kind: the reference files' words (negotiation_round, call, ...) or the names shown in the app.</summary>
    internal static bool TryParseKind(string text, out EventKind kind)
    {
        var token = text.Trim().Replace(" ", "_", StringComparison.Ordinal).Replace("'", "", StringComparison.Ordinal).ToLowerInvariant();
        foreach (var (k, t) in KindTokens)
        {
            if (token == t || token == k.ToString().ToLowerInvariant() || token.Replace("_", "", StringComparison.Ordinal) == k.ToString().ToLowerInvariant())
            {
                kind = k;
                return true;
            }
        }

        kind = default;
        return false;
    }

    /// <summary>The zone the reference data means by an offset: +08:00 is Beijing time, -04:00/-05:00 US Eastern.</summary>
    internal static string? ZoneForOffset(TimeSpan offset) => offset.TotalHours switch
    {
        8 => "Asia/Shanghai",
        -4 or -5 => "America/New_York",
        0 => "Etc/UTC",
        _ => null,
    };

    internal static bool TryParseDate(string text, out DateOnly date) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", Invariant, DateTimeStyles.None, out date);

    internal static bool TryParseTime(string text, out TimeOnly time) =>
        TimeOnly.TryParseExact(text, ["H:mm", "HH:mm", "H:mm:ss", "HH:mm:ss", "HH:mm:ss.FFFFFFF"], Invariant, DateTimeStyles.None, out time);
}

/// <summary>Reads one row's cells into typed values, recording a message against the column for anything it cannot read.</summary>
internal sealed class CellReader(ImportRow row)
{
    public ImportRow Row { get; } = row;

    public string? Text(string column, string? value, bool required = false)
    {
        var text = value?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            if (required)
            {
                Row.Error(column, "is required.");
            }

            return null;
        }

        return text;
    }

    public DateOnly? Date(string column, string? value, bool required = false)
    {
        if (Text(column, value, required) is not { } text)
        {
            return null;
        }

        if (CsvFormat.TryParseDate(text, out var date))
        {
            return date;
        }

        Row.Error(column, $"'{Clip(text)}' is not a date; write it as yyyy-MM-dd, e.g. 2025-04-10.");
        return null;
    }

    public TimeOnly? Time(string column, string? value)
    {
        if (Text(column, value) is not { } text)
        {
            return null;
        }

        if (CsvFormat.TryParseTime(text, out var time))
        {
            return time;
        }

        Row.Error(column, $"'{Clip(text)}' is not a clock time; write it as 24-hour HH:mm, e.g. 00:01 or 17:30.");
        return null;
    }

    public decimal? Percent(string column, string? value)
    {
        if (Text(column, value) is not { } text)
        {
            return null;
        }

        if (decimal.TryParse(text.TrimEnd('%').Trim(), NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number))
        {
            return number;
        }

        Row.Error(column, $"'{Clip(text)}' is not a number; write a percent such as 25 or 7.5 (a point, no thousands separator).");
        return null;
    }

    public bool Flag(string column, string? value)
    {
        switch (Text(column, value)?.ToLowerInvariant())
        {
            case null or "false" or "no" or "0" or "n":
                return false;
            case "true" or "yes" or "1" or "y":
                return true;
            default:
                Row.Error(column, $"'{Clip(value!)}' is not true or false.");
                return false;
        }
    }

    public Confidence Confidence(string column, string? value)
    {
        switch (Text(column, value)?.ToLowerInvariant())
        {
            case null or "confirmed":
                return Domain.Confidence.Confirmed;
            case "uncertain":
                return Domain.Confidence.Uncertain;
            default:
                Row.Error(column, $"'{Clip(value!)}' is not a confidence; write confirmed or uncertain.");
                return Domain.Confidence.Confirmed;
        }
    }

    public string? Zone(string column, string? value)
    {
        if (Text(column, value) is not { } zone)
        {
            return null;
        }

        if (ZonedTime.IsKnownZone(zone))
        {
            return zone;
        }

        Row.Error(column, $"'{Clip(zone)}' is not a known IANA time zone; use one such as America/New_York or Asia/Shanghai.");
        return null;
    }

    internal static string Clip(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
