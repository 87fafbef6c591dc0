using System.Text.Json;

namespace TradeTracker.CircuitLoad;

/// <summary>
/// What the harness answers where blazor.web.js would run code in the browser. Every <c>JS.BeginInvokeJS</c> with a
/// non-zero handle must be answered with <c>EndInvokeJSFromDotNet(handle, true, "[handle,true,result]")</c>, or the
/// component awaiting it (MudBlazor's first render) waits until the server's JS interop timeout fails the call. Results default to null; the calls whose callers
/// read the result get what Chromium answered in the recording (docs/perf/blazor-circuit-protocol.md).
/// </summary>
internal static class BrowserInterop
{
    public const string AttachRendererInterop = "Blazor._internal.attachWebRendererInterop";

    private static readonly Dictionary<string, string> RecordedResults = new(StringComparer.Ordinal)
    {
        ["window.hasOwnProperty"] = "true",
        ["mudpopoverHelper.countProviders"] = "0",
        ["mudElementRef.getBoundingClientRect"] =
            """{"x":0,"y":64,"width":240,"height":656,"top":64,"right":240,"bottom":720,"left":0,"scrollY":0,"scrollX":0,"windowHeight":720,"windowWidth":1280}""",
        ["mudResizeListener.getBrowserWindowSize"] = """{"height":720,"width":1280}""",
    };

    public static string SuccessJson(long asyncHandle, string identifier) =>
        $"[{asyncHandle},true,{RecordedResults.GetValueOrDefault(identifier, "null")}]";

    /// <summary>
    /// The renderer's .NET interop object, from attachWebRendererInterop's arguments
    /// <c>[rendererId, {"__dotNetObject":id}, ...]</c>: browser events go to its <c>DispatchEventAsync</c>.
    /// </summary>
    public static long RendererInteropObjectId(string argsJson)
    {
        using var args = JsonDocument.Parse(argsJson);
        return args.RootElement[1].GetProperty("__dotNetObject").GetInt64();
    }

    /// <summary>DispatchEventAsync's arguments for a left click, as blazor.web.js sends them.</summary>
    public static string ClickJson(ulong eventHandlerId) =>
        $$"""[{"eventHandlerId":{{eventHandlerId}},"eventName":"click","eventFieldInfo":null},{"detail":1,"button":0,"buttons":0,"ctrlKey":false,"shiftKey":false,"altKey":false,"metaKey":false,"type":"click"}]""";
}
