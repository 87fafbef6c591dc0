using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration.Attributes;
using Microsoft.EntityFrameworkCore;
using TradeTracker.Web.Data;
using TradeTracker.Web.Domain;
using TradeTracker.Web.Services.Editing;

namespace TradeTracker.Web.Services.Import;

/// <summary>A deadlines CSV record: the reference deadlines.csv columns plus zone, outcome, links and extension details.</summary>
internal sealed class DeadlineRecord
{
    [Name("external_id", "id"), Optional] public string? ExternalId { get; set; }
    [Name("due"), Optional] public string? Due { get; set; }
    [Name("time_zone"), Optional] public string? TimeZone { get; set; }
    [Name("title"), Optional] public string? Title { get; set; }
    [Name("what_happens"), Optional] public string? WhatHappens { get; set; }
    [Name("status"), Optional] public string? Status { get; set; }
    [Name("outcome"), Optional] public string? Outcome { get; set; }
    [Name("announced_at"), Optional] public string? AnnouncedAt { get; set; }
    [Name("outcome_decided_on"), Optional] public string? OutcomeDecidedOn { get; set; }
    [Name("featured"), Optional] public string? Featured { get; set; }
    [Name("confidence"), Optional] public string? Confidence { get; set; }
    [Name("measure_keys"), Optional] public string? MeasureKeys { get; set; }
    [Name("extended_to"), Optional] public string? ExtendedTo { get; set; }
    [Name("extension_decided_on"), Optional] public string? ExtensionDecidedOn { get; set; }
    [Name("extension_note"), Optional] public string? ExtensionNote { get; set; }
    [Name("extension_source_url"), Optional] public string? ExtensionSourceUrl { get; set; }
    [Name("source_publisher"), Optional] public string? SourcePublisher { get; set; }
    [Name("source_title"), Optional] public string? SourceTitle { get; set; }
    [Name("source_url"), Optional] public string? SourceUrl { get; set; }
}

internal sealed class DeadlineImporter(ImportLookups lookups, DeadlineEditor editor) : EditorImporter<Deadline, DeadlineInput>(lookups, editor)
{
    public static readonly string[] Columns =
    [
        "external_id", "due", "time_zone", "title", "what_happens", "status", "outcome", "announced_at", "outcome_decided_on",
        "featured", "confidence", "measure_keys", "extended_to", "extension_decided_on", "extension_note", "extension_source_url",
        "source_publisher", "source_title", "source_url",
    ];

    public static readonly string[] Required = ["external_id|id", "due", "title", "what_happens", "source_url"];

    private static readonly Dictionary<string, string> InputColumnMap = new()
    {
        [nameof(DeadlineInput.Title)] = "title",
        [nameof(DeadlineInput.DueDate)] = "due",
        [nameof(DeadlineInput.DueTime)] = "due",
        [nameof(DeadlineInput.TimeZoneId)] = "time_zone",
        [nameof(DeadlineInput.WhatHappens)] = "what_happens",
        [nameof(DeadlineInput.Status)] = "status",
        [nameof(DeadlineInput.Outcome)] = "outcome",
        [nameof(DeadlineInput.AnnouncedDate)] = "announced_at",
        [nameof(DeadlineInput.AnnouncedTime)] = "announced_at",
        [nameof(DeadlineInput.OutcomeDecidedOn)] = "outcome_decided_on",
        [nameof(DeadlineInput.IsFeatured)] = "featured",
        [nameof(DeadlineInput.Confidence)] = "confidence",
        [nameof(DeadlineInput.MeasureIds)] = "measure_keys",
        [nameof(DeadlineInput.SourceIds)] = "source_url",
    };

    private static readonly Dictionary<string, string> Aliases = new()
    {
        ["deadlineid"] = "external_id",
        ["referenceid"] = "external_id",
        ["dueat"] = "due",
        ["duedate"] = "due",
        ["zone"] = "time_zone",
        ["measures"] = "measure_keys",
        ["url"] = "source_url",
        ["publisher"] = "source_publisher",
    };

    /// <summary>Which deadline is featured once the file's rows so far are saved, when one of them decided it.</summary>
    private (bool Decided, int? Id) featuredByFile;

    public override IReadOnlyList<string> RequiredColumns => Required;

