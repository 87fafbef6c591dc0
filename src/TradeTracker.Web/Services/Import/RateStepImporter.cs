using CsvHelper;
using CsvHelper.Configuration.Attributes;
using Microsoft.EntityFrameworkCore;
using TradeTracker.Web.Data;
using TradeTracker.Web.Domain;
using TradeTracker.Web.Services.Editing;

namespace TradeTracker.Web.Services.Import;

/// <summary>A rate-steps CSV record as written (columns in docs/import-format.md). Every cell is read as text and
/// parsed by <see cref="RateStepImporter"/>, so a bad cell becomes a message on its row rather than an exception.</summary>
internal sealed class RateStepRecord
{
    [Name("external_id", "id"), Optional] public string? ExternalId { get; set; }
    [Name("measure_key"), Optional] public string? MeasureKey { get; set; }
    [Name("rate_percent"), Optional] public string? RatePercent { get; set; }
    [Name("effective_date"), Optional] public string? EffectiveDate { get; set; }
    [Name("effective_time"), Optional] public string? EffectiveTime { get; set; }
    [Name("until_date"), Optional] public string? UntilDate { get; set; }
    [Name("until_time"), Optional] public string? UntilTime { get; set; }
    [Name("end_date"), Optional] public string? EndDate { get; set; }
    [Name("time_zone"), Optional] public string? TimeZone { get; set; }
    [Name("announced_date"), Optional] public string? AnnouncedDate { get; set; }
    [Name("never_applied"), Optional] public string? NeverApplied { get; set; }
    [Name("status"), Optional] public string? Status { get; set; }
    [Name("notes"), Optional] public string? Notes { get; set; }
    [Name("source_publisher"), Optional] public string? SourcePublisher { get; set; }
    [Name("source_title"), Optional] public string? SourceTitle { get; set; }
    [Name("source_url"), Optional] public string? SourceUrl { get; set; }
}

internal sealed class RateStepImporter(ImportLookups lookups, RateStepEditor editor) : EditorImporter<RateStep, RateStepInput>(lookups, editor)
{
    /// <summary>The columns, in the order the export writes them.</summary>
    public static readonly string[] Columns =
    [
        "external_id", "measure_key", "rate_percent", "effective_date", "effective_time", "until_date", "until_time",
        "time_zone", "announced_date", "never_applied", "notes", "source_publisher", "source_title", "source_url",
    ];

    public static readonly string[] Required = ["external_id|id", "measure_key", "rate_percent", "effective_date", "source_url"];

    private static readonly Dictionary<string, string> InputColumnMap = new()
    {
        [nameof(RateStepInput.MeasureId)] = "measure_key",
        [nameof(RateStepInput.RatePercent)] = "rate_percent",
        [nameof(RateStepInput.FromDate)] = "effective_date",
        [nameof(RateStepInput.FromTime)] = "effective_time",
        [nameof(RateStepInput.UntilDate)] = "until_date",
        [nameof(RateStepInput.UntilTime)] = "until_time",
        [nameof(RateStepInput.TimeZoneId)] = "time_zone",
        [nameof(RateStepInput.AnnouncedOn)] = "announced_date",
        [nameof(RateStepInput.NeverApplied)] = "never_applied",
        [nameof(RateStepInput.Notes)] = "notes",
        [nameof(RateStepInput.SourceIds)] = "source_url",
    };

    /// <summary>The reference files' statuses for a rate announced and withdrawn before it took effect.</summary>
    private static readonly HashSet<string> NeverAppliedStatuses = ["cancelled_before_effect", "superseded_before_effect", "never_applied"];

    private static readonly Dictionary<string, string> Aliases = new()
    {
        ["stepid"] = "external_id",
        ["referenceid"] = "external_id",
        ["measure"] = "measure_key",
        ["rate"] = "rate_percent",
        ["ratepct"] = "rate_percent",
        ["from"] = "effective_date",
        ["startdate"] = "effective_date",
        ["effectivefrom"] = "effective_date",
        ["until"] = "until_date",
        ["zone"] = "time_zone",
        ["announcedon"] = "announced_date",
        ["url"] = "source_url",
        ["publisher"] = "source_publisher",
    };

