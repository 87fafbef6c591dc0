using TradeTracker.Web.Domain;

namespace TradeTracker.UnitTests.Domain;

public sealed class DeadlineExtensionRuleTests
{
    private const string NewYork = "America/New_York";

    private static readonly DateTimeOffset July9 = ZonedTime.AtLocal(new DateOnly(2025, 7, 9), new TimeOnly(0, 1), NewYork);
    private static readonly DateTimeOffset August1 = ZonedTime.AtLocal(new DateOnly(2025, 8, 1), new TimeOnly(0, 1), NewYork);

    private static Deadline Pause() => new() { Title = "Pause ends", OriginalDueAt = July9, TimeZoneId = NewYork };

    [Fact]
    public void Check_LaterDueDecidedBefore_HasNoProblem()
    {
        Assert.Empty(DeadlineExtensionRule.Check(July9, NewYork, August1, NewYork, new DateOnly(2025, 7, 7)));
    }

    [Fact]
    public void Check_NewDueNotLater_IsAProblemOnTheNewDue()
    {
        var problems = DeadlineExtensionRule.Check(August1, NewYork, July9, NewYork, new DateOnly(2025, 7, 7));

        var problem = Assert.Single(problems);
        Assert.Equal(ExtensionField.NewDue, problem.Field);
        Assert.Contains("later than 12:01 a.m. EDT, August 1, 2025", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_DecidedAfterTheNewDueDay_IsAProblemOnTheDecisionDay()
    {
        var problem = Assert.Single(DeadlineExtensionRule.Check(July9, NewYork, August1, NewYork, new DateOnly(2025, 8, 2)));

        Assert.Equal(ExtensionField.DecidedOn, problem.Field);
    }

    [Fact]
    public void Extend_Valid_AddsTheExtensionAndMovesTheCurrentDue()
    {
        var deadline = Pause();

        deadline.Extend(August1, NewYork, new DateOnly(2025, 7, 7), "  EO of July 7 ", sourceId: 3);

        Assert.Equal((August1, NewYork), deadline.CurrentDue());
        Assert.Equal("EO of July 7", Assert.Single(deadline.Extensions).Note);
    }

    [Fact]
    public void Extend_NotLaterThanTheCurrentDue_Throws()
    {
        var deadline = Pause();
        deadline.Extend(August1, NewYork, new DateOnly(2025, 7, 7), null, sourceId: 3);

        Assert.Throws<InvalidOperationException>(() => deadline.Extend(July9.AddDays(1), NewYork, new DateOnly(2025, 7, 8), null, sourceId: 3));
        Assert.Single(deadline.Extensions);
    }
}
