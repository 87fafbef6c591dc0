using TradeTracker.Web.Domain;

namespace TradeTracker.Web.Data.ReadModels;

/// <summary>One measure that can count towards a rate (<see cref="TariffMeasure.CanApply"/>, live, with a step that
/// <see cref="RateStep.Counts"/>), with what its layers show: a row of the rates read model (<see cref="RateReadModel"/>).
/// A global measure has one row, under <see cref="GlobalTarget"/>, never one per partner.</summary>
public sealed class RateLayerMeasure
{
    /// <summary>The <see cref="RateLayerSpan.TargetKey"/> of a global measure's rows: it applies to every partner it does
    /// not exempt.</summary>
    public const string GlobalTarget = "*";

    public int MeasureId { get; set; }
    public string ImposerCode { get; set; } = "";

    /// <summary>The target's code, or <see cref="GlobalTarget"/>.</summary>
    public string TargetKey { get; set; } = "";
    public List<string> ExemptedEconomyCodes { get; set; } = [];
    public string Name { get; set; } = "";
    public string LegalBasis { get; set; } = "";
    public Coverage Coverage { get; set; }
    public Combination Combination { get; set; }
    public MeasureStatus Status { get; set; }
    public Confidence Confidence { get; set; }
    public string? ProductDescription { get; set; }
    public List<string> HsPrefixes { get; set; } = [];
    public List<string> ProductLists { get; set; } = [];
    public DateOnly? InvalidatedOn { get; set; }
    public string? InvalidatedBy { get; set; }
    public int? InvalidatedByEventId { get; set; }
    public string? InvalidationNote { get; set; }

    /// <summary>The measures this one replaces or excepts, archived ones included: a read keeps the live ones and reads
    /// their names then, so renaming, archiving or purging an affected measure leaves this row as it is.</summary>
    public List<int> AffectedMeasureIds { get; set; } = [];

    /// <summary>The measure's live sources as JSON (<see cref="RateReadModel"/> writes and reads it).</summary>
    public string SourcesJson { get; set; } = "[]";
}

/// <summary>One counted step of a <see cref="RateLayerMeasure"/> over [<see cref="From"/>, <see cref="Until"/>): a row of
/// the rates read model. The layers in force at an instant are a range read on (imposer, target key, until).</summary>
public sealed class RateLayerSpan
{
    /// <summary>The <see cref="Until"/> of a step with no end, so the range read needs no null test.</summary>
    public static readonly DateTimeOffset Open = new(9999, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public int StepId { get; set; }
    public int MeasureId { get; set; }
    public string ImposerCode { get; set; } = "";

    /// <summary>As the measure's <see cref="RateLayerMeasure.TargetKey"/>.</summary>
    public string TargetKey { get; set; } = "";
    public DateTimeOffset From { get; set; }

    /// <summary>The step's end, or <see cref="Open"/>.</summary>
    public DateTimeOffset Until { get; set; }
    public decimal Percent { get; set; }
    public string TimeZoneId { get; set; } = "";
    public string? LegalBasis { get; set; }
    public DateOnly TimelineDate { get; set; }
    public DateOnly? AnnouncedOn { get; set; }

    /// <summary>The step's live sources as JSON (<see cref="RateReadModel"/> writes and reads it).</summary>
    public string SourcesJson { get; set; } = "[]";
}
