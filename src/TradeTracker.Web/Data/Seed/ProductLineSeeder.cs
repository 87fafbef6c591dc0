using System.Data;
using System.Data.Common;
using CsvHelper.Configuration.Attributes;
using Microsoft.EntityFrameworkCore;
using TradeTracker.Web.Domain;

namespace TradeTracker.Web.Data.Seed;

/// <summary>Seeds the shipped HS line lists (Data/Seed/hs/, from the Budget Lab at Yale's tariff-rate-tracker, MIT) into
/// <see cref="AppDbContext.ProductLines"/>: each Section 301 China list as <c>301:</c> + its list (<c>301:3</c>,
/// <c>301:biden_100</c>), and the lines exempt from the IEEPA reciprocal tariff as <see cref="ReciprocalAnnexII"/>.
/// Idempotent and cheap: nothing is written when every shipped line is present; otherwise the missing ones are inserted
/// in one transaction with one prepared command, not as tracked entities.</summary>
public sealed class ProductLineSeeder(IDbContextFactory<AppDbContext> dbFactory, ILogger<ProductLineSeeder> logger)
{
    public const string Section301Prefix = "301:";
    public const string ReciprocalAnnexII = "reciprocal-annex-ii";

    /// <summary>The exception whose lines are not in <see cref="ReciprocalAnnexII"/>: it was announced a week after the
    /// Annex (retroactively), so "as known then" on April 10, 2025 still counts the reciprocal tariff on a smartphone.</summary>
    private const string ElectronicsExceptionKey = "USA-CHN-IEEPA-RECIPROCAL-ELECTRONICS";

    public async Task<int> SeedAsync(CancellationToken ct = default)
    {
        var lines = ShippedLines();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var keys = lines.Select(l => l.ListKey).Distinct().ToList();
        var present = await db.ProductLines.CountAsync(l => keys.Contains(l.ListKey), ct);
        if (present >= lines.Count)
        {
            return 0;
        }

        // Plain SQL both SQLite and PostgreSQL run as written (upsert syntax, quoted names, @parameters).
        await db.Database.OpenConnectionAsync(ct);
        var connection = db.Database.GetDbConnection();
        await using var transaction = await connection.BeginTransactionAsync(ct);
        await using var insert = connection.CreateCommand();
        insert.Transaction = transaction;
        insert.CommandText = """INSERT INTO "ProductLines" ("ListKey", "Digits") VALUES (@list, @digits) ON CONFLICT DO NOTHING""";
        var list = Parameter(insert, "@list");
        var digits = Parameter(insert, "@digits");
        await insert.PrepareAsync(ct);
        var added = 0;
        foreach (var line in lines)
        {
            (list.Value, digits.Value) = (line.ListKey, line.Digits);
            added += await insert.ExecuteNonQueryAsync(ct);
        }

        await transaction.CommitAsync(ct);
        logger.LogInformation("Seeded {Added} HS lines ({Shipped} shipped in {Lists} lists)", added, lines.Count, keys.Count);
        return added;
    }

    private static DbParameter Parameter(DbCommand command, string name)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.DbType = DbType.String;
        parameter.Value = "";
        command.Parameters.Add(parameter);
        return parameter;
    }

    /// <summary>Every shipped line with its list key, each once. Malformed codes (not 2 to 10 digits) are skipped.</summary>
    internal static List<ProductLine> ShippedLines()
    {
        var electronics = SeedResources.ReadJson<MeasureGroups>("measure-groups.json").Measures
            .Single(g => g.Key == ElectronicsExceptionKey).HsPrefixes ?? [];
        var section301 = SeedResources.ReadCsv<Section301Row>("hs.section301_china_lists.csv")
            .Select(r => new ProductLine { ListKey = Section301Prefix + r.List, Digits = r.Hts8 });
        var annexII = SeedResources.ReadCsv<ReciprocalExemptRow>("hs.ieepa_reciprocal_exempt_hts10.csv")
            .Where(r => !electronics.Any(p => HsCode.Covers(p, r.Hts10)))
            .Select(r => new ProductLine { ListKey = ReciprocalAnnexII, Digits = r.Hts10 });
        return section301.Concat(annexII)
            .Where(l => l.Digits.Length is >= 2 and <= 10 && l.Digits.All(char.IsAsciiDigit))
            .DistinctBy(l => (l.ListKey, l.Digits))
            .ToList();
    }

    private sealed class Section301Row
    {
        [Name("hts8")] public string Hts8 { get; set; } = "";
        [Name("list")] public string List { get; set; } = "";
    }

    private sealed class ReciprocalExemptRow
    {
        [Name("hts10")] public string Hts10 { get; set; } = "";
    }
}
