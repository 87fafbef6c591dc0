using TradeTracker.Web.Domain;

namespace TradeTracker.UnitTests.Domain;

public sealed class ParticipantTests
{
    [Fact]
    public void ParseList_NamesWithRoles_ReadsNameRoleAndSide()
    {
        var people = Participant.ParseList("He Lifeng (Vice Premier); Scott Bessent (US Treasury Secretary); Jane Doe");

        Assert.Equal(
            [new Participant("He Lifeng", "Vice Premier", "CHN"), new Participant("Scott Bessent", "US Treasury Secretary", "USA"), new Participant("Jane Doe", "", "")],
            people);
    }

    [Fact]
    public void FormatList_ParsedList_WritesWhatParseListReads()
    {
        const string text = "He Lifeng (Vice Premier); Jane Doe";

        Assert.Equal(text, Participant.FormatList(Participant.ParseList("  He Lifeng   (Vice Premier) ;Jane Doe;")));
        Assert.Equal(Participant.ParseList(text), Participant.ParseList(Participant.FormatList(Participant.ParseList(text))));
    }
}
