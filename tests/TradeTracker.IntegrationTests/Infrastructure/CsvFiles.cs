using System.Text;
using Microsoft.EntityFrameworkCore;
using TradeTracker.Web.Data;
using TradeTracker.Web.Services.Import;

namespace TradeTracker.IntegrationTests.Infrastructure;

/// <summary>CSV text in and out of the import and export services, as the import page hands them over.</summary>
public static class CsvFiles
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static MemoryStream Stream(string csv) => new(Encoding.UTF8.GetBytes(csv));

    public static Task<ImportReport> PreviewAsync(this TradeTrackerFactory factory, ImportKind kind, string csv) =>
        factory.GetService<CsvImportService>().PreviewAsync(kind, Stream(csv), ct: Ct);

    public static Task<ImportReport> CommitAsync(this TradeTrackerFactory factory, ImportKind kind, string csv, string user = "editor") =>
        factory.GetService<CsvImportService>().CommitAsync(TradeTrackerFactory.User(user), kind, Stream(csv), ct: Ct);

    public static async Task<string> ExportAsync(this TradeTrackerFactory factory, ImportKind kind, ExportFilter? filter = null)
    {
        using var output = new MemoryStream();
        await factory.GetService<CsvExportService>().WriteAsync(kind, output, filter, Ct);
        return Encoding.UTF8.GetString(output.ToArray());
    }

    /// <summary>A reference CSV shipped in the web assembly (Data/Seed), as an editor would upload it.</summary>
    public static string ReferenceFile(string name)
    {
        using var stream = typeof(AppDbContext).Assembly.GetManifestResourceStream($"TradeTracker.Web.Data.Seed.{name}")
            ?? throw new InvalidOperationException($"{name} is not embedded in the web assembly.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>Rows of each kind in the store: what an import adds to, or must leave alone.</summary>
    public static async Task<(int RateSteps, int Events, int Deadlines, int Sources)> CountRowsAsync(this TradeTrackerFactory factory)
    {
        await using var db = factory.CreateDbContext();
        return (await db.RateSteps.CountAsync(Ct), await db.Events.CountAsync(Ct), await db.Deadlines.CountAsync(Ct), await db.Sources.CountAsync(Ct));
    }

    /// <summary>A fresh external id (or key) no other test uses.</summary>
    public static string NewId(string prefix) => $"{prefix}-{Guid.NewGuid():N}"[..(prefix.Length + 13)].ToUpperInvariant();
}
