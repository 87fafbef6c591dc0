using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using TradeTracker.IntegrationTests.Infrastructure;
using TradeTracker.Web.Data;
using TradeTracker.Web.Data.ReadModels;
using TradeTracker.Web.Domain;
using TradeTracker.Web.Services.Editing;
using TradeTracker.Web.Services.Import;

namespace TradeTracker.IntegrationTests;

/// <summary>CSV formula injection (OWASP): no CSV the app sends has a cell a spreadsheet would run as a formula; such a
/// cell gets a leading single quote, and the import takes off exactly that quote, so an export imports back to the
/// texts it was written from.</summary>
public sealed class CsvInjectionTests(TradeTrackerFactory factory) : IClassFixture<TradeTrackerFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>Every CSV the app sends: the public downloads and the editors' exports.</summary>
    private static readonly string[] CsvEndpoints =
    [
        "/api/events.csv", "/api/deadlines.csv", "/api/measures.csv",
        "/api/export/measures.csv", "/api/export/rate-steps.csv", "/api/export/events.csv", "/api/export/deadlines.csv",
    ];

    public static TheoryData<string> Formulas => ["=1+1", "+1", "-1+1", "@SUM(A1)", "\tTAB", "\rCR"];

    public static TheoryData<ImportKind> Kinds => [ImportKind.Measures, ImportKind.RateSteps, ImportKind.Events, ImportKind.Deadlines];

    /// <summary>Texts as stored, and the cell the export must write for each: quoted only when it would start a formula
    /// (after any quotes it already has); a plain negative number stays a number.</summary>
    private static readonly (string Stored, string Cell)[] RoundTrip =
    [
        ("=1+1", "'=1+1"), ("'=1+1", "''=1+1"), ("''=x", "'''=x"), ("'Tis the season", "'Tis the season"),
        ("-5.5", "-5.5"), ("'-5.5", "'-5.5"), ("@SUM(A1)", "'@SUM(A1)"), ("+1", "'+1"), ("-1+1", "'-1+1"),
    ];

    [Theory]
    [MemberData(nameof(Formulas))]
    public async Task EveryCsv_TextStartingAFormula_IsWrittenAsTextWithALeadingQuote(string formula)
    {
        var marker = CsvFiles.NewId("F");
        var text = $"{formula} {marker}";
        await StoreRowsOfEveryKindTitledAsync(text);
        var client = factory.CreateClientAs("editor");

        foreach (var url in CsvEndpoints)
        {
            var response = await client.GetAsync(url, Ct);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var cells = Cells(await response.Content.ReadAsStringAsync(Ct));

            Assert.Contains(cells, c => c.Contains(marker, StringComparison.Ordinal));
            Assert.DoesNotContain(text, cells);
            Assert.All(cells, cell => Assert.False(StartsAFormula(cell), $"{url} has the cell {cell}"));
        }
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task ExportThenImport_TextsThatStartFormulasOrQuotes_StoresTheOriginalTexts(ImportKind kind)
    {
        var rows = await CreateRowsAsync(kind);
        var exported = await factory.ExportAsync(kind, Filter(kind));
        var cells = Cells(exported);
        Assert.All(RoundTrip, t => Assert.Contains(t.Cell, cells));

        // The stored texts change, so the import must write what the file says (not only find it equal).
        await SetTextsAsync(kind, rows.ToDictionary(r => r.Id, r => $"changed {r.Id}"));
        var report = await factory.CommitAsync(kind, exported);

        Assert.True(report.Committed, string.Join(" ", report.Rows.SelectMany(r => r.Errors)));
        Assert.Equal(RoundTrip.Length, report.ToUpdate);
        Assert.Equal(RoundTrip.Select(t => t.Stored), await StoredTextsAsync(kind, rows.Select(r => r.Id)));
        var again = await factory.CommitAsync(kind, exported);
        Assert.All(again.Rows, r => Assert.Equal("unchanged", r.Outcome));
    }

    private static bool StartsAFormula(string cell) =>
        cell.Length > 0 && "=+-@\t\r".Contains(cell[0], StringComparison.Ordinal)
        && !(cell[0] == '-' && decimal.TryParse(cell, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out _));

    private static List<string> Cells(string csv)
    {
        using var parser = new CsvHelper.CsvParser(new StringReader(csv), CultureInfo.InvariantCulture);
        var cells = new List<string>();
        while (parser.Read())
        {
            cells.AddRange(parser.Record!);
        }

        return cells;
    }

    /// <summary>A measure (its name), one of its steps (notes), an event and a deadline (titles) holding
    /// <paramref name="text"/>, written into the store directly: the editors trim a leading tab or CR, but a store written
    /// before them may hold one.</summary>
    private async Task StoreRowsOfEveryKindTitledAsync(string text)
    {
        var editor = TradeTrackerFactory.User("editor");
        var sourceId = await factory.AnySourceIdAsync();
        var measure = await factory.CreateAllGoodsMeasureAsync("placeholder");
        var step = await factory.GetService<RateStepEditor>().CreateAsync(editor, new RateStepInput
        {
            MeasureId = measure.Id, RatePercent = 5, FromDate = new DateOnly(2031, 1, 1), SourceIds = [sourceId],
        }, Ct);
        var ev = await factory.GetService<EventEditor>().CreateAsync(editor, new EventInput
        {
            StartsOn = new DateOnly(2031, 1, 2), Title = "placeholder", Summary = "placeholder", EconomyCodes = ["USA", "CHN"], SourceIds = [sourceId],
        }, Ct);
        var deadline = await factory.GetService<DeadlineEditor>().CreateAsync(editor, new DeadlineInput
        {
            Title = "placeholder", DueDate = new DateOnly(2031, 1, 3), WhatHappens = "placeholder", SourceIds = [sourceId],
        }, Ct);

        await using var db = factory.CreateDbContext();
        await db.Measures.Where(m => m.Id == measure.Id).ExecuteUpdateAsync(u => u.SetProperty(m => m.Name, text), Ct);
        await db.RateSteps.Where(s => s.Id == step.Id).ExecuteUpdateAsync(u => u.SetProperty(s => s.Notes, text), Ct);
        await db.Events.Where(e => e.Id == ev.Id).ExecuteUpdateAsync(u => u.SetProperty(e => e.Title, text), Ct);
        await db.Deadlines.Where(d => d.Id == deadline.Id).ExecuteUpdateAsync(u => u.SetProperty(d => d.Title, text), Ct);
        // Written around the app, as a store from before the text rule holds them: the read models are rebuilt, as after
        // any write that goes around the app (the timeline download reads its read model).
        await factory.GetService<ReadModelSet>().RebuildAsync(factory.GetService<IDbContextFactory<AppDbContext>>(), all: true, Ct);
    }

    private static ExportFilter? Filter(ImportKind kind) => kind == ImportKind.Measures ? null : new ExportFilter(From: new DateOnly(2032, 1, 1), To: new DateOnly(2032, 12, 31));

    /// <summary>One row of the kind per <see cref="RoundTrip"/> text, created by an editor, with an external id (a
    /// measure has its key), dated in 2032 so an export filtered to that year holds only them.</summary>
    private async Task<List<EditableEntity>> CreateRowsAsync(ImportKind kind)
    {
        var editor = TradeTrackerFactory.User("editor");
        var sourceId = await factory.AnySourceIdAsync();
        var prefix = CsvFiles.NewId("RT");
        var measure = kind == ImportKind.RateSteps ? await factory.CreateAllGoodsMeasureAsync($"Round trip {prefix}") : null;
        var rows = new List<EditableEntity>();
        for (var i = 0; i < RoundTrip.Length; i++)
        {
            var text = RoundTrip[i].Stored;
            EditableEntity row = kind switch
            {
                ImportKind.Measures => await factory.GetService<MeasureEditor>().CreateAsync(editor, new MeasureInput
                {
                    Key = $"{prefix}-{i}", ImposingEconomyCode = "USA", TargetEconomyCode = "CHN", Name = text, LegalBasis = "Test order",
                    Coverage = Coverage.AllGoods, Combination = Combination.Adds, Status = MeasureStatus.InEffect, SourceIds = [sourceId],
                }, Ct),
                ImportKind.RateSteps => await factory.GetService<RateStepEditor>().CreateAsync(editor, new RateStepInput
                {
                    MeasureId = measure!.Id, RatePercent = i, FromDate = new DateOnly(2032, 1, 1).AddDays(i), UntilDate = new DateOnly(2032, 1, 2).AddDays(i),
                    Notes = text, SourceIds = [sourceId],
                }, Ct),
                ImportKind.Events => await factory.GetService<EventEditor>().CreateAsync(editor, new EventInput
                {
                    StartsOn = new DateOnly(2032, 2, 1), Title = text, Summary = "Round trip.", EconomyCodes = ["USA"], SourceIds = [sourceId],
                }, Ct),
                _ => await factory.GetService<DeadlineEditor>().CreateAsync(editor, new DeadlineInput
                {
                    Title = text, DueDate = new DateOnly(2032, 3, 1).AddDays(i), WhatHappens = "Round trip.", SourceIds = [sourceId],
                }, Ct),
            };
            rows.Add(row);
        }

        await using var db = factory.CreateDbContext();
        foreach (var row in rows)
        {
            var reference = $"{prefix}-{row.Id}";
            _ = kind switch
            {
                ImportKind.RateSteps => await db.RateSteps.Where(s => s.Id == row.Id).ExecuteUpdateAsync(u => u.SetProperty(s => s.ReferenceId, reference), Ct),
                ImportKind.Events => await db.Events.Where(e => e.Id == row.Id).ExecuteUpdateAsync(u => u.SetProperty(e => e.ReferenceId, reference), Ct),
                ImportKind.Deadlines => await db.Deadlines.Where(d => d.Id == row.Id).ExecuteUpdateAsync(u => u.SetProperty(d => d.ReferenceId, reference), Ct),
                _ => 0,
            };
        }

        return rows;
    }

    private async Task SetTextsAsync(ImportKind kind, Dictionary<int, string> texts)
    {
        await using var db = factory.CreateDbContext();
        foreach (var (id, text) in texts)
        {
            _ = kind switch
            {
                ImportKind.Measures => await db.Measures.Where(m => m.Id == id).ExecuteUpdateAsync(u => u.SetProperty(m => m.Name, text), Ct),
                ImportKind.RateSteps => await db.RateSteps.Where(s => s.Id == id).ExecuteUpdateAsync(u => u.SetProperty(s => s.Notes, text), Ct),
                ImportKind.Events => await db.Events.Where(e => e.Id == id).ExecuteUpdateAsync(u => u.SetProperty(e => e.Title, text), Ct),
                _ => await db.Deadlines.Where(d => d.Id == id).ExecuteUpdateAsync(u => u.SetProperty(d => d.Title, text), Ct),
            };
        }
    }

    private async Task<List<string?>> StoredTextsAsync(ImportKind kind, IEnumerable<int> ids)
    {
        await using var db = factory.CreateDbContext();
        var texts = new List<string?>();
        foreach (var id in ids)
        {
            texts.Add(kind switch
            {
                ImportKind.Measures => await db.Measures.Where(m => m.Id == id).Select(m => m.Name).SingleAsync(Ct),
                ImportKind.RateSteps => await db.RateSteps.Where(s => s.Id == id).Select(s => s.Notes).SingleAsync(Ct),
                ImportKind.Events => await db.Events.Where(e => e.Id == id).Select(e => e.Title).SingleAsync(Ct),
                _ => await db.Deadlines.Where(d => d.Id == id).Select(d => d.Title).SingleAsync(Ct),
            });
        }

        return texts;
    }
}
