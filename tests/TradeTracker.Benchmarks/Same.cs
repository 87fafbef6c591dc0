using System.Globalization;
using TradeTracker.Web.Domain;
using TradeTracker.Web.Services;

namespace TradeTracker.Benchmarks;

/// <summary>Checked once before measuring: the raw variant must return what the app returns, or its ratio means nothing.</summary>
public static class Same
{
    public static void Check(TimelineResult app, RawTimelinePage raw) => Require("timeline",
        $"{app.TotalCount}{(app.Capped ? "+" : "")}: {string.Join(",", app.Entries.Select(e => $"{e.Type}{e.Id}/{e.Sources.Count}"))}",
        $"{raw.TotalCount}{(raw.Capped ? "+" : "")}: {string.Join(",", raw.Rows.Select(r => $"{r.Type}{r.Id}/{r.Sources.Count}"))}");

    public static void Check(RateSnapshot app, RateSnapshot raw) => Require("rates", Describe(app), Describe(raw));

    public static void Check(DashboardData app, DashboardData raw) => Require("dashboard", Describe(app), Describe(raw));

    // G29 drops a decimal's trailing zeros: Npgsql hands the raw reads numeric values at the column's scale (25.0000),
    // which print differently from the app's equal values.
    private static string Describe(RateSnapshot s) =>
        $"{s.HeadlinePercent.ToString("G29", CultureInfo.InvariantCulture)}% [{string.Join(",", s.HeadlineLayers.Select(Describe))}] [{string.Join(",", s.ProductLayers.Select(Describe))}]";

    private static string Describe(RateLayer l) =>
        $"{l.Step.Id}/{l.Step.Sources.Count}/{l.Measure.Sources.Count}/{string.Join("+", l.Measure.AffectedMeasures.Select(a => a.Id))}";

    private static string Describe(DashboardData d) => string.Join(" | ",
        Describe(d.Featured),
        string.Join(",", d.Upcoming.Select(Describe)),
        string.Join(",", d.Awaiting.Select(Describe)),
        string.Join(",", d.RateChangeIds),
        string.Join(",", d.Rates.Select(Describe)),
        string.Join(",", d.Latest.Select(e => $"{e.Id}/{e.Sources.Count}/{e.Disagreements.Count}/{e.Participants.Count}")));

    private static string Describe(DeadlineView? v) =>
        v is null ? "-" : $"{v.Deadline.Id}:{v.DueAt:O}:{v.State}:{v.KnownExtensions.Count}/{v.Deadline.Sources.Count}";

    private static void Require(string what, string app, string raw)
    {
        if (app != raw)
        {
            throw new InvalidOperationException($"The raw {what} reads differ from the app's:\napp: {app}\nraw: {raw}");
        }
    }
}
