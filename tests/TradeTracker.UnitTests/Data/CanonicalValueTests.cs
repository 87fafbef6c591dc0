using System.Text;
using TradeTracker.Web.Data.StoreCopy;
using TradeTracker.Web.Domain;

namespace TradeTracker.UnitTests.Data;

/// <summary>The store copy's checksums compare values: each store's own text for a value gives the same canonical
/// text, and different values never do.</summary>
public sealed class CanonicalValueTests
{
    private static string Canonical(params object?[] values)
    {
        var text = new StringBuilder();
        foreach (var value in values)
        {
            CanonicalValue.Append(text, value);
        }

        return text.ToString();
    }

    [Fact]
    public void Append_DecimalWithTrailingZeros_IsTheNumber()
    {
        Assert.Equal(Canonical(25m), Canonical(25.0000m));
        Assert.Equal(Canonical(12.5m), Canonical(12.5000m));
        Assert.Equal(Canonical(0m), Canonical(-0.00m));
        Assert.NotEqual(Canonical(12.3456m), Canonical(12.3457m));
    }

    [Fact]
    public void Append_SameInstantAtAnotherOffset_IsTheSame()
    {
        var utc = new DateTimeOffset(2025, 4, 10, 4, 1, 0, TimeSpan.Zero);

        Assert.Equal(Canonical(utc), Canonical(utc.ToOffset(TimeSpan.FromHours(-4))));
        Assert.NotEqual(Canonical(utc), Canonical(utc.AddMicroseconds(1)));
    }

    [Fact]
    public void Append_InstantWithTicksBelowAMicrosecond_IsTheMicrosecondPostgreSqlKeeps()
    {
        var stored = new DateTimeOffset(2026, 12, 4, 16, 51, 49, TimeSpan.Zero).AddTicks(1_234_567);

        Assert.Equal("27:2026-12-04T16:51:49.123456Z", Canonical(stored));
        Assert.Equal(CanonicalValue.ToMicroseconds(stored), stored.AddTicks(-7));
    }

    [Fact]
    public void Append_JsonWithOtherSpacingKeyOrderAndEscapes_IsTheSameContent()
    {
        var sqlite = new JsonText("[{\"Name\":\"Scott Bessent\",\"Role\":\"Secretary\",\"Side\":\"A\"},{\"Name\":\"He Lifeng\",\"Role\":\"Vice Premier\",\"Side\":\"B\"}]");
        var postgres = new JsonText("[{\"Name\": \"Scott Bessent\", \"Side\": \"A\", \"Role\": \"Secretary\"}, {\"Side\": \"B\", \"Name\": \"He\\u0020Lifeng\", \"Role\": \"Vice Premier\"}]");
        var swapped = new JsonText("[{\"Name\":\"He Lifeng\",\"Role\":\"Vice Premier\",\"Side\":\"B\"},{\"Name\":\"Scott Bessent\",\"Role\":\"Secretary\",\"Side\":\"A\"}]");

        Assert.Equal(Canonical(sqlite), Canonical(postgres));
        Assert.NotEqual(Canonical(sqlite), Canonical(swapped));
        Assert.NotEqual(Canonical(new JsonText("{\"n\":5}")), Canonical(new JsonText("{\"n\":\"5\"}")));
        Assert.Equal(Canonical(new JsonText("{\"n\":5.0}")), Canonical(new JsonText("{\"n\":5}")));
    }

    [Fact]
    public void Append_ValuesOfARow_KeepTheirBoundaries()
    {
        Assert.NotEqual(Canonical("a", "bc"), Canonical("ab", "c"));
        Assert.NotEqual(Canonical((string?)null), Canonical(""));
        Assert.NotEqual(Canonical(new List<string> { "a", "b" }), Canonical(new List<string> { "ab" }));
        Assert.Equal(Canonical(new List<string> { "851713" }), Canonical((object)new[] { "851713" }));
    }

    [Fact]
    public void Append_OtherColumnTypes_HaveOneFormEach()
    {
        Assert.Equal("4:true", Canonical(true));
        Assert.Equal("10:2025-06-09", Canonical(new DateOnly(2025, 6, 9)));
        Assert.Equal(Canonical(Guid.Parse("5B1D1E9A-8C1F-4F7E-9B2A-0C4D2E6F8A10")), Canonical(Guid.Parse("5b1d1e9a-8c1f-4f7e-9b2a-0c4d2e6f8a10")));
        Assert.Equal("6:0aff10", Canonical(new byte[] { 0x0a, 0xff, 0x10 }));
        Assert.Equal("9:Uncertain", Canonical(Confidence.Uncertain));
        Assert.Throws<NotSupportedException>(() => Canonical(new Uri("https://ustr.gov")));
    }
}
