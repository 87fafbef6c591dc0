using System.Text.RegularExpressions;
using CsvHelper;
using CsvHelper.Configuration;
using CsvHelper.TypeConversion;

namespace TradeTracker.Web.Services.Import;

/// <summary>Formula injection (OWASP "CSV Injection"): a spreadsheet runs a cell that starts with =, +, -, @, tab or CR
/// as a formula. Every CSV the app writes goes through <see cref="Neutralize"/>, which puts a single quote in front of
/// such a cell (the spreadsheet's "this is text" mark); a leading NUL is treated the same (ASVS 5.0 V1.2.10). A plain
/// negative number (-5, -5.5) is a number, not a formula, and is written as it is, so a rate stays a number in a
/// spreadsheet. The import reads every cell through <see cref="Restore"/>, which takes off exactly the quote the export
/// added and nothing else: a cell is neutralized when, after any leading quotes, it starts a formula, so a text that
/// really starts with '= is written ''= and reads back as '=, while 'Tis or '-5 are written and read as they are.</summary>
public static partial class CsvCell
{
    private const char TextMark = '\'';

    /// <summary>The cell as a spreadsheet must see it: quoted as text when it would start a formula.</summary>
    public static string Neutralize(string cell) => StartsFormula(cell) ? TextMark + cell : cell;

    /// <summary>The cell as it was before <see cref="Neutralize"/>: one leading quote fewer when it was added.</summary>
    public static string Restore(string cell) => cell.Length > 0 && cell[0] == TextMark && StartsFormula(cell) ? cell[1..] : cell;

    /// <summary>Whether the cell, after any leading quotes, starts with a formula character and is not a plain number.
    /// Leading quotes do not change the answer, which is what makes <see cref="Restore"/> undo exactly one.</summary>
    private static bool StartsFormula(string cell)
    {
        var text = cell.AsSpan().TrimStart(TextMark);
        return text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r' or '\0' && !PlainNumber().IsMatch(text);
    }

    [GeneratedRegex(@"^-[0-9]+(\.[0-9]+)?$")]
    private static partial Regex PlainNumber();

    /// <summary>Reads every text cell of an import record through <see cref="Restore"/>.</summary>
    internal sealed class RestoringConverter : StringConverter
    {
        public override object? ConvertFromString(string? text, IReaderRow row, MemberMapData memberMapData) =>
            base.ConvertFromString(text, row, memberMapData) is string cell ? Restore(cell) : null;
    }
}

/// <summary>The one CSV writer every CSV the app sends goes through (open-data downloads, editors' exports, the
/// reference-format conversion): UTF-8 without a byte-order mark, LF line ends, RFC 4180 quoting (a cell with a comma,
/// quote or line break is quoted, quotes doubled) and every cell <see cref="CsvCell.Neutralize">neutralized</see>.</summary>
public sealed class CsvOutput : IAsyncDisposable
{
    private readonly StreamWriter writer;
    private readonly CsvWriter csv;

    public CsvOutput(Stream output)
    {
        writer = new StreamWriter(output, CsvFormat.Encoding, leaveOpen: true);
        csv = new CsvWriter(writer, CsvFormat.WriteConfiguration);
    }

    public async Task WriteRowAsync(IEnumerable<string> cells)
    {
        foreach (var cell in cells)
        {
            csv.WriteField(CsvCell.Neutralize(cell));
        }

        await csv.NextRecordAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await csv.FlushAsync();
        await writer.FlushAsync();
        await csv.DisposeAsync();
        await writer.DisposeAsync();
    }
}
