using System.Security.Claims;

namespace TradeTracker.Web.Services.Accounts;

// Who may do what: the role and policy names the editors, the API, the pages and Setup's registrations all use. They live
// here, beside the services that check them, so no folder reaches into Setup for them.

public static class Roles
{
    /// <summary>Signed in, reads only (what a reader without an account can do, for stores that require sign-in).</summary>
    public const string Reader = "Reader";
    public const string Editor = "Editor";
    public const string Admin = "Admin";

    /// <summary>Roles allowed to write: admins can do all an editor can.</summary>
    public const string Writers = Editor + "," + Admin;

    public static readonly IReadOnlyList<string> All = [Reader, Editor, Admin];
}

public static class Policies
{
    public const string CanEdit = "CanEdit";
    public const string CanRead = "CanRead";

    /// <summary>Manage accounts (the Admin role).</summary>
    public const string CanAdminister = "CanAdminister";

    /// <summary>The rate limit on sign-in form posts (per client address).</summary>
    public const string SignIn = "sign-in";
}

public static class AccountClaims
{
    /// <summary>Set on an invited account until its holder replaces the one-time password; while it is there the
    /// account can sign in, read and change its password, but not write or administer.</summary>
    public const string PasswordChangeRequired = "tradetracker:password_change_required";

    public static bool MustChangePassword(ClaimsPrincipal user) => user.HasClaim(c => c.Type == PasswordChangeRequired);
}

/// <summary>How long a signed-in session goes before its account is checked again (roles, lock, sign-out elsewhere).</summary>
public static class Sessions
{
    /// <summary>Identity's security-stamp check for cookies and live circuits: one query per signed-in user per minute.</summary>
    public static readonly TimeSpan Recheck = TimeSpan.FromMinutes(1);
}