    public override IReadOnlyList<string> KnownColumns { get; } = [.. Columns, "id"];

    public override IReadOnlyDictionary<string, string> HeaderAliases => Aliases;

    protected override IReadOnlyDictionary<string, string> InputColumns => InputColumnMap;

    public override string NaturalKeyMeaning => "same title and due instant";

    public override async Task LoadExistingAsync(AppDbContext db, CancellationToken ct)
    {
        var deadlines = await db.Deadlines.AsNoTracking().IgnoreQueryFilters().Select(d => new { d.Id, d.ReferenceId, d.OriginalDueAt, d.Title }).ToListAsync(ct);
        foreach (var d in deadlines)
        {
            if (d.ReferenceId is not null)
            {
                ExistingExternal.TryAdd(d.ReferenceId, d.Id);
            }

            ExistingNatural.TryAdd(NaturalKeyOf(d.OriginalDueAt, d.Title), d.ReferenceId ?? $"deadline {d.Id}");
        }
    }

    public override PendingRow Read(CsvReader csv, ImportRow row)
    {
        var r = RecordOf<DeadlineRecord>(csv);
        var cells = new CellReader(row);
        var pending = new PendingDeadline(row);
        row.ExternalId = ExternalIdOf(r.ExternalId, row);

        var title = cells.Text("title", r.Title, required: true) ?? "";
        var measureIds = ReadMeasureKeys(row, "measure_keys", r.MeasureKeys);
        var zone = cells.Zone("time_zone", r.TimeZone);
        var due = ReadDue(row, r.Due, zone, title, measureIds);
        var announced = ReadAnnounced(row, r.AnnouncedAt, due);
        ReadSources(pending, r.SourcePublisher, r.SourceTitle, r.SourceUrl);
        var featured = cells.Flag("featured", r.Featured);
        if (featured)
        {
            row.Warn("featured", "the dashboard will count down to this deadline; the deadline featured now stops being featured.");
        }

        pending.Input = new DeadlineInput
        {
            Title = title,
            DueDate = due?.Date,
            DueTime = due?.Time,
            TimeZoneId = due?.Zone ?? zone ?? "America/New_York",
            WhatHappens = cells.Text("what_happens", r.WhatHappens, required: true) ?? "",
            Status = ReadStatus(row, r.Status),
            Outcome = cells.Text("outcome", r.Outcome),
            AnnouncedDate = announced?.Date,
            AnnouncedTime = announced?.Time,
            OutcomeDecidedOn = cells.Date("outcome_decided_on", r.OutcomeDecidedOn),
            IsFeatured = featured,
            Confidence = cells.Confidence("confidence", r.Confidence),
            MeasureIds = measureIds,
        };
        if (due is not null)
        {
            ReadExtensions(pending, r, due);
        }

        row.Summary = due is not null ? $"Due {ZonedTime.Format(due.Instant, due.Zone)}: {title}" : title;
        pending.ExternalKey = row.ExternalId.Length > 0 ? row.ExternalId : null;
        pending.NaturalKey = due is not null ? NaturalKeyOf(due.Instant, title) : "";
        return pending;
    }

    public override async Task<int> CreateAsync(AppDbContext db, PendingRow row, CancellationToken ct)
    {
        var pending = (PendingDeadline)row;
        var deadline = await editor.CreateInAsync(db, pending.Input, ct);
        await AddExtensionsAsync(db, deadline, pending, pending.Extensions, ct);
        return deadline.Id;
    }

    /// <summary>One deadline is featured: a row that features one un-features the one featured before it.</summary>
    public override void Plan(PendingRow row, PlannedRows planned)
    {
        base.Plan(row, planned);
        var id = row.StoredId ?? row.StandIn;
        if (((PendingDeadline)row).Input.IsFeatured)
        {
            featuredByFile = (true, id);
        }
        else if (featuredByFile.Decided && featuredByFile.Id == id)
        {
            featuredByFile = (true, null);
        }
    }

    /// <summary>A stored deadline the file's earlier rows un-featured is compared as not featured.</summary>
    protected override void AsTheFileLeavesIt(int id, DeadlineInput stored)
    {
        if (featuredByFile.Decided)
        {
            stored.IsFeatured = featuredByFile.Id == id;
        }
    }

