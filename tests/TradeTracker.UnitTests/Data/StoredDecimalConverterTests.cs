using System.Globalization;
using TradeTracker.Web.Data;

namespace TradeTracker.UnitTests.Data;

public sealed class StoredDecimalConverterTests
{
    [Theory]
    [InlineData("30.0000", "30.0")]
    [InlineData("12.5000", "12.5")]
    [InlineData("0.0000", "0.0")]
    [InlineData("7.1234", "7.1234")]
    [InlineData("-2.5000", "-2.5")]
    [InlineData("145", "145.0")]
    public void AsSqliteReadsIt_PostgresNumericAtFixedScale_ReadsAsSqliteGivesItBack(string stored, string expected)
    {
        var value = StoredDecimalConverter.AsSqliteReadsIt(decimal.Parse(stored, CultureInfo.InvariantCulture));

        Assert.Equal(expected, value.ToString(CultureInfo.InvariantCulture));
    }
}
