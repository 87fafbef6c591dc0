using System.Data.Common;
using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace TradeTracker.Web.Data.StoreCopy;

/// <summary>One column of a copied table: how to read it on each side as the model's CLR value, and how to write that
/// value to PostgreSQL.</summary>
/// <param name="TargetType">The PostgreSQL type name the binary COPY writes (<c>character varying</c>, <c>jsonb</c>).</param>
/// <param name="Text">Whether PostgreSQL orders it as text (a key column is then ordered <c>COLLATE "C"</c>, byte order as
/// in SQLite).</param>
public sealed record CopyColumn(
    string Name,
    string TargetType,
    bool Text,
    Func<DbDataReader, int, object?> ReadSource,
    Func<DbDataReader, int, object?> ReadTarget,
    Func<object?, object?> ToTarget);

/// <summary>One table of the model: its columns (every stored column of the PostgreSQL model, each found in the SQLite
/// model) and its primary key, which orders the rows on both sides.</summary>
public sealed record CopyTable(string Name, IReadOnlyList<CopyColumn> Columns, IReadOnlyList<CopyColumn> Key)
{
    public string ColumnList => string.Join(", ", Columns.Select(c => Quote(c.Name)));

    public string QuotedName => Quote(Name);

    /// <summary>The primary key as an ORDER BY list, text columns in <paramref name="byteOrderCollation"/> (SQLite's
    /// <c>BINARY</c>, PostgreSQL's <c>"C"</c>), so both stores list the rows in the same order.</summary>
    public string KeyOrder(string byteOrderCollation) =>
        string.Join(", ", Key.Select(k => Quote(k.Name) + (k.Text ? $" COLLATE {byteOrderCollation}" : "")));

    public static string Quote(string identifier) => $"\"{identifier.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";
}

/// <summary>The tables to copy, built from the two providers' EF models (tables, columns, type mappings and value
/// converters), not from a list kept by hand: a column the PostgreSQL model has and the SQLite model lacks, or the
/// other way round, stops the copy rather than being skipped. Tables outside the model (SQLite's FTS5 search tables,
/// <c>__EFMigrationsHistory</c>, <c>sqlite_*</c>) are not copied. Ordered so a table comes after those its foreign
/// keys point to.</summary>
public static class CopyPlan
{
    private static readonly MethodInfo ReadMethod = typeof(CopyPlan).GetMethod(nameof(Read), BindingFlags.NonPublic | BindingFlags.Static)!;

    public static IReadOnlyList<CopyTable> Create(IModel sqlite, IModel postgres)
    {
        var sourceTables = sqlite.GetRelationalModel().Tables.ToDictionary(t => t.Name, StringComparer.Ordinal);
        var targetTables = postgres.GetRelationalModel().Tables.ToList();
        var unmatched = sourceTables.Keys.Except(targetTables.Select(t => t.Name), StringComparer.Ordinal).ToList();
        if (unmatched.Count > 0)
        {
            throw new InvalidOperationException($"The SQLite model has tables the PostgreSQL model lacks: {string.Join(", ", unmatched)}.");
        }

        return InDependencyOrder(targetTables)
            .Select(table => Table(table, sourceTables.GetValueOrDefault(table.Name)
                ?? throw new InvalidOperationException($"The PostgreSQL model's table {table.Name} is not in the SQLite model.")))
            .ToList();
    }

    private static CopyTable Table(ITable target, ITable source)
    {
        var extra = Stored(source).Select(c => c.Name).Except(Stored(target).Select(c => c.Name), StringComparer.Ordinal).ToList();
        if (extra.Count > 0)
        {
            throw new InvalidOperationException($"{target.Name}: the SQLite model has columns the PostgreSQL model lacks: {string.Join(", ", extra)}.");
        }

        var columns = Stored(target)
            .Select(column => Column(column, source.FindColumn(column.Name)
                ?? throw new InvalidOperationException($"{target.Name}.{column.Name} is not in the SQLite model.")))
            .ToList();
        var key = target.PrimaryKey?.Columns.Select(k => columns.Single(c => c.Name == k.Name)).ToList()
            ?? throw new InvalidOperationException($"{target.Name} has no primary key to order its rows by.");
        return new CopyTable(target.Name, columns, key);
    }

