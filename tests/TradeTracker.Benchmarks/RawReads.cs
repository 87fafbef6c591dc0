using System.Data.Common;
using TradeTracker.Web.Domain;

namespace TradeTracker.Benchmarks;

/// <summary>Reading helpers the raw commands share.</summary>
public static class RawReads
{
    /// <summary>Runs a command whose rows are (owner id, source id, publisher, title, url) and groups the sources by owner.</summary>
    public static Dictionary<int, List<Source>> SourcesById(RawCommand command)
    {
        var sources = new Dictionary<int, List<Source>>();
        using var reader = command.Read();
        while (reader.Read())
        {
            var owner = reader.GetInt32(0);
            if (!sources.TryGetValue(owner, out var list))
            {
                sources[owner] = list = [];
            }

            list.Add(Source(reader, 1));
        }

        return sources;
    }

    /// <summary>A source from four columns (id, publisher, title, url) starting at <paramref name="ordinal"/>.</summary>
    public static Source Source(DbDataReader reader, int ordinal) => new()
    {
        Id = reader.GetInt32(ordinal),
        Publisher = reader.GetString(ordinal + 1),
        Title = reader.GetString(ordinal + 2),
        Url = reader.GetString(ordinal + 3),
    };

    public static string? NullableString(DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);
}
