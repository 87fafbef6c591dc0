using TradeTracker.Web.Domain;

namespace TradeTracker.Web.Services.Editing;

/// <summary>The input was refused; nothing was saved. Keys are input field names.</summary>
public sealed class ValidationFailedException(IReadOnlyDictionary<string, string[]> errors)
    : Exception("The input was refused: " + string.Join(" ", errors.SelectMany(e => e.Value)))
{
    public IReadOnlyDictionary<string, string[]> Errors { get; } = errors;
}

/// <summary>Someone else changed or deleted the row since it was read; nothing was saved.</summary>
public sealed class ConcurrencyConflictException(string message) : Exception(message);

public sealed class RowNotFoundException(string kind, int id) : Exception($"{kind} {id} does not exist (it may have been deleted).");

/// <summary>Collects field errors; <see cref="ThrowIfAny"/> refuses the input with all of them at once.</summary>
public sealed class ErrorBag
{
    private readonly Dictionary<string, List<string>> errors = [];

    public bool HasErrors => errors.Count > 0;

    public void Add(string field, string message)
    {
        if (!errors.TryGetValue(field, out var list))
        {
            errors[field] = list = [];
        }

        list.Add(message);
    }

    /// <summary>A text field that must be given: not blank, and as <see cref="Optional"/>. False when it is refused.</summary>
    public bool Required(string field, string? value, string label, int maxLength, TextLines lines)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            Add(field, $"{label} is required.");
            return false;
        }

        return Optional(field, value, label, maxLength, lines);
    }

    /// <summary>A text field: at most <paramref name="maxLength"/> characters, and only characters
    /// <see cref="SafeText"/> lets a field of its kind store. False when it is refused.</summary>
    public bool Optional(string field, string? value, string label, int maxLength, TextLines lines)
    {
        var valid = MaxLength(field, value, label, maxLength);
        if (SafeText.Problem(value, lines) is { } problem)
        {
            Add(field, $"{label} {problem}");
            valid = false;
        }

        return valid;
    }

    public bool MaxLength(string field, string? value, string label, int maxLength)
    {
        if (value is not null && value.Length > maxLength)
        {
            Add(field, $"{label} must be at most {maxLength} characters (it has {value.Length}).");
            return false;
        }

        return true;
    }

    public IReadOnlyDictionary<string, string[]> ToDictionary() => errors.ToDictionary(e => e.Key, e => e.Value.ToArray());

    public void ThrowIfAny()
    {
        if (HasErrors)
        {
            throw new ValidationFailedException(ToDictionary());
        }
    }
}