    /// <summary>The columns a row is written with: not those the database computes itself (a generated column, such as
    /// a search vector, cannot be written and is derived from the others).</summary>
    private static IEnumerable<IColumn> Stored(ITable table) => table.Columns.Where(c => c.ComputedColumnSql is null);

    private static CopyColumn Column(IColumn target, IColumn source)
    {
        var targetType = target.StoreTypeMapping.StoreTypeNameBase;
        if (target.StoreTypeMapping is JsonTypeMapping)
        {
            // An owned type stored as JSON (no property maps to the column itself): copied as its text.
            return new CopyColumn(target.Name, targetType, Text: false, ReadJson, ReadJson, value => ((JsonText?)value)?.Text);
        }

        var sourceMapping = Mapping(source);
        var targetMapping = Mapping(target);
        var toProvider = targetMapping.Converter?.ConvertToProvider;
        return new CopyColumn(
            target.Name,
            targetType,
            ProviderType(targetMapping) == typeof(string),
            Reader(sourceMapping),
            Reader(targetMapping),
            value =>
            {
                var atTarget = value is DateTimeOffset instant ? CanonicalValue.ToMicroseconds(instant) : value;
                return atTarget is null || toProvider is null ? atTarget : toProvider(atTarget);
            });
    }

    /// <summary>The type mapping of the property stored in the column (one per column: the model splits no table).</summary>
    private static RelationalTypeMapping Mapping(IColumn column) =>
        column.PropertyMappings.Select(m => m.TypeMapping).Distinct().SingleOrDefault()
        ?? throw new InvalidOperationException($"{column.Table.Name}.{column.Name} has no single property type mapping.");

    private static Type ProviderType(RelationalTypeMapping mapping)
    {
        var type = mapping.Converter?.ProviderClrType ?? mapping.ClrType;
        return Nullable.GetUnderlyingType(type) ?? type;
    }

    /// <summary>Reads the provider's value with the ADO.NET reader (<c>GetFieldValue&lt;T&gt;</c> of the mapping's
    /// provider type) and converts it to the model's CLR value with the mapping's converter, as EF Core would.</summary>
    private static Func<DbDataReader, int, object?> Reader(RelationalTypeMapping mapping)
    {
        var read = ReadMethod.MakeGenericMethod(ProviderType(mapping)).CreateDelegate<Func<DbDataReader, int, object?>>();
        var fromProvider = mapping.Converter?.ConvertFromProvider;
        return fromProvider is null ? read : (reader, ordinal) => read(reader, ordinal) is { } value ? fromProvider(value) : null;
    }

    private static object? Read<T>(DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetFieldValue<T>(ordinal);

    private static object? ReadJson(DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : new JsonText(reader.GetString(ordinal));

    private static List<ITable> InDependencyOrder(List<ITable> tables)
    {
        var ordered = new List<ITable>();
        var placed = new HashSet<string>(StringComparer.Ordinal);
        var remaining = tables.OrderBy(t => t.Name, StringComparer.Ordinal).ToList();
        while (remaining.Count > 0)
        {
            var ready = remaining
                .Where(t => t.ForeignKeyConstraints.All(fk => fk.PrincipalTable == t || placed.Contains(fk.PrincipalTable.Name)))
                .ToList();
            if (ready.Count == 0)
            {
                throw new InvalidOperationException($"The foreign keys of {string.Join(", ", remaining.Select(t => t.Name))} form a cycle.");
            }

            ordered.AddRange(ready);
            placed.UnionWith(ready.Select(t => t.Name));
            remaining.RemoveAll(ready.Contains);
        }

        return ordered;
    }
}
