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
}