    /// <summary>Also compares extensions: the file's extensions that move the deadline later than its stored last due
    /// instant are new. An import adds extensions; it never changes or removes stored ones (the admin page does).</summary>
    public override async Task<StoredComparison> CompareAsync(AppDbContext db, PendingRow row, int id, CancellationToken ct)
    {
        var comparison = await base.CompareAsync(db, row, id, ct);
        var pending = (PendingDeadline)row;
        if (comparison.Archived || !Header.Contains("extended_to") || pending.Extensions.Count == 0)
        {
            return comparison;
        }

        var stored = await db.Set<DeadlineExtension>().AsNoTracking().Where(x => x.DeadlineId == id).Select(x => x.NewDueAt).ToListAsync(ct);
        var lastDue = stored.Count > 0 ? stored.Max() : DateTimeOffset.MinValue;
        pending.NewExtensions = pending.Extensions.Where(e => e.NewDue.Instant > lastDue).ToList();
        return pending.NewExtensions.Count == 0 ? comparison : comparison with { ChangedColumns = [.. comparison.ChangedColumns, "extended_to"] };
    }

    public override async Task UpdateAsync(AppDbContext db, PendingRow row, int id, Guid version, CancellationToken ct)
    {
        var pending = (PendingDeadline)row;
        var deadline = await editor.UpdateInAsync(db, id, version, pending.Input, ct);
        await AddExtensionsAsync(db, deadline, pending, pending.NewExtensions, ct);
    }

    /// <summary>DeadlineEditor.ExtendAsync opens its own context, so a batch adds the (already checked) extensions itself.</summary>
    private async Task AddExtensionsAsync(AppDbContext db, Deadline deadline, PendingDeadline pending, List<ExtensionDraft> extensions, CancellationToken ct)
    {
        if (extensions.Count == 0)
        {
            return;
        }

        foreach (var ext in extensions)
        {
            deadline.Extend(ext.NewDue.Instant, ext.NewDue.Zone, ext.DecidedOn, SafeText.CleanOrNull(ext.Note),
                ext.SourceUrl is { } url ? Lookups.SourcesByUrl[url] : pending.Input.SourceIds[0]);
        }

        await db.SaveChangesAsync(ct);
    }

    public override void StampExternalId(object entity, string externalId)
    {
        if (entity is Deadline { ReferenceId: null } deadline)
        {
            deadline.ReferenceId = externalId;
        }
    }

    private static string NaturalKeyOf(DateTimeOffset due, string title) => $"{due.UtcTicks}|{title.Trim().ToLowerInvariant()}";

