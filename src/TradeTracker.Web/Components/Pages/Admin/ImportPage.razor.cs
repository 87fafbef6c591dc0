using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.JSInterop;
using MudBlazor;
using TradeTracker.Web.Services.Import;

namespace TradeTracker.Web.Components.Pages.Admin;

/// <summary>/admin/import: preview a CSV (uploaded or pasted) row by row, commit it all or nothing, and export each
/// kind. Preview and commit run off the circuit's thread (Task.Run) and report progress through InvokeAsync, so the
/// page stays responsive for the minutes a 100,000-row file takes. Leaving the page cancels the work; a cancelled
/// commit saves nothing.</summary>
public partial class ImportPage
{
    private readonly CancellationTokenSource disposed = new();
    private ElementReference textArea;
    private IJSObjectReference? module;
    private ImportKind kind = ImportKind.Events;
    private IBrowserFile? file;

    /// <summary>The bytes the shown preview was made from: Commit saves exactly these, whatever was typed since.</summary>
    private byte[]? previewed;
    private ImportReport? report;
    private bool running;
    private string phase = "";
    private int rowsDone;
    private int rowsTotal;
    private string? result;
    private Severity resultSeverity;
    private CancellationTokenSource? work;

    [Inject]
    private CsvImportService Importer { get; set; } = default!;

    [Inject]
    private IJSRuntime JS { get; set; } = default!;

    [Inject]
    private ILogger<ImportPage> Logger { get; set; } = default!;

    [CascadingParameter]
    private Task<AuthenticationState>? AuthState { get; set; }

    private bool CanCommit => !running && previewed is not null && report is { CanCommit: true, Committed: false };

    private double Percent => rowsTotal == 0 ? 0 : Math.Min(100, 100.0 * Volatile.Read(ref rowsDone) / rowsTotal);

    private static string KindText(ImportKind k) => k switch
    {
        ImportKind.Measures => "Measures",
        ImportKind.RateSteps => "Rate steps",
        ImportKind.Events => "Events",
        _ => "Deadlines",
    };

    /// <summary>"Commit 3 events" or, when rows update stored ones, "Commit 3 events (1 new, 2 updates)".</summary>
    private string CommitText(ImportReport r) =>
        r.ToUpdate == 0 ? $"Commit {r.ToAdd:N0} {kind.Noun()}" : $"Commit {r.ToAdd + r.ToUpdate:N0} {kind.Noun()} ({r.ToAdd:N0} new, {r.ToUpdate:N0} updates)";

    private static string Size(long bytes) => bytes < 1024 * 1024
        ? string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024.0:0.#} KB")
        : string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024.0 / 1024.0:0.#} MB");

    private void KindChanged(ImportKind value)
    {
        kind = value;
        Reset();
    }

    private void FileChosen(IBrowserFile? chosen)
    {
        file = chosen;
        Reset();
        if (chosen is { Size: > CsvFormat.MaxBytes })
        {
            Show(Severity.Error, $"{chosen.Name} is {Size(chosen.Size)}; the import takes files up to 10 MB. Split it.");
            file = null;
        }
    }

    private void ClearFile()
    {
        file = null;
        Reset();
    }

    private void Reset()
    {
        report = null;
        previewed = null;
        result = null;
    }

    private async Task PreviewAsync()
    {
        Reset();
        var bytes = await ReadInputAsync();
        if (bytes is null)
        {
            return;
        }

        if (bytes.Length == 0)
        {
            Show(Severity.Info, "Choose a CSV file or paste CSV text first.");
            return;
        }

        var previewKind = kind;
        var outcome = await RunAsync("Checking", bytes, (progress, ct) => Importer.PreviewAsync(previewKind, new MemoryStream(bytes), progress, ct));
        if (outcome is null)
        {
            return;
        }

        report = outcome;
        previewed = bytes;
        if (outcome.HasErrors)
        {
            Show(Severity.Error, $"Nothing can be saved yet: {Problems(outcome)}. Correct the file and preview it again.");
        }
        else if (outcome.ToAdd + outcome.ToUpdate == 0)
        {
            Show(Severity.Info, "Every row is already stored: committing would change nothing.");
        }
    }