    /// <summary>Rows of the file that were not saved (they have errors), as steps, with their row numbers: a later row
    /// overlapping one of them is told so in the same pass.</summary>
    private readonly List<(int Row, RateStep Step)> unsaved = [];

    private bool hasNeverAppliedColumn;

    public override IReadOnlyList<string> RequiredColumns => Required;

    public override IReadOnlyList<string> KnownColumns { get; } = [.. Columns, "id", "end_date", "status"];

    public override IReadOnlyDictionary<string, string> HeaderAliases => Aliases;

    protected override IReadOnlyDictionary<string, string> InputColumns => InputColumnMap;

    public override string NaturalKeyMeaning => "same measure, start, rate and announcement date";

    public override async Task LoadExistingAsync(AppDbContext db, CancellationToken ct)
    {
        // Archived rows count as stored: a re-import skips them rather than adding them again.
        var steps = await db.RateSteps.AsNoTracking().IgnoreQueryFilters()
            .Select(s => new { s.Id, s.TariffMeasureId, s.ReferenceId, s.InForceFrom, s.NeverApplied, s.AnnouncedOn, s.RatePercent })
            .ToListAsync(ct);
        foreach (var s in steps)
        {
            if (s.ReferenceId is not null)
            {
                ExistingExternal.TryAdd(ExternalKeyOf(s.TariffMeasureId, s.ReferenceId), s.Id);
            }

            ExistingNatural.TryAdd(NaturalKeyOf(s.TariffMeasureId, s.InForceFrom, s.NeverApplied, s.AnnouncedOn, s.RatePercent), s.ReferenceId ?? $"step {s.Id}");
        }
    }

    public override void OnHeader(IReadOnlySet<string> columns)
    {
        base.OnHeader(columns);
        hasNeverAppliedColumn = columns.Contains("never_applied");
    }

    /// <summary>end_date stands in for until_date (and its time), status for never_applied.</summary>
    protected override bool IsGiven(string column) => base.IsGiven(column) || column switch
    {
        "until_date" or "until_time" => Header.Contains("end_date"),
        "never_applied" => Header.Contains("status"),
        _ => false,
    };

    public override void CheckAgainstFile(PendingRow row)
    {
        var step = RateStepEditor.Draft(((PendingRateStep)row).Input);
        foreach (var (number, other) in unsaved.Where(u => u.Step.TariffMeasureId == step.TariffMeasureId))
        {
            foreach (var problem in step.OverlapProblems([other]))
            {
                row.Report.Error("effective_date", $"{problem.Message} (row {number}'s step, not saved because of its own errors)");
            }
        }
    }

    public override void OnRowDone(PendingRow row, bool saved)
    {
        var step = RateStepEditor.Draft(((PendingRateStep)row).Input);
        if (!saved && step.TariffMeasureId != 0 && step.Applied)
        {
            unsaved.Add((row.Report.Number, step));
        }
    }

    /// <summary>The step as it will be saved: the file's later rows are checked against it, not the stored version.</summary>
    public override void Plan(PendingRow row, PlannedRows planned)
    {
        base.Plan(row, planned);
        var id = row.StoredId ?? row.StandIn;
        planned.Steps[id] = RateStepEditor.Draft(((PendingRateStep)row).Input, id);
    }

