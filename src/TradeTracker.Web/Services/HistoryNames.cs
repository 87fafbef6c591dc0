using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using TradeTracker.Web.Data;
using TradeTracker.Web.Data.Auditing;
using TradeTracker.Web.Domain;

namespace TradeTracker.Web.Services;

/// <summary>Recorded values in words for the history pages: the names of the rows a value links to (sources, measures,
/// economies, events, deadlines; archived ones too), instants on the row's zone's clock, dates as people write them,
/// rates as percentages, yes/no, enum values in words, and lists as their items.</summary>
internal sealed class HistoryNames
{
    /// <summary>The kinds of row a recorded value can link to.</summary>
    private enum Linked { Source, Measure, Economy, Event, Deadline }

    /// <summary>Fields whose values are keys of other rows, with the kind of row they point to.</summary>
    private static readonly Dictionary<string, Linked> Links = new(StringComparer.Ordinal)
    {
        ["Sources"] = Linked.Source,
        ["SourceId"] = Linked.Source,
        ["ClaimSourceId"] = Linked.Source,
        ["CounterSourceId"] = Linked.Source,
        ["AffectedMeasures"] = Linked.Measure,
        ["Measures"] = Linked.Measure,
        ["TariffMeasureId"] = Linked.Measure,
        ["Economies"] = Linked.Economy,
        ["ExemptedEconomyCodes"] = Linked.Economy,
        ["ImposingEconomyCode"] = Linked.Economy,
        ["TargetEconomyCode"] = Linked.Economy,
        ["InvalidatedByEventId"] = Linked.Event,
        ["Events"] = Linked.Event,
        ["Deadlines"] = Linked.Deadline,
        ["Side"] = Linked.Economy,
    };

    private static readonly HashSet<string> Enums = [.. Labels.EnumFields];

    private readonly Dictionary<Linked, Dictionary<string, string>> names = [];

    /// <summary>The names of every row the entries' changes and snapshots link to, one query per kind.</summary>
    public static async Task<HistoryNames> LoadAsync(
        AppDbContext db, IEnumerable<HistoryItem> items, IEnumerable<IReadOnlyDictionary<string, string?>> snapshots, CancellationToken ct)
    {
        var keys = new Dictionary<Linked, HashSet<string>>();
        foreach (var change in items.SelectMany(i => i.Changes))
        {
            Collect(change.Field, change.Before, keys);
            Collect(change.Field, change.After, keys);
        }

        foreach (var snapshot in snapshots)
        {
            Collect(nameof(RateStep.TariffMeasureId), snapshot.GetValueOrDefault(nameof(RateStep.TariffMeasureId)), keys);
        }

        var book = new HistoryNames();
        var ids = Ids(keys, Linked.Source);
        book.names[Linked.Source] = (await db.Sources.IgnoreQueryFilters().AsNoTracking().Where(s => ids.Contains(s.Id)).ToListAsync(ct))
            .ToDictionary(s => Key(s.Id), s => s.Title.Length > 0 ? $"{s.Publisher}: {s.Title}" : $"{s.Publisher} ({s.Url})");
        ids = Ids(keys, Linked.Measure);
        book.names[Linked.Measure] = await db.Measures.IgnoreQueryFilters().AsNoTracking().Where(m => ids.Contains(m.Id)).ToDictionaryAsync(m => Key(m.Id), m => m.Name, ct);
        ids = Ids(keys, Linked.Event);
        book.names[Linked.Event] = await db.Events.IgnoreQueryFilters().AsNoTracking().Where(e => ids.Contains(e.Id)).ToDictionaryAsync(e => Key(e.Id), e => e.Title, ct);
        ids = Ids(keys, Linked.Deadline);
        book.names[Linked.Deadline] = await db.Deadlines.IgnoreQueryFilters().AsNoTracking().Where(d => ids.Contains(d.Id)).ToDictionaryAsync(d => Key(d.Id), d => d.Title, ct);
        var codes = keys.GetValueOrDefault(Linked.Economy)?.ToList() ?? [];
        book.names[Linked.Economy] = await db.Economies.AsNoTracking().Where(e => codes.Contains(e.Code)).ToDictionaryAsync(e => e.Code, e => e.Name, ct);
        return book;
    }

    // The name of a linked row, or null where it is gone.
    private string? Name(Linked kind, string key) => names.GetValueOrDefault(kind)?.GetValueOrDefault(key);

    /// <summary>A measure's name (a rate step's, to name the step), or null where it is gone.</summary>
    public string? MeasureName(int id) => Name(Linked.Measure, Key(id));

