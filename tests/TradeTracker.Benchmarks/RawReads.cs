using Microsoft.Data.Sqlite;
using TradeTracker.Web.Domain;

namespace TradeTracker.Benchmarks;

/// <summary>Reading helpers the raw commands share.</summary>
public static class RawReads
{
    /// <summary>Ids as the JSON array a <c>json_each($ids)</c> parameter takes (one prepared statement for any count).</summary>
    public static string IdList(IEnumerable<int> ids) => "[" + string.Join(",", ids) + "]";

    /// <summary>Runs a command whose rows are (owner id, source id, publisher, title, url) and groups the sources by owner.</summary>
    public static Dictionary<int, List<Source>> SourcesById(SqliteCommand command, IEnumerable<int>? ids = null)
    {
        if (ids is not null)
        {
            command.Parameters["$ids"].Value = IdList(ids);
        }

        var sources = new Dictionary<int, List<Source>>();
        using var reader = command.ExecuteReader();
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
    public static Source Source(SqliteDataReader reader, int ordinal) => new()
    {
        Id = reader.GetInt32(ordinal),
        Publisher = reader.GetString(ordinal + 1),
        Title = reader.GetString(ordinal + 2),
        Url = reader.GetString(ordinal + 3),
    };

    public static string? NullableString(SqliteDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);
}
