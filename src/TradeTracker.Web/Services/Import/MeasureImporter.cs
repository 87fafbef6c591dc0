using CsvHelper;
using CsvHelper.Configuration.Attributes;
using Microsoft.EntityFrameworkCore;
using TradeTracker.Web.Data;
using TradeTracker.Web.Domain;
using TradeTracker.Web.Services.Editing;

namespace TradeTracker.Web.Services.Import;

/// <summary>A measures CSV record (columns in docs/import-format.md), every cell read as text.</summary>
internal sealed class MeasureRecord
{
    [Name("measure_key"), Optional] public string? Key { get; set; }
    [Name("imposing_economy"), Optional] public string? ImposingEconomy { get; set; }
    [Name("target_economy"), Optional] public string? TargetEconomy { get; set; }
    [Name("exempted_economies"), Optional] public string? ExemptedEconomies { get; set; }
    [Name("name"), Optional] public string? Name { get; set; }
    [Name("legal_basis"), Optional] public string? LegalBasis { get; set; }
    [Name("coverage"), Optional] public string? Coverage { get; set; }
    [Name("combination"), Optional] public string? Combination { get; set; }
    [Name("product_description"), Optional] public string? ProductDescription { get; set; }
    [Name("hs_prefixes"), Optional] public string? HsPrefixes { get; set; }
    [Name("product_lists"), Optional] public string? ProductLists { get; set; }
    [Name("affects"), Optional] public string? Affects { get; set; }
    [Name("status"), Optional] public string? Status { get; set; }
    [Name("confidence"), Optional] public string? Confidence { get; set; }
    [Name("notes"), Optional] public string? Notes { get; set; }
    [Name("invalidated_on"), Optional] public string? InvalidatedOn { get; set; }
    [Name("invalidated_by"), Optional] public string? InvalidatedBy { get; set; }
    [Name("invalidated_by_event"), Optional] public string? InvalidatedByEvent { get; set; }
    [Name("invalidation_note"), Optional] public string? InvalidationNote { get; set; }
    [Name("source_publisher"), Optional] public string? SourcePublisher { get; set; }
    [Name("source_title"), Optional] public string? SourceTitle { get; set; }
    [Name("source_url"), Optional] public string? SourceUrl { get; set; }
}

/// <summary>Measures: the key is the external id, so a row with a stored key updates that measure.</summary>
internal sealed class MeasureImporter(ImportLookups lookups, MeasureEditor editor) : EditorImporter<TariffMeasure, MeasureInput>(lookups, editor)
{
    /// <summary>The columns, in the order the export writes them.</summary>
    public static readonly string[] Columns =
    [
        "measure_key", "imposing_economy", "target_economy", "exempted_economies", "name", "legal_basis", "coverage",
        "combination", "product_description", "hs_prefixes", "product_lists", "affects", "status", "confidence", "notes",
        "invalidated_on", "invalidated_by", "invalidated_by_event", "invalidation_note",
        "source_publisher", "source_title", "source_url",
    ];

    public static readonly string[] Required = ["measure_key", "imposing_economy", "name", "legal_basis", "source_url"];

    private static readonly Dictionary<string, string> InputColumnMap = new()
    {
        [nameof(MeasureInput.Key)] = "measure_key",
        [nameof(MeasureInput.ImposingEconomyCode)] = "imposing_economy",
        [nameof(MeasureInput.TargetEconomyCode)] = "target_economy",
        [nameof(MeasureInput.ExemptedEconomyCodes)] = "exempted_economies",
        [nameof(MeasureInput.Name)] = "name",
        [nameof(MeasureInput.LegalBasis)] = "legal_basis",
        [nameof(MeasureInput.Coverage)] = "coverage",
        [nameof(MeasureInput.Combination)] = "combination",
        [nameof(MeasureInput.ProductDescription)] = "product_description",
        [nameof(MeasureInput.HsPrefixes)] = "hs_prefixes",
        [nameof(MeasureInput.ProductLists)] = "product_lists",
        [nameof(MeasureInput.AffectedMeasureIds)] = "affects",
        [nameof(MeasureInput.Status)] = "status",
        [nameof(MeasureInput.Confidence)] = "confidence",
        [nameof(MeasureInput.Notes)] = "notes",
        [nameof(MeasureInput.InvalidatedOn)] = "invalidated_on",
        [nameof(MeasureInput.InvalidatedBy)] = "invalidated_by",
        [nameof(MeasureInput.InvalidatedByEventId)] = "invalidated_by_event",
        [nameof(MeasureInput.InvalidationNote)] = "invalidation_note",
        [nameof(MeasureInput.SourceIds)] = "source_url",
    };

    private static readonly Dictionary<string, string> Aliases = new()
    {
        ["key"] = "measure_key",
        ["measureid"] = "measure_key",
        ["externalid"] = "measure_key",
        ["imposer"] = "imposing_economy",
        ["target"] = "target_economy",
        ["exempted"] = "exempted_economies",
        ["measurename"] = "name",
        ["hscodes"] = "hs_prefixes",
        ["hs"] = "hs_prefixes",
        ["affectedmeasures"] = "affects",
        ["url"] = "source_url",
        ["publisher"] = "source_publisher",
    };

    public override IReadOnlyList<string> RequiredColumns => Required;

    public override IReadOnlyList<string> KnownColumns => Columns;

    public override IReadOnlyDictionary<string, string> HeaderAliases => Aliases;

    protected override IReadOnlyDictionary<string, string> InputColumns => InputColumnMap;

    public override string NaturalKeyMeaning => "same key";