    public override PendingRow Read(CsvReader csv, ImportRow row)
    {
        var r = RecordOf<RateStepRecord>(csv);
        var cells = new CellReader(row);
        var pending = new PendingRateStep(row);
        row.ExternalId = ExternalIdOf(r.ExternalId, row);

        MeasureRef? measure = null;
        var key = cells.Text("measure_key", r.MeasureKey, required: true);
        if (key is not null && !Lookups.Measures.TryGetValue(key, out measure))
        {
            row.Error("measure_key", $"'{CellReader.Clip(key)}' is not a known measure key (keys look like USA-CHN-S301-L3; see the Measures tab).");
        }

        var rate = cells.Percent("rate_percent", r.RatePercent);
        var from = cells.Date("effective_date", r.EffectiveDate);
        var fromTime = cells.Time("effective_time", r.EffectiveTime);
        var untilDate = cells.Date("until_date", r.UntilDate);
        var untilTime = cells.Time("until_time", r.UntilTime);
        if (cells.Date("end_date", r.EndDate) is { } lastDay)
        {
            // The reference files' end_date is the last day in force: the step ends the next day at its start time.
            if (untilDate is not null)
            {
                row.Error("end_date", "give until_date or end_date, not both.");
            }
            else
            {
                untilDate = lastDay.AddDays(1);
                untilTime ??= fromTime;
            }
        }

        var zone = cells.Zone("time_zone", r.TimeZone) ?? measure?.ImposerZone ?? "America/New_York";
        var announced = cells.Date("announced_date", r.AnnouncedDate);
        var neverApplied = hasNeverAppliedColumn
            ? cells.Flag("never_applied", r.NeverApplied)
            : NeverAppliedStatuses.Contains(r.Status?.Trim().ToLowerInvariant() ?? "");
        ReadSources(pending, r.SourcePublisher, r.SourceTitle, r.SourceUrl);

        pending.Input = new RateStepInput
        {
            MeasureId = measure?.Id ?? 0,
            RatePercent = rate,
            FromDate = from,
            FromTime = fromTime,
            UntilDate = untilDate,
            UntilTime = untilTime,
            TimeZoneId = zone,
            AnnouncedOn = announced,
            NeverApplied = neverApplied,
            Notes = cells.Text("notes", r.Notes),
        };
        row.Summary = neverApplied
            ? $"{key}: {Labels.Percent(rate)}, never applied{(announced is { } a ? $" (announced {ZonedTime.FormatDate(a)})" : "")}"
            : $"{key}: {Labels.Percent(rate)} from {When(from, fromTime, zone)}{(untilDate is { } u ? " until " + When(u, untilTime, zone) : "")}";

        if (measure is not null)
        {
            pending.ExternalKey = row.ExternalId.Length > 0 ? ExternalKeyOf(measure.Id, row.ExternalId) : null;
            var fromInstant = from is { } fd && ZonedTime.IsKnownZone(zone) ? ZonedTime.AtLocal(fd, fromTime ?? TimeOnly.MinValue, zone) : (DateTimeOffset?)null;
            pending.NaturalKey = NaturalKeyOf(measure.Id, neverApplied ? null : fromInstant, neverApplied, announced, rate);
        }

        return pending;
    }

    /// <summary>A start or end as people read it ("12:01 a.m. EDT, July 9, 2025"); the date alone where the zone or the
    /// date cannot be read.</summary>
    private static string When(DateOnly? date, TimeOnly? time, string zone) => date switch
    {
        null => "(no date)",
        { } d when ZonedTime.IsKnownZone(zone) && AsOf.IsInRange(d) => ZonedTime.Format(ZonedTime.AtLocal(d, time ?? TimeOnly.MinValue, zone), zone),
        { } d => ZonedTime.FormatDate(d),
    };

    public override void StampExternalId(object entity, string externalId)
    {
        if (entity is RateStep { ReferenceId: null } step)
        {
            step.ReferenceId = externalId;
        }
    }

    /// <summary>External ids of rate steps are unique within their measure (M004 is a step of two measures).</summary>
    private static string ExternalKeyOf(int measureId, string referenceId) => $"{measureId}|{referenceId}";

    private static string NaturalKeyOf(int measureId, DateTimeOffset? from, bool neverApplied, DateOnly? announced, decimal? rate) =>
        $"{measureId}|{from?.UtcTicks}|{neverApplied}|{CsvFormat.Date(announced)}|{CsvFormat.Percent(rate)}";

    private sealed class PendingRateStep(ImportRow row) : PendingRow<RateStepInput>(row)
    {
        protected override void SetSourceIds(List<int> ids) => Input.SourceIds = ids;
    }
}
