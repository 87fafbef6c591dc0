using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.AspNetCore.SignalR.Protocol;
using Microsoft.Extensions.DependencyInjection;

namespace TradeTracker.CircuitLoad;

/// <summary>
/// One simulated browser tab: loads the prerendered page, opens a circuit over SignalR (WebSockets, blazorpack),
/// answers the JS interop calls, acknowledges every render batch, counts the batches the server pushes and, as a
/// clicker, clicks an element now and then and times the render batch that carries the update. All of it is async: a circuit costs no thread while it waits.
/// </summary>
internal sealed class CircuitClient(LoadOptions options, HttpClient http, LoadStats stats, bool clicks)
{
    private static readonly TimeSpan ClickTimeout = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan CloseTimeout = TimeSpan.FromSeconds(10);

    private readonly byte[] clickExpectUtf8 = Encoding.UTF8.GetBytes(options.ClickExpect);
    private readonly TaskCompletionSource interactive = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource<string> connectionClosed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private HubConnection? connection;
    private Uri? disconnectUri;
    private string? circuitSecret;
    private long rendererInteropObjectId;
    private ulong clickHandlerId; // 0 until found: Blazor numbers event handlers from 1
    private PendingClick? pendingClick;
    private long dotNetCallIds;
    private long batchesSinceReport;
    private long liveSince;

    /// <summary>Whether the circuit has rendered and its connection is still open.</summary>
    public bool IsLive => liveSince != 0 && !connectionClosed.Task.IsCompleted;

    /// <summary>Whether the circuit was already live at this <see cref="Stopwatch"/> timestamp.</summary>
    public bool LiveBefore(long timestamp) => IsLive && liveSince <= timestamp;

    public long TakeBatchesSinceReport() => Interlocked.Exchange(ref batchesSinceReport, 0);

    public async Task RunAsync(CancellationToken stop)
    {
        var startedAt = Stopwatch.GetTimestamp();
        try
        {
            var page = await PrerenderedPage.LoadAsync(http, options.Url, stop);
            disconnectUri = new Uri(page.BaseUri, "_blazor/disconnect");
            connection = Connect(page);
            await connection.StartAsync(stop);
            circuitSecret = await connection.InvokeAsync<string?>(
                "StartCircuit", page.BaseUri.ToString(), page.Uri.ToString(), "[]", page.ApplicationState, stop);
            if (circuitSecret is null)
            {
                stats.CircuitFailed("StartCircuit was refused");
                return;
            }

            await connection.SendAsync("UpdateRootComponents", page.RootComponentOperations, page.ApplicationState, stop);
            await Task.WhenAny(interactive.Task, connectionClosed.Task).WaitAsync(stop);
            if (!interactive.Task.IsCompleted)
            {
                stats.CircuitFailed($"closed before the page was interactive: {connectionClosed.Task.Result}");
                return;
            }

            liveSince = Stopwatch.GetTimestamp();
            stats.CircuitConnected(Stopwatch.GetElapsedTime(startedAt));
            await StayAsync(stop);
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            if (liveSince == 0)
            {
                stats.CircuitFailed("the run ended before the page was interactive");
            }
        }
        catch (Exception e) when (liveSince == 0)
        {
            stats.CircuitFailed($"{e.GetType().Name}: {e.Message}");
        }
        finally
        {
            await CloseAsync();
        }
    }

    private HubConnection Connect(PrerenderedPage page)
    {
        var builder = new HubConnectionBuilder()
            .WithUrl(new Uri(page.BaseUri, "_blazor"), HttpTransportType.WebSockets, o => o.Cookies = page.Cookies);
        builder.Services.AddSingleton<IHubProtocol>(BlazorPackHubProtocol.Instance);
        var hub = builder.Build();

        hub.On<long, string, string, int, long, int>(
            "JS.BeginInvokeJS", (handle, identifier, argsJson, _, _, _) => AnswerJsCallAsync(handle, identifier, argsJson));
        hub.On<long, byte[]>("JS.RenderBatch", OnRenderBatchAsync);
        hub.On<long>("JS.EndUpdateRootComponents", _ => interactive.TrySetResult());
        hub.On<string>("JS.Error", error => stats.Error($"JS.Error: {error}"));
        hub.Closed += error =>
        {
            connectionClosed.TrySetResult(error?.Message ?? "the server closed the connection");
            return Task.CompletedTask;
        };
        return hub;
    }

