using System.ComponentModel.DataAnnotations;
using TradeTracker.Web.Domain;

namespace TradeTracker.Web.Setup;

/// <summary>The <c>Accounts</c> configuration section.</summary>
public sealed class AccountOptions
{
    public const string Section = "Accounts";

    /// <summary>Seed the demo editor and admin (Development only; refused elsewhere).</summary>
    public bool SeedDemoAccounts { get; set; }

    /// <summary>First admin for a production store: created at start if no user with this e-mail exists.</summary>
    [EmailAddress]
    public string? InitialAdminEmail { get; set; }

    public string? InitialAdminPassword { get; set; }

    /// <summary>Sign-in form posts allowed per client address per minute; more get 429 until the minute is over.</summary>
    [Range(1, 10_000, ErrorMessage = "Accounts:SignInAttemptsPerMinute must be between 1 and 10000.")]
    public int SignInAttemptsPerMinute { get; set; } = 10;
}
