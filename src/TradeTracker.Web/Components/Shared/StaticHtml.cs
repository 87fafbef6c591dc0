using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;

namespace TradeTracker.Web.Components.Shared;

/// <summary>Renders a component that handles no events to HTML on the server, for its parent to write as one piece of
/// markup. A component's own elements reach the browser as one instruction per element and attribute, and when the
/// circuit starts every prerendered element is built again that way; markup is inserted with one parse. Only for a
/// component whose every interaction is a link or CSS, and which renders synchronously (no async lifecycle, no
/// injected services it awaits): its event handlers would never be wired.</summary>
public static class StaticHtml
{
    public static MarkupString Render<TComponent>(IServiceProvider services, IDictionary<string, object?> parameters)
        where TComponent : IComponent
    {
        using var renderer = new HtmlRenderer(services, services.GetRequiredService<ILoggerFactory>());
        // A new renderer's dispatcher is idle, so it runs the render on this thread: the task has finished on return.
        var html = renderer.Dispatcher.InvokeAsync(() =>
        {
            var root = renderer.BeginRenderingComponent<TComponent>(ParameterView.FromDictionary(parameters));
            return root.QuiescenceTask.IsCompleted
                ? root.ToHtmlString()
                : throw new InvalidOperationException($"{typeof(TComponent).Name} rendered asynchronously; StaticHtml renders only synchronous components.");
        });
        return new MarkupString(html.IsCompleted
            ? html.GetAwaiter().GetResult()
            : throw new InvalidOperationException("The HTML renderer did not run synchronously."));
    }
}
