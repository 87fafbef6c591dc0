using TradeTracker.Web.Domain;

namespace TradeTracker.UnitTests.Domain;

public sealed class SafeTextTests
{
    [Theory]
    [InlineData("Ctl\u0000char", "a control character (U+0000) at position 4")]
    [InlineData("Page\u000Cbreak", "a control character (U+000C) at position 5")]
    [InlineData("Del\u007F", "a control character (U+007F) at position 4")]
    [InlineData("C1\u0085", "a control character (U+0085) at position 3")]
    [InlineData("abc\u202Egpj.exe", "a bidirectional override (U+202E) at position 4")]
    [InlineData("\u2066isolate", "a bidirectional override (U+2066) at position 1")]
    [InlineData("zero\u200Bwidth", "an invisible zero-width character (U+200B) at position 5")]
    [InlineData("\uFEFFbom", "an invisible zero-width character (U+FEFF) at position 1")]
    [InlineData("not\uFFFF", "a noncharacter (U+FFFF) at position 4")]
    public void Problem_RefusedCharacter_NamesItAndItsPosition(string text, string expected)
    {
        Assert.Equal($"contains {expected}; remove it.", SafeText.Problem(text, TextLines.Multi));
    }

    [Fact]
    public void Problem_UnpairedSurrogate_IsRefused()
    {
        // Built here: a theory's inline data would not carry half a surrogate pair intact.
        var text = "lone " + (char)0xD800 + " half";

        Assert.Equal("contains an unpaired surrogate (U+D800) at position 6; remove it.", SafeText.Problem(text, TextLines.Multi));
    }

    [Fact]
    public void Problem_PositionAfterAnEmoji_CountsTheEmojiAsOneCharacter()
    {
        Assert.Equal("contains a control character (U+0000) at position 3; remove it.", SafeText.Problem("\U0001F600a\u0000", TextLines.Single));
    }

    [Theory]
    [InlineData("line\rbreak", "U+000D")]
    [InlineData("line\nbreak", "U+000A")]
    [InlineData("line\u2028break", "U+2028")]
    public void Problem_LineBreakInAOneLineField_IsRefusedButKeptInAMultiLineField(string text, string codePoint)
    {
        Assert.Equal($"contains a line break ({codePoint}) at position 5; remove it.", SafeText.Problem(text, TextLines.Single));
        Assert.Null(SafeText.Problem(text, TextLines.Multi));
    }

    [Theory]
    [InlineData("Tab\tseparated")]
    [InlineData("Zero width joiner 👩\u200D💻 and non-joiner می\u200Cخواهم")]
    [InlineData("Right-to-left mark \u200F and left-to-right mark \u200E")]
    [InlineData("商务部 — Ministry of Commerce")]
    public void Problem_TextPeopleWrite_IsAccepted(string text)
    {
        Assert.Null(SafeText.Problem(text, TextLines.Single));
    }

    [Fact]
    public void Clean_DecomposedTextAndMixedLineEnds_IsComposedWithLfAndTrimmed()
    {
        Assert.Equal("Réunion\nGenève\nthree\nfour", SafeText.Clean("  Re\u0301union\r\nGene\u0300ve\rthree\u2029four \t"));
    }

    [Fact]
    public void Printable_StoredControlAndOverrideCharacters_BecomeTheReplacementCharacter()
    {
        Assert.Equal("Ctl\uFFFDchar \uFFFD ok\n\t👍 \uFFFD", SafeText.Printable("Ctl\u0000char \u202E ok\n\t👍 " + (char)0xD800));
        Assert.Same("Clean text", SafeText.Printable("Clean text"));
    }
}
