namespace TradeTracker.Web.Data;

/// <summary>Recent wrong passwords for one account name (known or not), counted in the store so every instance slows
/// the next attempt the same way (<c>Setup/SignInDelay</c>).</summary>
public sealed class SignInFailure
{
    /// <summary>Lower-case hex SHA-256 of the normalized account name as typed; unknown names are counted too, so the
    /// answer does not tell who has an account.</summary>
    public string Account { get; set; } = "";

    public int Failures { get; set; }

    public DateTimeOffset LastFailureAt { get; set; }
}
