using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Identity;
using TradeTracker.Web.Data;

namespace TradeTracker.Web.Components.Account;

internal sealed class IdentityRedirectManager(NavigationManager navigationManager)
{
    public const string StatusCookieName = "Identity.StatusMessage";

    private static readonly CookieBuilder StatusCookieBuilder = new()
    {
        SameSite = SameSiteMode.Strict,
        HttpOnly = true,
        IsEssential = true,
        MaxAge = TimeSpan.FromSeconds(5),
    };

    /// <summary>Navigates to <paramref name="uri"/> when it stays on this site, else to the home page (never an error).</summary>
    public void RedirectTo(string? uri) => navigationManager.NavigateTo(LocalOrHome(uri, navigationManager.BaseUri));

    /// <summary>The path to redirect to for <paramref name="uri"/>: a path on this site as given (an absolute URL under
    /// <paramref name="baseUri"/> as its path below it), anything else (another host, <c>//host</c>, <c>/\host</c>, a
    /// scheme, control characters) the home page. What a browser would take for another site never passes.</summary>
    public static string LocalOrHome(string? uri, string baseUri)
    {
        const string home = "";
        if (string.IsNullOrEmpty(uri) || uri.Any(c => char.IsControl(c) || char.IsWhiteSpace(c) || c == '\\'))
        {
            return home;
        }

        if (uri.StartsWith(baseUri, StringComparison.OrdinalIgnoreCase))
        {
            uri = uri[baseUri.Length..];
        }

        var path = uri.TrimStart('/');
        return Uri.TryCreate(path, UriKind.Relative, out _) && !path.StartsWith("//", StringComparison.Ordinal)
            && !uri.StartsWith("//", StringComparison.Ordinal) && !HasScheme(path)
            ? path
            : home;
    }

    /// <summary>"javascript:x", "https:evil": a colon before any slash, query or fragment makes a URL, not a path.</summary>
    private static bool HasScheme(string path)
    {
        var colon = path.IndexOf(':', StringComparison.Ordinal);
        return colon >= 0 && (path.IndexOfAny(['/', '?', '#']) is var end && (end < 0 || colon < end));
    }

    public void RedirectTo(string uri, Dictionary<string, object?> queryParameters)
    {
        var uriWithoutQuery = navigationManager.ToAbsoluteUri(uri).GetLeftPart(UriPartial.Path);
        var newUri = navigationManager.GetUriWithQueryParameters(uriWithoutQuery, queryParameters);
        RedirectTo(newUri);
    }

    public void RedirectToWithStatus(string uri, string message, HttpContext context)
    {
        context.Response.Cookies.Append(StatusCookieName, message, StatusCookieBuilder.Build(context));
        RedirectTo(uri);
    }

    private string CurrentPath => navigationManager.ToAbsoluteUri(navigationManager.Uri).GetLeftPart(UriPartial.Path);

    public void RedirectToCurrentPage() => RedirectTo(CurrentPath);

    public void RedirectToCurrentPageWithStatus(string message, HttpContext context)
        => RedirectToWithStatus(CurrentPath, message, context);

    public void RedirectToInvalidUser(UserManager<ApplicationUser> userManager, HttpContext context)
        => RedirectToWithStatus("Account/InvalidUser", $"Error: Unable to load user with ID '{userManager.GetUserId(context.User)}'.", context);
}
