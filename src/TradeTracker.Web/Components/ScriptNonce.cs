using System.Security.Cryptography;

namespace TradeTracker.Web.Components;

/// <summary>This request's Content-Security-Policy nonce: the one inline script a page has (the import map that
/// <c>&lt;ImportMap /&gt;</c> renders) carries it, and the page's policy allows scripts with it and none other inline.
/// Fresh per request (scoped), made on first use, so only pages pay for it.</summary>
public sealed class ScriptNonce
{
    private string? value;

    public string Value => value ??= Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
}
