using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;
using Microsoft.Extensions.DependencyInjection;
using TradeTracker.Web.Components.Shared;

namespace TradeTracker.UnitTests.Components;

public sealed class StaticHtmlTests
{
    private static readonly IServiceProvider Services = new ServiceCollection().AddLogging().BuildServiceProvider();

    [Fact]
    public void Render_SynchronousComponent_IsItsHtmlWithTheParametersGivenAndTextEncoded()
    {
        var html = StaticHtml.Render<Greeting>(Services, new Dictionary<string, object?> { [nameof(Greeting.Name)] = "A & B" });

        Assert.Equal("<p class=\"greeting\">Hello, A &amp; B</p>", html.Value);
    }

    [Fact]
    public void Render_ComponentThatWaitsBeforeItRenders_IsRefusedRatherThanWrittenHalfDone()
    {
        var error = Assert.Throws<InvalidOperationException>(() => StaticHtml.Render<Waiting>(Services, new Dictionary<string, object?>()));

        Assert.Contains(nameof(Waiting), error.Message);
    }

    private sealed class Greeting : ComponentBase
    {
        [Parameter] public string Name { get; set; } = "";

        protected override void BuildRenderTree(RenderTreeBuilder builder)
        {
            builder.OpenElement(0, "p");
            builder.AddAttribute(1, "class", "greeting");
            builder.AddContent(2, $"Hello, {Name}");
            builder.CloseElement();
        }
    }

    private sealed class Waiting : ComponentBase
    {
        private bool loaded;

        protected override async Task OnInitializedAsync()
        {
            await Task.Delay(50);
            loaded = true;
        }

        protected override void BuildRenderTree(RenderTreeBuilder builder) => builder.AddContent(0, loaded ? "loaded" : "loading");
    }
}
