using TradeTracker.Web.Domain;

namespace TradeTracker.Web.Data.Auditing;

/// <summary>The audited kinds of row and their names in the audit log and the API.</summary>
public static class AuditKinds
{
    public const string Measure = "measure";
    public const string RateStep = "rate-step";
    public const string Event = "event";
    public const string Deadline = "deadline";
    public const string Source = "source";
    public const string Economy = "economy";

    private static readonly Dictionary<Type, string> ByType = new()
    {
        [typeof(TariffMeasure)] = Measure,
        [typeof(RateStep)] = RateStep,
        [typeof(TradeEvent)] = Event,
        [typeof(Deadline)] = Deadline,
        [typeof(Source)] = Source,
        [typeof(Economy)] = Economy,
    };

    public static IReadOnlyCollection<string> All => ByType.Values;

    public static string? Of(Type type) => ByType.GetValueOrDefault(type);

    /// <summary>The kind as readers see it ("Rate step").</summary>
    public static string Label(string kind) => kind switch
    {
        RateStep => "Rate step",
        Measure => "Measure",
        Event => "Event",
        Deadline => "Deadline",
        Source => "Source",
        _ => "Economy",
    };

    /// <summary>What an action did to a row, in plain words ("added", "deleted for good").</summary>
    public static string Verb(AuditAction action) => action switch
    {
        AuditAction.Created => "added",
        AuditAction.Updated => "changed",
        AuditAction.Archived => "removed",
        AuditAction.Restored => "restored",
        _ => "deleted for good",
    };
}
