namespace TradeTracker.Web.Domain;

/// <summary>The one rule for a source's address, wherever one is accepted (the source editor, the import's source
/// columns): an absolute http or https URL with a host, and no user before an @. <c>https://ustr.gov@evil.example/</c>
/// goes to evil.example while reading as ustr.gov, so a reader following a cited source would be misled.</summary>
public static class WebAddress
{
    /// <summary>Why <paramref name="url"/> is not a source's address, to follow a field's label ("URL names a user
    /// ..."); null when it is one.</summary>
    public static string? Problem(string url)
    {
        if (!Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri)
            || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps)
            || uri.Host.Length == 0)
        {
            return "must be an absolute http or https address, such as https://ustr.gov/....";
        }

        return uri.UserInfo.Length > 0
            ? $"names a user before @ (it leads to {uri.Host}); give the publisher's address itself, such as https://ustr.gov/...."
            : null;
    }
}
