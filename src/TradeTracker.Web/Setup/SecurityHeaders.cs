using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Components;
using Microsoft.Net.Http.Headers;
using TradeTracker.Web.Api;

namespace TradeTracker.Web.Setup;

/// <summary>The one home of the security headers every response carries. A page (an HTML document) gets a
/// Content-Security-Policy that lets it run only the app's own scripts and the one inline script whose text it names by
/// hash (the import map); everything else (the API's JSON and CSV, the feeds, the OpenAPI document, static
/// files, error bodies) gets a policy that allows nothing and cannot be framed, since none of it is meant to run in a
/// browser. Set when the response starts, so error pages, redirects and 429s get them too, and Blazor's own
/// <c>frame-ancestors 'self'</c> header is replaced by the stricter one here.</summary>
public static class SecurityHeaders
{
    /// <summary>
    /// <list type="bullet">
    /// <item><c>script-src</c>: blazor.web.js, MudBlazor.min.js, countdown.js and the JS modules (reconnect dialog,
    /// import page) are files of the app's own origin; the import map is the only inline script, allowed by the
    /// SHA-256 of its text. Its text is fixed per build (the static assets' fingerprints), so the policy is the same for
    /// every request and a page kept by the output cache still matches it; a nonce would differ per response and a
    /// cached page would carry a stale one. No <c>'unsafe-eval'</c>: neither Blazor Server nor MudBlazor evaluates
    /// strings.</item>
    /// <item><c>style-src 'unsafe-inline'</c>: MudBlazor writes <c>style</c> attributes (popover positions, chart sizes,
    /// progress widths) and the theme as a <c>&lt;style&gt;</c> element, both at run time through Blazor's DOM updates,
    /// where a nonce or hash cannot follow. Styles cannot run code; scripts stay locked down.</item>
    /// <item><c>img-src data:</c>: MudBlazor's inline SVG data URIs; <c>connect-src 'self'</c>: the circuit's WebSocket
    /// and the import page's streaming, on this origin.</item>
    /// </list>
    /// </summary>
    public static string PagePolicy(ImportMapDefinition? importMap) =>
        importMap is null ? PolicyForPage("") : PagePolicies.GetValue(importMap, map => PolicyForPage(ScriptHash(map.ToString())));

    /// <summary>The policy of each import map (one per build; the endpoints of the pages share it), made once.</summary>
    private static readonly ConditionalWeakTable<ImportMapDefinition, string> PagePolicies = [];

    /// <summary>The CSP source that allows an inline script with exactly this text.</summary>
    public static string ScriptHash(string text) => $"'sha256-{Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(text)))}'";

    /// <summary>The API reference (Scalar, served from its package) starts itself with an inline module script written
    /// by the package, which cannot carry the nonce: that page alone allows inline scripts. It shows only the OpenAPI
    /// document, which the code writes; nothing a user typed.</summary>
    public static readonly string ReferencePagePolicy = PolicyForPage("'unsafe-inline'");

    /// <summary>JSON, CSV, XML, calendars, scripts and styles: nothing in them may load or run anything.</summary>
    public const string NonPagePolicy = "default-src 'none'; frame-ancestors 'none'";

    /// <summary>Features the app never uses, switched off for it and anything it could embed.</summary>
    public const string PermissionsPolicy =
        "accelerometer=(), autoplay=(), camera=(), display-capture=(), geolocation=(), gyroscope=(), magnetometer=(), "
        + "microphone=(), midi=(), payment=(), publickey-credentials-get=(), screen-wake-lock=(), serial=(), usb=(), xr-spatial-tracking=()";

    /// <summary>Same-origin requests keep the full address (the app's own logs); other sites see only the origin, never
    /// a path or query such as a search or an as-of date, and a plain-HTTP site linked from an HTTPS page sees nothing.</summary>
    public const string ReferrerPolicy = "strict-origin-when-cross-origin";

    private static string PolicyForPage(string inlineScripts) =>
        $"default-src 'self'; script-src 'self'{(inlineScripts.Length > 0 ? " " + inlineScripts : "")}; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
        + "font-src 'self'; connect-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'; object-src 'none'";

    /// <summary>Early in the pipeline, so every response (redirects, errors, 429s, static files) carries them.</summary>
    public static IApplicationBuilder UseTradeTrackerSecurityHeaders(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            context.Response.OnStarting(() =>
            {
                Apply(context);
                return Task.CompletedTask;
            });
            return next(context);
        });

    private static void Apply(HttpContext context)
    {
        var headers = context.Response.Headers;
        var isPage = context.Response.ContentType is { } type && MediaTypeHeaderValue.TryParse(type, out var media)
            && media.MediaType.Equals("text/html", StringComparison.OrdinalIgnoreCase);
        headers.ContentSecurityPolicy = !isPage ? NonPagePolicy
            : context.Request.Path.StartsWithSegments(OpenApiSetup.ReferencePath) ? ReferencePagePolicy
            : PagePolicy(context.GetEndpoint()?.Metadata.GetMetadata<ImportMapDefinition>());
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = ReferrerPolicy;
        headers["Permissions-Policy"] = PermissionsPolicy;
    }
}
