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
    [InlineData("'Tis")]
    [InlineData("'-5.5")]
    [InlineData("=written by hand")]
    public void Restore_CellTheExportDidNotNeutralize_IsLeftAsItIs(string cell)
    {
        Assert.Equal(cell, CsvCell.Restore(cell));
    }
}