    private async Task CommitAsync()
    {
        if (previewed is not { } bytes)
        {
            return;
        }

        var user = AuthState is null ? new ClaimsPrincipal() : (await AuthState).User;
        var commitKind = kind;
        result = null;
        var outcome = await RunAsync("Saving", bytes, (progress, ct) => Importer.CommitAsync(user, commitKind, new MemoryStream(bytes), progress, ct));
        if (outcome is null)
        {
            return;
        }

        report = outcome;
        if (outcome.Committed)
        {
            Show(Severity.Success, $"Saved: {outcome.ToAdd:N0} {commitKind.Noun()} added, {outcome.ToUpdate:N0} updated, {outcome.Skipped:N0} unchanged.");
        }
        else
        {
            // The store changed since the preview (someone added a clashing row): the commit refused the file as a whole.
            Show(Severity.Error, $"Nothing was saved: {Problems(outcome)}.");
        }
    }

    /// <summary>Runs the import off the circuit's thread; progress re-renders the page at most four times a second.
    /// Returns null (with a message shown) when it was cancelled or failed.</summary>
    private async Task<ImportReport?> RunAsync(string what, byte[] bytes, Func<IProgress<int>, CancellationToken, Task<ImportReport>> job)
    {
        running = true;
        phase = what;
        rowsDone = 0;
        rowsTotal = 0;
        work = CancellationTokenSource.CreateLinkedTokenSource(disposed.Token);
        var ct = work.Token;
        var progress = new ThrottledProgress(this);
        StateHasChanged();
        try
        {
            return await Task.Run(async () =>
            {
                rowsTotal = CsvFormat.CountRows(new MemoryStream(bytes));
                return await job(progress, ct);
            }, ct);
        }
        catch (OperationCanceledException)
        {
            Show(Severity.Info, what == "Saving" ? "Cancelled: nothing was saved." : "Cancelled.");
            return null;
        }
        catch (UnauthorizedAccessException ex)
        {
            Show(Severity.Error, ex.Message);
            return null;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            Logger.LogError(ex, "CSV {Phase} of {Kind} failed", what, kind);
            Show(Severity.Error, "The import failed on the server and nothing was saved. The error was logged.");
            return null;
        }
        finally
        {
            running = false;
            work.Dispose();
            work = null;
        }
    }

    private void Cancel() => work?.Cancel();

    /// <summary>The chosen file, else the pasted text (streamed from the browser; no bytes when nothing is pasted); null when
    /// it could not be read.</summary>
    private async Task<byte[]?> ReadInputAsync()
    {
        try
        {
            var buffer = new MemoryStream();
            if (file is not null)
            {
                await using var upload = file.OpenReadStream(CsvFormat.MaxBytes, disposed.Token);
                await upload.CopyToAsync(buffer, disposed.Token);
            }
            else
            {
                module ??= await JS.InvokeAsync<IJSObjectReference>("import", "./" + Assets["Components/Pages/Admin/ImportPage.razor.js"]);
                if (await module.InvokeAsync<bool>("hasText", textArea))
                {
                    var text = await module.InvokeAsync<IJSStreamReference>("readText", textArea);
                    await using var stream = await text.OpenReadStreamAsync(CsvFormat.MaxBytes, disposed.Token);
                    await stream.CopyToAsync(buffer, disposed.Token);
                }
            }

            return buffer.ToArray();
        }
        catch (IOException ex)
        {
            Show(Severity.Error, $"Could not read the CSV: {ex.Message} The import takes up to 10 MB.");
            return null;
        }
    }

    private void Show(Severity severity, string message)
    {
        resultSeverity = severity;
        result = message;
    }

    private static string Problems(ImportReport r) => r.FileErrors.Count > 0
        ? string.Join(" ", r.FileErrors)
        : $"{r.WithErrors:N0} row{(r.WithErrors == 1 ? " has errors" : "s have errors")} ({r.ProblemCount}, every one listed below)";

    public async ValueTask DisposeAsync()
    {
        await disposed.CancelAsync();
        disposed.Dispose();
        if (module is not null)
        {
            try
            {
                await module.DisposeAsync();
            }
            catch (JSDisconnectedException)
            {
                // The circuit is gone; so is the module.
            }
        }

        GC.SuppressFinalize(this);
    }

    /// <summary>Progress from the import's thread: keeps the latest count and asks the circuit to re-render now and then.</summary>
    private sealed class ThrottledProgress(ImportPage page) : IProgress<int>
    {
        private long lastRender;

        public void Report(int value)
        {
            Volatile.Write(ref page.rowsDone, value);
            var now = Environment.TickCount64;
            if (now - Interlocked.Read(ref lastRender) >= 250)
            {
                Interlocked.Exchange(ref lastRender, now);
                _ = page.InvokeAsync(page.StateHasChanged);
            }
        }
    }
}
