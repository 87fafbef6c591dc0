using TradeTracker.Web.Services;

namespace TradeTracker.UnitTests.Services;

public sealed class FullTextIndexTests
{
    [Theory]
    [InlineData("geneva talks", "\"geneva\" \"talks\"*")]
    [InlineData("  Genev ", "\"Genev\"*")]
    [InlineData("NEAR(a b) AND -x", "\"NEAR(a\" \"b)\" \"AND\" \"-x\"*")]
    [InlineData("title:geneva OR *", "\"title:geneva\" \"OR\"*")]
    [InlineData("\"rare earths\" export", "\"rare earths\" \"export\"*")]
    [InlineData("export \"rare earths\"", "\"export\" \"rare earths\"")]
    [InlineData("tariff\" \"unclosed", "\"tariff\" \"unclosed\"*")]
    public void Fts5_TypedText_QuotesEveryTermAndPrefixesTheLastWord(string text, string expected)
    {
        Assert.Equal(expected, TypedQuery.Parse(text)!.Fts5(prefixLast: true));
    }

    [Theory]
    [InlineData("geneva talks", "('geneva') & ('talks':*)")]
    [InlineData("title:geneva OR *", "('title' <-> 'geneva') & ('OR':*)")]
    [InlineData("!a & (b | c) <-> d:* 'e' \\f", "('a') & ('b') & ('c') & ('d') & ('e') & ('f':*)")]
    [InlineData("\"rare earths\" export", "('rare' <-> 'earths') & ('export':*)")]
    [InlineData("export \"rare earths\"", "('export') & ('rare' <-> 'earths')")]
    [InlineData("São-Paulo's", "('São' <-> 'Paulo' <-> 's':*)")]
    public void TsQuery_TypedText_QuotesEveryWordAndPrefixesTheLastWord(string text, string expected)
    {
        Assert.Equal(expected, TypedQuery.Parse(text)!.TsQuery(prefixLast: true));
    }

    [Fact]
    public void TsQuery_Any_JoinsTheTermsWithOr()
    {
        Assert.Equal("('geneva') | ('talks')", TypedQuery.Parse("geneva talks")!.TsQuery(prefixLast: false, any: true));
    }

    [Theory]
    [InlineData("se", true)]
    [InlineData("tariffs semicond", true)]
    [InlineData("Sa\u0303o", true)]
    [InlineData("semiconduc", false)]
    [InlineData("a", false)]
    [InlineData("U.S", false)]
    [InlineData("\"semicond\"", false)]
    public void PrefixAtOnce_LastWord_OnlyWhenTheIndexKeepsPrefixesOfItsLength(string text, bool expected)
    {
        Assert.Equal(expected, FullTextIndex.PrefixAtOnce(TypedQuery.Parse(text)!));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\"")]
    [InlineData("* - ( ) \"\"")]
    [InlineData("& | ! <-> : \\ '")]
    public void Parse_NoWordInIt_IsNull(string text)
    {
        Assert.Null(TypedQuery.Parse(text));
    }

    [Fact]
    public void Parse_ManyWords_KeepsTheFirstSixteen()
    {
        var expression = TypedQuery.Parse(string.Join(' ', Enumerable.Range(1, 40).Select(i => $"w{i}")))!.Fts5(prefixLast: true);

        Assert.Equal(16, expression.Split(' ').Length);
        Assert.EndsWith("\"w16\"*", expression);
    }

    [Fact]
    public void ToHtml_MarkedText_EncodesEverythingButTheMarks()
    {
        var html = FullTextIndex.ToHtml($"<b>{FullTextIndex.MarkOpen}Geneva{FullTextIndex.MarkClose}</b> & \"talks\"");

        Assert.Equal("&lt;b&gt;<mark>Geneva</mark>&lt;/b&gt; &amp; &quot;talks&quot;", html);
    }

    [Fact]
    public void ToHtml_StrayOrUnclosedMarks_StayBalanced()
    {
        var html = FullTextIndex.ToHtml($"{FullTextIndex.MarkClose}a{FullTextIndex.MarkOpen}b{FullTextIndex.MarkOpen}c");

        Assert.Equal("a<mark>bc</mark>", html);
    }

    [Fact]
    public void Plain_MarkedText_DropsTheMarks()
    {
        Assert.Equal("Geneva talks", FullTextIndex.Plain($"{FullTextIndex.MarkOpen}Geneva{FullTextIndex.MarkClose} talks"));
    }
}