    // Waits until the run ends (clicking meanwhile if this is a clicker); a connection that closes first is counted.
    private async Task StayAsync(CancellationToken stop)
    {
        var staying = clicks ? ClickAsync(stop) : Task.Delay(Timeout.Infinite, stop);
        await Task.WhenAny(staying, connectionClosed.Task);
        if (staying.IsFaulted)
        {
            stats.Error($"click: {staying.Exception.GetBaseException().Message}");
        }

        if (connectionClosed.Task.IsCompleted && !stop.IsCancellationRequested)
        {
            stats.CircuitClosed($"closed: {connectionClosed.Task.Result}");
        }
    }

    private async Task AnswerJsCallAsync(long asyncHandle, string identifier, string argsJson)
    {
        if (identifier == BrowserInterop.AttachRendererInterop)
        {
            rendererInteropObjectId = BrowserInterop.RendererInteropObjectId(argsJson);
        }

        // Handle 0 is a call that expects no answer; blazor.web.js sends none either.
        if (asyncHandle != 0)
        {
            await connection!.SendAsync("EndInvokeJSFromDotNet", asyncHandle, true, BrowserInterop.SuccessJson(asyncHandle, identifier));
        }
    }

    private async Task OnRenderBatchAsync(long batchId, byte[] batch)
    {
        // Every batch but a click's update is counted: a push from the server (a live update; once, the countdown's ticks).
        if (!(clicks && Inspect(new RenderBatchReader(batch))))
        {
            Interlocked.Increment(ref batchesSinceReport);
        }

        // Without this acknowledgement the server stops sending batches once enough are unacknowledged.
        await connection!.SendAsync("OnRenderCompleted", batchId, null);
    }

    // Finds the clicked element's handler (again, if a batch disposed it); says whether the batch is a click's update.
    private bool Inspect(RenderBatchReader batch)
    {
        var handler = Volatile.Read(ref clickHandlerId);
        if (handler == 0 || batch.DisposesEventHandler(handler))
        {
            Volatile.Write(ref clickHandlerId, batch.FindEventHandler("aria-label", options.ClickLabel, "onclick"));
        }

        if (Volatile.Read(ref pendingClick) is not { } click || !batch.CarriesText(clickExpectUtf8))
        {
            return false;
        }

        click.Updated.TrySetResult(Stopwatch.GetElapsedTime(click.SentAt));
        return true;
    }

    private async Task ClickAsync(CancellationToken stop)
    {
        // Clickers start out of step, so their clicks spread over the interval.
        await Task.Delay(options.ClickEvery * Random.Shared.NextDouble(), stop);
        while (true)
        {
            if (Volatile.Read(ref clickHandlerId) is var handler and not 0)
            {
                await ClickOnceAsync(handler, stop);
            }
            else
            {
                stats.Error($"no element with aria-label \"{options.ClickLabel}\" and an onclick handler in the render batches");
            }

            await Task.Delay(options.ClickEvery, stop);
        }
    }

    private async Task ClickOnceAsync(ulong handler, CancellationToken stop)
    {
        var click = new PendingClick(Stopwatch.GetTimestamp());
        Volatile.Write(ref pendingClick, click);
        try
        {
            var callId = Interlocked.Increment(ref dotNetCallIds).ToString(CultureInfo.InvariantCulture);
            await connection!.SendAsync(
                "BeginInvokeDotNetFromJS", callId, null, "DispatchEventAsync", rendererInteropObjectId, BrowserInterop.ClickJson(handler), stop);
            stats.Clicks.Add(await click.Updated.Task.WaitAsync(ClickTimeout, stop));
        }
        catch (TimeoutException)
        {
            stats.ClickTimedOut();
        }
        finally
        {
            Volatile.Write(ref pendingClick, null);
        }
    }

    // Like a closing tab: blazor.web.js posts the circuit id to _blazor/disconnect (a beacon on pagehide) so the
    // server disposes the circuit at once instead of keeping it for a reconnect, then the connection closes.
    private async Task CloseAsync()
    {
        if (connection is null)
        {
            return;
        }

        using var timeout = new CancellationTokenSource(CloseTimeout);
        try
        {
            if (circuitSecret is not null && !connectionClosed.Task.IsCompleted)
            {
                using var form = new FormUrlEncodedContent([new("circuitId", circuitSecret)]);
                using var response = await http.PostAsync(disconnectUri, form, timeout.Token);
            }

            await connection.StopAsync(timeout.Token);
        }
        catch (Exception e) when (e is HttpRequestException or OperationCanceledException)
        {
            stats.Error($"close: {e.Message}");
        }
        finally
        {
            await connection.DisposeAsync();
        }
    }

    private sealed class PendingClick(long sentAt)
    {
        public long SentAt { get; } = sentAt;

        public TaskCompletionSource<TimeSpan> Updated { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
