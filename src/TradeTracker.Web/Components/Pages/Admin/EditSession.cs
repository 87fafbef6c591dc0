using System.Collections;
using System.Globalization;
using System.Security.Claims;
using TradeTracker.Web.Domain;
using TradeTracker.Web.Services;
using TradeTracker.Web.Services.Editing;

namespace TradeTracker.Web.Components.Pages.Admin;

/// <summary>One open form: the row it edits (none when adding), the version that row was read at, and what the
/// server said about the last save. The editor's typed input is never thrown away by a refusal or a conflict.</summary>
public class EditSession
{
    private readonly Dictionary<string, string[]> refused = [];
    private readonly Dictionary<string, string> local = [];

    /// <summary>The row being edited; null when adding one.</summary>
    public int? Id { get; init; }

    /// <summary>The version the row had when it was read; sent with the save so a later change is not overwritten.</summary>
    public Guid Version { get; set; }

    public bool IsNew => Id is null;

    /// <summary>Someone else changed the row since it was read: shown with a Reload button.</summary>
    public string? Conflict { get; set; }

    /// <summary>A save that cannot succeed as it stands (the row is gone, or the user may not edit).</summary>
    public string? Failure { get; set; }

    /// <summary>After a reload: where the saved row now differs from what the editor typed.</summary>
    public IReadOnlyList<string>? Differences { get; private set; }

    public bool HasErrors => refused.Count > 0 || local.Count > 0;

    public bool HasLocalErrors => local.Count > 0;

    /// <summary>Every message, for the summary above the form.</summary>
    public IEnumerable<string> AllErrors => local.Values.Concat(refused.SelectMany(e => e.Value)).Distinct();

    public bool Has(string field) => refused.ContainsKey(field) || local.ContainsKey(field);

    /// <summary>The messages for one input property, shown next to its field.</summary>
    public string? ErrorFor(string field)
    {
        var messages = (local.TryGetValue(field, out var own) ? [own] : Array.Empty<string>())
            .Concat(refused.TryGetValue(field, out var server) ? server : []);
        var text = string.Join(" ", messages);
        return text.Length == 0 ? null : text;
    }

    /// <summary>A problem found in the browser before saving (a clock time that does not parse); null clears it.</summary>
    public void SetLocal(string field, string? message)
    {
        if (message is null)
        {
            local.Remove(field);
        }
        else
        {
            local[field] = message;
        }
    }

    public void BeginSave()
    {
        refused.Clear();
        Conflict = null;
        Failure = null;
    }

    /// <summary>Someone else saved first; any earlier reload's comparison is out of date.</summary>
    public void Conflicted(string message)
    {
        Conflict = message;
        Differences = null;
    }

    public void Refuse(IReadOnlyDictionary<string, string[]> errors)
    {
        refused.Clear();
        foreach (var (field, messages) in errors)
        {
            refused[field] = messages;
        }
    }

    /// <summary>The row was read again: later saves go against its new version; the typed input stays.</summary>
    public void Reloaded(Guid version, IReadOnlyList<string> differences)
    {
        Version = version;
        Conflict = null;
        Differences = differences;
    }

    public void Gone(string kind) =>
        Failure = $"This {kind} no longer exists: someone deleted it. Copy anything you need from the form, then cancel.";
}

/// <summary>An <see cref="EditSession"/> over one editor input class.</summary>
public sealed class EditSession<TInput>(TInput input) : EditSession
    where TInput : class
{
    public TInput Input { get; } = input;

    /// <summary>The row as it was read, before the editor typed anything: the base of the merge on reload.</summary>
    private TInput original = Clone(input);

    /// <summary>Creates or updates through the editor service, which validates and checks the version.</summary>
    public async Task<int> SaveAsync<TEntity>(EditorBase<TEntity, TInput> editor, ClaimsPrincipal user)
        where TEntity : EditableEntity
    {
        var saved = Id is { } id
            ? await editor.UpdateAsync(user, id, Version, Input)
            : await editor.CreateAsync(user, Input);
        return saved.Id;
    }

    /// <summary>Makes an earlier version of the row (an audit entry) current, as a new audited change.</summary>
    public async Task<int> RevertAsync<TEntity>(EditorBase<TEntity, TInput> editor, ClaimsPrincipal user, long auditEntryId)
        where TEntity : EditableEntity =>
        (await editor.RevertAsync(user, Id ?? throw new InvalidOperationException("A new row has no history."), Version, auditEntryId)).Id;

    /// <summary>Reads the row again after someone else saved it, and merges: a field only they changed takes their
    /// value; a field only this editor changed keeps the typed value; a field both changed keeps the typed value and
    /// says what they saved. Save then reapplies this editor's changes on top of theirs.</summary>
    public async Task ReloadAsync<TRow>(string kind, Func<int, Task<TRow?>> read, Func<TRow, TInput> toInput)
        where TRow : EditableEntity
    {
        if (Id is not { } id)
        {
            return;
        }

        if (await read(id) is not { } row)
        {
            Gone(kind);
            return;
        }

        var saved = toInput(row);
        var notes = new List<string>();
        foreach (var property in typeof(TInput).GetProperties().Where(p => p.CanRead && p.CanWrite && p.GetIndexParameters().Length == 0))
        {
            var (mine, theirs, before) = (Show(property.GetValue(Input)), Show(property.GetValue(saved)), Show(property.GetValue(original)));
            if (theirs == before || theirs == mine)
            {
                continue;
            }

            if (mine == before)
            {
                property.SetValue(Input, property.GetValue(saved));
                notes.Add($"{Labels.Field(property.Name)}: changed by the other editor to “{theirs}”, taken into your form");
            }
            else
            {
                notes.Add($"{Labels.Field(property.Name)}: both of you changed it; saved as “{theirs}”, yours “{mine}” is kept");
            }
        }

        original = Clone(saved);
        Reloaded(row.Version, notes);
    }

    private static TInput Clone(TInput value) =>
        System.Text.Json.JsonSerializer.Deserialize<TInput>(System.Text.Json.JsonSerializer.Serialize(value))!;

    private static string Show(object? value) => value switch
    {
        null => "",
        string s => s.Trim(),
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        TimeOnly t => t.ToString("HH:mm:ss", CultureInfo.InvariantCulture),
        IEnumerable items => string.Join(", ", items.Cast<object>().Select(Show).Order(StringComparer.Ordinal)),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
