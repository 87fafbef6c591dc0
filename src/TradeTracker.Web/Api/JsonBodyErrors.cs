using System.Collections;
using System.Reflection;
using System.Text.Json;
using System.Text.RegularExpressions;
using TradeTracker.Web.Services.Editing;

namespace TradeTracker.Web.Api;

/// <summary>What a caller is told when a JSON body does not read: the field as the caller named it (the JSON path, not a
/// C# name) and what it must be ("a number", "a date (yyyy-MM-dd)"), never a .NET type.</summary>
public static partial class JsonBodyErrors
{
    /// <summary>The refusal of a body that is not JSON at all: where the reader stopped.</summary>
    public static BadHttpRequestException NotJson(JsonException error, string kind) =>
        new($"The body is not valid JSON (line {error.LineNumber + 1}, byte {error.BytePositionInLine + 1}): send the {kind}'s fields as a JSON object.");

    /// <summary>The refusal of valid JSON whose value at <see cref="JsonException.Path"/> is not of its field's type.</summary>
    public static ValidationFailedException WrongType(JsonException error, Type input, string kind)
    {
        var field = FieldName(error.Path);
        if (field.Length == 0)
        {
            return new ValidationFailedException(new Dictionary<string, string[]> { ["body"] = [$"The body must be a JSON object with the {kind}'s fields."] });
        }

        var expected = FieldType(input, field) is { } type ? $"must be {Expected(type)}" : "has a value of the wrong type";
        return new ValidationFailedException(new Dictionary<string, string[]> { [field] = [$"{field} {expected}."] });
    }

    /// <summary><c>$.sourceIds[1]</c> is <c>sourceIds[1]</c>; <c>$['odd name']</c> is <c>odd name</c>.</summary>
    private static string FieldName(string? path) =>
        BracketedName().Replace(path ?? "$", ".$1").TrimStart('$').TrimStart('.');

    /// <summary>The declared type at a field path of <paramref name="input"/>, matched as the JSON reader matches names
    /// (any case); null when the path names no property.</summary>
    private static Type? FieldType(Type input, string field)
    {
        Type? type = input;
        foreach (var segment in field.Split('.'))
        {
            var name = segment.Split('[')[0];
            var property = type?.GetProperty(name, BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase);
            type = property?.PropertyType;
            if (type is not null && segment.Contains('['))
            {
                type = ElementType(type);
            }
        }

        return type;
    }

    private static Type? ElementType(Type list) =>
        list.IsArray ? list.GetElementType()
        : list.GetInterfaces().Append(list).FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>))?.GetGenericArguments()[0];

    private static string Expected(Type declared)
    {
        var type = Nullable.GetUnderlyingType(declared) ?? declared;
        return type switch
        {
            _ when type == typeof(string) => "text",
            _ when type == typeof(bool) => "true or false",
            _ when type == typeof(DateOnly) => "a date (yyyy-MM-dd)",
            _ when type == typeof(TimeOnly) => "a time of day (HH:mm or HH:mm:ss)",
            _ when type == typeof(DateTimeOffset) || type == typeof(DateTime) => "an ISO 8601 instant (2025-04-10T00:01:00-04:00)",
            _ when type == typeof(Guid) => "a GUID",
            { IsEnum: true } => $"one of {string.Join(", ", Enum.GetNames(type))}",
            _ when Type.GetTypeCode(type) is >= TypeCode.SByte and <= TypeCode.Decimal => "a number",
            _ when typeof(IEnumerable).IsAssignableFrom(type) => "a list",
            _ => "an object",
        };
    }

    [GeneratedRegex(@"\['([^']*)'\]")]
    private static partial Regex BracketedName();
}