    private When? ReadDue(ImportRow row, string? text, string? zone, string title, List<int> measureIds)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            row.Error("due", "is required.");
            return null;
        }

        // Without a time_zone: the offset says which zone the reference data means; a bare date is in the imposer's zone
        // (the first linked measure's imposer; else, as the reference data has it, China's when the title starts "China").
        var imposerZone = measureIds.Count > 0
            ? Lookups.Measures.Values.First(m => m.Id == measureIds[0]).ImposerZone
            : title.StartsWith("China", StringComparison.Ordinal) ? "Asia/Shanghai" : "America/New_York";
        var due = When.Read(row, "due", text, zone, imposerZone, inferFromOffset: zone is null);
        if (due is not null && zone is null && !due.ZoneWritten)
        {
            row.Warn("time_zone", $"not given: read as {due.Zone}.");
        }

        return due;
    }

    /// <summary>announced_at, optional: an instant, a date and time or a date, read like due in the deadline's zone (the
    /// editor keeps it there); a bare date is the start of that day.</summary>
    private static When? ReadAnnounced(ImportRow row, string? text, When? due) =>
        string.IsNullOrWhiteSpace(text) || due is null ? null : When.Read(row, "announced_at", text, due.Zone, due.Zone, inferFromOffset: false);

    private static DeadlineStatus ReadStatus(ImportRow row, string? text)
    {
        switch (text?.Trim().ToLowerInvariant())
        {
            case null or "" or "pending" or "upcoming":
                return DeadlineStatus.Pending;
            case "met":
                return DeadlineStatus.Met;
            case "extended":
                return DeadlineStatus.Extended;
            case "lapsed":
                return DeadlineStatus.Lapsed;
            default:
                row.Error("status", $"'{CellReader.Clip(text!)}' is not a deadline status; use pending, met, extended or lapsed.");
                return DeadlineStatus.Pending;
        }
    }

    /// <summary>extended_to, one new due instant per line, with the decision date, note and source on the same line of
    /// their own columns. Each must move the deadline later than the one before, as an editor's extension must.</summary>
    private void ReadExtensions(PendingDeadline pending, DeadlineRecord r, When due)
    {
        var row = pending.Report;
        var targets = CsvFormat.SplitLines(r.ExtendedTo);
        var decided = CsvFormat.SplitLines(r.ExtensionDecidedOn);
        var notes = CsvFormat.SplitLines(r.ExtensionNote);
        var sources = CsvFormat.SplitLines(r.ExtensionSourceUrl);
        if (decided.Count > targets.Count || notes.Count > targets.Count || sources.Count > targets.Count)
        {
            row.Error("extended_to", "the extension columns have more lines than extended_to; give one line per extension in each.");
            return;
        }

        var (previous, previousZone) = (due.Instant, due.Zone);
        var originalDay = ZonedTime.LocalDate(due.Instant, due.Zone);
        for (var i = 0; i < targets.Count; i++)
        {
            var line = targets.Count > 1 ? $" (line {i + 1})" : "";
            if (When.Read(row, "extended_to", targets[i], null, due.Zone, inferFromOffset: true, lineNote: line) is not { } newDue)
            {
                continue;
            }

            var decidedText = i < decided.Count ? decided[i] : "";
            DateOnly decidedOn;
            if (decidedText.Length == 0)
            {
                decidedOn = originalDay;
                row.Warn("extension_decided_on", $"not given{line}: taken as the original due day, {CsvFormat.Date(originalDay)}.");
            }
            else if (!CsvFormat.TryParseDate(decidedText, out decidedOn) || !AsOf.IsInRange(decidedOn))
            {
                row.Error("extension_decided_on", $"'{CellReader.Clip(decidedText)}'{line} is not a date between {AsOf.FirstYear} and {AsOf.LastYear}; write it as yyyy-MM-dd.");
                continue;
            }

            // The editor's rule (Deadline.Extend): each extension moves the deadline later than the one before.
            foreach (var problem in DeadlineExtensionRule.Check(previous, previousZone, newDue.Instant, newDue.Zone, decidedOn))
            {
                row.Error(
                    problem.Field == ExtensionField.NewDue ? "extended_to" : "extension_decided_on",
                    $"{(problem.Field == ExtensionField.NewDue ? targets[i] : decidedText)}{line}: {problem.Message}");
            }

            (previous, previousZone) = (newDue.Instant, newDue.Zone);
            string? sourceUrl = i < sources.Count && sources[i].Length > 0 ? sources[i] : null;
            if (sourceUrl is not null && !Lookups.SourcesByUrl.ContainsKey(sourceUrl) && !pending.Sources.Exists(s => s.Url == sourceUrl))
            {
                row.Error("extension_source_url", $"'{CellReader.Clip(sourceUrl)}'{line} is neither a stored source nor one of this row's sources.");
            }

            var note = i < notes.Count && notes[i].Length > 0 ? notes[i] : null;
            var noteErrors = new ErrorBag();
            DeadlineEditor.CheckNote(noteErrors, "extension_note", note);
            foreach (var message in noteErrors.ToDictionary().Values.SelectMany(m => m))
            {
                row.Error("extension_note", message + line);
            }

            pending.Extensions.Add(new ExtensionDraft(newDue, decidedOn, note, sourceUrl));
        }
    }

    private sealed record ExtensionDraft(When NewDue, DateOnly DecidedOn, string? Note, string? SourceUrl);

    private sealed class PendingDeadline(ImportRow row) : PendingRow<DeadlineInput>(row)
    {
        public List<ExtensionDraft> Extensions { get; } = [];

        /// <summary>The extensions later than the stored row's, for a row that updates one.</summary>
        public List<ExtensionDraft> NewExtensions { get; set; } = [];

        protected override void SetSourceIds(List<int> ids) => Input.SourceIds = ids;
    }
}

