using TradeTracker.Web.Services.Import;

namespace TradeTracker.UnitTests.Services;

public sealed class CsvCellTests
{
    [Theory]
    [InlineData("=1+1", "'=1+1")]
    [InlineData("+1", "'+1")]
    [InlineData("-1+1", "'-1+1")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("\tTab", "'\tTab")]
    [InlineData("\rCR", "'\rCR")]
    [InlineData("\u0000NUL", "'\u0000NUL")]
    [InlineData("'=1+1", "''=1+1")]
    [InlineData("''@x", "'''@x")]
    [InlineData("-5.5", "-5.5")]
    [InlineData("-5", "-5")]
    [InlineData("'-5.5", "'-5.5")]
    [InlineData("'Tis the season", "'Tis the season")]
    [InlineData("USTR", "USTR")]
    [InlineData("", "")]
    public void Neutralize_ThenRestore_WritesTheCellAndReadsBackTheText(string text, string cell)
    {
        Assert.Equal(cell, CsvCell.Neutralize(text));
        Assert.Equal(text, CsvCell.Restore(cell));
    }

    [Theory]
    [InlineData("line\rbreak")]
    [InlineData("\rCR first")]
    [InlineData("line\nbreak")]
    [InlineData("line\r\nbreak")]
    [InlineData("a, \"quoted\" one")]
    public async Task CsvOutput_CellWithALineBreakOrQuote_ReadsBackAsOneCellOfItsRow(string text)
    {
        using var stream = new MemoryStream();
        await using (var output = new CsvOutput(stream))
        {
            await output.WriteRowAsync(["before", text, "after"]);
            await output.WriteRowAsync(["next", "row", "here"]);
        }

        stream.Position = 0;
        using var parser = new CsvHelper.CsvParser(new StreamReader(stream), System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(parser.Read());
        Assert.Equal(["before", CsvCell.Neutralize(text), "after"], parser.Record!);
        Assert.True(parser.Read());
        Assert.Equal(["next", "row", "here"], parser.Record!);
    }

    [Theory]
    [InlineData("'Tis")]
    [InlineData("'-5.5")]
    [InlineData("=written by hand")]
    public void Restore_CellTheExportDidNotNeutralize_IsLeftAsItIs(string cell)
    {
        Assert.Equal(cell, CsvCell.Restore(cell));
    }
}
