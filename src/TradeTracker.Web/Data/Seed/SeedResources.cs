using System.Globalization;
using System.Reflection;
using System.Text.Json;
using CsvHelper;

namespace TradeTracker.Web.Data.Seed;

/// <summary>The seed files embedded in the assembly (Data/Seed/*.csv, *.json).</summary>
internal static class SeedResources
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static List<T> ReadCsv<T>(string name)
    {
        using var reader = new StreamReader(Open(name));
        using var csv = new CsvReader(reader, CultureInfo.InvariantCulture);
        return csv.GetRecords<T>().ToList();
    }

    public static T ReadJson<T>(string name)
    {
        using var stream = Open(name);
        return JsonSerializer.Deserialize<T>(stream, Json) ?? throw new InvalidDataException($"Seed file {name} is empty.");
    }

    private static Stream Open(string name) =>
        Assembly.GetExecutingAssembly().GetManifestResourceStream($"TradeTracker.Web.Data.Seed.{name}")
        ?? throw new InvalidOperationException($"Seed file {name} is not embedded in the assembly.");
}