/// <summary>A due instant as written: a date (the start of that day), a date and clock time without offset (that
/// wall-clock time), or an ISO 8601 instant with offset; optionally followed by its zone in brackets
/// (RFC 9557: <c>2025-08-12T00:01:00-04:00[America/New_York]</c>).</summary>
internal sealed record When(DateOnly Date, TimeOnly Time, string Zone, DateTimeOffset Instant, bool ZoneWritten)
{
    private static readonly string[] LocalFormats = ["yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF"];
    private static readonly string[] OffsetFormats = ["yyyy-MM-dd'T'HH:mmK", "yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK"];

    /// <param name="zone">The zone the row names (its time_zone column), if any.</param>
    /// <param name="localZone">The zone for a date or wall-clock time when neither the text nor the row names one.</param>
    /// <param name="inferFromOffset">Whether an instant's zone may be inferred from its offset (+08:00 Beijing, -04/-05 US Eastern).</param>
    public static When? Read(ImportRow row, string column, string text, string? zone, string localZone, bool inferFromOffset, string lineNote = "")
    {
        var value = text.Trim();
        var zoneWritten = zone is not null;
        if (value.EndsWith(']') && value.IndexOf('[') is var open and > 0)
        {
            var suffix = value[(open + 1)..^1];
            value = value[..open];
            if (!ZonedTime.IsKnownZone(suffix))
            {
                row.Error(column, $"'{CellReader.Clip(suffix)}'{lineNote} is not a known IANA time zone.");
                return null;
            }

            if (zone is not null && zone != suffix)
            {
                row.Error(column, $"names the zone {suffix}{lineNote} but time_zone says {zone}.");
                return null;
            }

            zone = suffix;
            zoneWritten = true;
        }

        if (CsvFormat.TryParseDate(value, out var date))
        {
            return Local(row, column, date, TimeOnly.MinValue, zone ?? localZone, zoneWritten, lineNote);
        }

        if (DateTime.TryParseExact(value, LocalFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
        {
            return Local(row, column, DateOnly.FromDateTime(local), TimeOnly.FromDateTime(local), zone ?? localZone, zoneWritten, lineNote);
        }

        if (!DateTimeOffset.TryParseExact(value, OffsetFormats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var instant))
        {
            row.Error(column, $"'{CellReader.Clip(text)}'{lineNote} is not a date or instant; write 2025-07-09, 2025-07-09T00:01 or 2025-07-09T00:01:00-04:00.");
            return null;
        }

        if (zone is null)
        {
            // An offset that fits the fallback zone at that instant keeps it; otherwise the offset names the zone.
            var fits = ZonedTime.Zone(localZone).GetUtcOffset(instant) == instant.Offset;
            zone = fits ? localZone : inferFromOffset ? CsvFormat.ZoneForOffset(instant.Offset) : null;
            if (zone is null)
            {
                row.Error(column, $"the offset {instant:zzz}{lineNote} does not say which zone is meant; give time_zone (e.g. Europe/Brussels).");
                return null;
            }
        }

        var utc = instant.ToUniversalTime();
        var wall = ZonedTime.ToLocal(utc, zone);
        var when = new When(DateOnly.FromDateTime(wall.DateTime), TimeOnly.FromDateTime(wall.DateTime), zone, utc, zoneWritten);
        if (ZonedTime.AtLocal(when.Date, when.Time, zone) != utc)
        {
            row.Warn(column, $"{text}{lineNote} falls in the hour {zone} repeats when clocks go back; it is kept as the first (daylight) occurrence.");
            when = when with { Instant = ZonedTime.AtLocal(when.Date, when.Time, zone) };
        }

        return InRange(row, column, when, lineNote);
    }

    private static When? Local(ImportRow row, string column, DateOnly date, TimeOnly time, string zone, bool zoneWritten, string lineNote) =>
        InRange(row, column, new When(date, time, zone, ZonedTime.AtLocal(date, time, zone), zoneWritten), lineNote);

    private static When? InRange(ImportRow row, string column, When when, string lineNote)
    {
        if (AsOf.IsInRange(when.Date))
        {
            return when;
        }

        row.Error(column, $"must fall between {AsOf.FirstYear} and {AsOf.LastYear}{lineNote}.");
        return null;
    }
}