    public override async Task LoadExistingAsync(AppDbContext db, CancellationToken ct)
    {
        foreach (var m in await db.Measures.AsNoTracking().IgnoreQueryFilters().Select(m => new { m.Id, m.Key }).ToListAsync(ct))
        {
            ExistingExternal.TryAdd(m.Key, m.Id);
            ExistingNatural.TryAdd(m.Key, m.Key);
        }
    }

    public override PendingRow Read(CsvReader csv, ImportRow row)
    {
        var r = RecordOf<MeasureRecord>(csv);
        var cells = new CellReader(row);
        var pending = new PendingMeasure(row);
        var key = cells.Text("measure_key", r.Key, required: true) ?? "";
        row.ExternalId = key;
        var name = cells.Text("name", r.Name, required: true) ?? "";
        ReadSources(pending, r.SourcePublisher, r.SourceTitle, r.SourceUrl);
        pending.Input = new MeasureInput
        {
            Key = key,
            ImposingEconomyCode = Economy(row, "imposing_economy", cells.Text("imposing_economy", r.ImposingEconomy, required: true)) ?? "",
            TargetEconomyCode = Economy(row, "target_economy", cells.Text("target_economy", r.TargetEconomy)),
            ExemptedEconomyCodes = CsvFormat.SplitList(r.ExemptedEconomies).Select(c => Economy(row, "exempted_economies", c)).OfType<string>().Distinct().ToList(),
            Name = name,
            LegalBasis = cells.Text("legal_basis", r.LegalBasis, required: true) ?? "",
            Coverage = Token(row, "coverage", r.Coverage, Coverage.AllGoods),
            Combination = Token(row, "combination", r.Combination, Combination.Adds),
            ProductDescription = cells.Text("product_description", r.ProductDescription),
            HsPrefixes = cells.Text("hs_prefixes", r.HsPrefixes) ?? "",
            ProductLists = CsvFormat.SplitList(r.ProductLists),
            AffectedMeasureIds = ReadMeasureKeys(row, "affects", r.Affects),
            Status = Token(row, "status", r.Status, MeasureStatus.InEffect),
            Confidence = cells.Confidence("confidence", r.Confidence),
            Notes = cells.Text("notes", r.Notes),
            InvalidatedOn = cells.Date("invalidated_on", r.InvalidatedOn),
            InvalidatedBy = cells.Text("invalidated_by", r.InvalidatedBy),
            InvalidatedByEventId = RulingEvent(row, cells.Text("invalidated_by_event", r.InvalidatedByEvent)),
            InvalidationNote = cells.Text("invalidation_note", r.InvalidationNote),
        };
        row.Summary = $"{key}: {name}";
        pending.ExternalKey = key.Length > 0 ? key : null;
        pending.NaturalKey = key;
        return pending;
    }

    /// <summary>Adds a new measure to the lookups under its stand-in id, so the file's later rows can name it in affects
    /// and the rules count its key as taken.</summary>
    public override void Plan(PendingRow row, PlannedRows planned)
    {
        base.Plan(row, planned);
        if (row.StoredId is null)
        {
            var input = ((PendingMeasure)row).Input;
            var key = input.Key.Trim();
            Lookups.Measures[key] = new MeasureRef(row.StandIn, key, Lookups.EconomyZones[input.ImposingEconomyCode]);
            planned.MeasureIds.Add(row.StandIn);
            planned.MeasureKeys.Add(key);
        }
    }

    /// <summary>Also the measures named in affects that the file creates.</summary>
    public override void UseSavedIds(PendingRow row, PlannedRows planned)
    {
        base.UseSavedIds(row, planned);
        var input = ((PendingMeasure)row).Input;
        input.AffectedMeasureIds = input.AffectedMeasureIds.Select(planned.Stored).ToList();
    }

    /// <summary>The key is the external id, and an editor's input already carries it.</summary>
    public override void StampExternalId(object entity, string externalId)
    {
    }

    /// <summary>HS codes are compared as codes: "8517.13; 8471" is "8471 851713".</summary>
    protected override object? Comparable(string property, object? value) =>
        property == nameof(MeasureInput.HsPrefixes)
            ? string.Join(" ", MeasureEditor.SplitHs(value as string).Select(h => h.Replace(".", "", StringComparison.Ordinal)).Distinct().Order(StringComparer.Ordinal))
            : base.Comparable(property, value);

    private string? Economy(ImportRow row, string column, string? code)
    {
        if (code is null)
        {
            return null;
        }

        if (Lookups.EconomyZones.ContainsKey(code))
        {
            return code.ToUpperInvariant();
        }

        row.Error(column, $"'{CellReader.Clip(code)}' is not a known economy; use ISO 3166-1 alpha-3 codes such as USA, CHN or EUN.");
        return null;
    }

    private int? RulingEvent(ImportRow row, string? reference)
    {
        if (reference is null)
        {
            return null;
        }

        if (Lookups.EventsByRef.TryGetValue(reference, out var id))
        {
            return id;
        }

        row.Error("invalidated_by_event", $"no event has the external id '{CellReader.Clip(reference)}'; import the events first.");
        return null;
    }

    private static TEnum Token<TEnum>(ImportRow row, string column, string? text, TEnum empty)
        where TEnum : struct, Enum
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return empty;
        }

        if (CsvFormat.TryParseSnakeToken<TEnum>(text.Trim(), out var value))
        {
            return value;
        }

        row.Error(column, $"'{CellReader.Clip(text)}' is not one of {string.Join(", ", Enum.GetValues<TEnum>().Select(CsvFormat.SnakeToken))}.");
        return empty;
    }

    private sealed class PendingMeasure(ImportRow row) : PendingRow<MeasureInput>(row)
    {
        protected override void SetSourceIds(List<int> ids) => Input.SourceIds = ids;
    }
}
