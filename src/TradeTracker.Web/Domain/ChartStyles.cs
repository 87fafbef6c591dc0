namespace TradeTracker.Web.Domain;

/// <summary>How one direction of a pair is drawn wherever the app charts it: the home economy's tariffs in one colour with
/// a solid line, the tariffs it faces in another with a dashed line.</summary>
public enum DirectionStyle
{
    Home,
    Partner,
}

/// <summary>The groups of dated things marked beside the step chart, each shown or hidden as one.</summary>
public enum MarkerGroup
{
    Talks,
    Announcements,
    CourtRulings,
    Deadlines,
}

/// <summary>The chart's rules that every page drawing a pair shares, so a direction keeps its colour from page to page and
/// an event kind is marked in one group.</summary>
public static class ChartStyles
{
    /// <summary>The style of the tariffs <paramref name="imposer"/> charges <paramref name="target"/>: Home when the
    /// imposer is the tracker's home economy (the featured imposer), Partner when the target is; for a pair without the
    /// home economy, the imposer first in code order is drawn as Home. The same direction gets the same style on the pair
    /// page (either way round) and on both economies' pages.</summary>
    public static DirectionStyle Of(string imposer, string target, string home) =>
        imposer == home ? DirectionStyle.Home
        : target == home ? DirectionStyle.Partner
        : string.CompareOrdinal(imposer, target) < 0 ? DirectionStyle.Home : DirectionStyle.Partner;

    /// <summary>The marker group of an event kind, or null for kinds the chart does not mark.</summary>
    public static MarkerGroup? GroupOf(EventKind kind) => kind switch
    {
        EventKind.NegotiationRound or EventKind.LeadersCall or EventKind.Agreement => MarkerGroup.Talks,
        EventKind.Announcement => MarkerGroup.Announcements,
        EventKind.CourtRuling => MarkerGroup.CourtRulings,
        _ => null,
    };
}