    /// <summary>A recorded value (JSON text) of <paramref name="field"/> in words: nothing for none, one item for a value,
    /// each item for a list. Instants read on <paramref name="zone"/>'s clock (the row's own zone).</summary>
    public IReadOnlyList<string> Values(string field, string? json, string zone)
    {
        if (json is null)
        {
            return [];
        }

        using var document = JsonDocument.Parse(json);
        var value = document.RootElement;
        return value.ValueKind switch
        {
            JsonValueKind.Null => [],
            JsonValueKind.Array => value.EnumerateArray().Select(item => Item(field, item, zone)).Where(text => text.Length > 0).ToList(),
            _ => Item(field, value, zone) is { Length: > 0 } text ? [text] : [],
        };
    }

    private string Item(string field, JsonElement value, string zone) => value.ValueKind switch
    {
        JsonValueKind.Object => ObjectText(field, value),
        JsonValueKind.True => "Yes",
        JsonValueKind.False => "No",
        JsonValueKind.Null => "",
        _ when Links.TryGetValue(field, out var kind) => LinkText(kind, Raw(value)),
        JsonValueKind.Number when field == nameof(RateStep.RatePercent) => Labels.Percent(value.GetDecimal()),
        JsonValueKind.Number => value.GetDecimal().ToString("0.####", CultureInfo.InvariantCulture),
        _ => Text(field, value.GetString() ?? "", zone),
    };

    private static string Text(string field, string text, string zone) => Enums.Contains(field) ? Labels.EnumValue(field, text) : Labels.Recorded(text, zone);

    /// <summary>A deadline's extension, an event's disagreement or participant, in a line.</summary>
    private string ObjectText(string field, JsonElement value)
    {
        string? Get(string name) => value.TryGetProperty(name, out var p) && p.ValueKind != JsonValueKind.Null ? Raw(p) : null;

        if (Get("newDueAt") is { } due)
        {
            var zone = Get("timeZoneId") is { } z && ZonedTime.IsKnownZone(z) ? z : "Etc/UTC";
            var decided = Get("decidedOn") is { } on ? Text("DecidedOn", on, zone) : null;
            return string.Join("; ", new[]
            {
                "To " + Text("NewDueAt", due, zone),
                decided is null ? null : "decided " + decided,
                Get("note"),
                Get("sourceId") is { } source ? "source: " + LinkText(Linked.Source, source) : null,
            }.OfType<string>());
        }

        if (Get("claim") is { } claim)
        {
            return $"“{claim}” ({LinkText(Linked.Source, Get("claimSourceId") ?? "")}) against “{Get("counterClaim")}” ({LinkText(Linked.Source, Get("counterSourceId") ?? "")})";
        }

        if (Get("name") is { } name)
        {
            var about = string.Join(", ", new[] { Get("role"), Get("side") is { } side ? LinkText(Linked.Economy, side) : null }.Where(t => !string.IsNullOrEmpty(t)));
            return about.Length > 0 ? $"{name} ({about})" : name;
        }

        return string.Join("; ", value.EnumerateObject().Select(p => $"{Labels.Field(char.ToUpperInvariant(p.Name[0]) + p.Name[1..])}: {Raw(p.Value)}"));
    }

    private string LinkText(Linked kind, string key) =>
        Name(kind, key) ?? (kind == Linked.Economy ? key : $"a {kind.ToString().ToLowerInvariant()} no longer stored");

    private static string Raw(JsonElement value) => value.ValueKind == JsonValueKind.String ? value.GetString() ?? "" : value.GetRawText();

    private static string Key(int id) => id.ToString(CultureInfo.InvariantCulture);

    private static List<int> Ids(Dictionary<Linked, HashSet<string>> keys, Linked kind) =>
        (keys.GetValueOrDefault(kind) ?? []).Select(k => int.TryParse(k, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : 0).Where(id => id > 0).ToList();

    /// <summary>The keys a value links to, by kind of row: the value itself for a link field, and the sources an
    /// extension or a disagreement cites.</summary>
    private static void Collect(string field, string? json, Dictionary<Linked, HashSet<string>> keys)
    {
        if (json is null)
        {
            return;
        }

        void Add(Linked kind, JsonElement value)
        {
            if (value.ValueKind is JsonValueKind.String or JsonValueKind.Number)
            {
                (keys.TryGetValue(kind, out var set) ? set : keys[kind] = []).Add(Raw(value));
            }
        }

        void Walk(string name, JsonElement value)
        {
            if (value.ValueKind == JsonValueKind.Array)
            {
                foreach (var item in value.EnumerateArray())
                {
                    Walk(name, item);
                }
            }
            else if (value.ValueKind == JsonValueKind.Object)
            {
                foreach (var property in value.EnumerateObject())
                {
                    Walk(char.ToUpperInvariant(property.Name[0]) + property.Name[1..], property.Value);
                }
            }
            else if (Links.TryGetValue(name, out var kind))
            {
                Add(kind, value);
            }
        }

        using var document = JsonDocument.Parse(json);
        Walk(field, document.RootElement);
    }
}
