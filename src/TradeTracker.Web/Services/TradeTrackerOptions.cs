using System.ComponentModel.DataAnnotations;
using TradeTracker.Web.Domain;

namespace TradeTracker.Web.Services;

/// <summary>The <c>TradeTracker</c> configuration section.</summary>
public sealed class TradeTrackerOptions : IValidatableObject
{
    public const string Section = "TradeTracker";

    /// <summary>IANA zone the dashboard shows times in and reads bare "as of" dates in.</summary>
    [Required]
    public string DisplayTimeZone { get; set; } = "America/New_York";

    /// <summary>The pair the dashboard features, imposer first.</summary>
    [Required, StringLength(3, MinimumLength = 3)]
    public string FeaturedImposer { get; set; } = "USA";

    [Required, StringLength(3, MinimumLength = 3)]
    public string FeaturedTarget { get; set; } = "CHN";

    /// <summary>When true, every page and read endpoint needs a signed-in user.</summary>
    public bool RequireSignInToRead { get; set; }

    /// <summary>Keep read results between committed changes (<c>Services/ReadCache</c>). Off only to measure the
    /// uncached read paths (the benchmarks run both).</summary>
    public bool ReadCache { get; set; } = true;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!ZonedTime.IsKnownZone(DisplayTimeZone))
        {
            yield return new ValidationResult(
                $"TradeTracker:DisplayTimeZone '{DisplayTimeZone}' is not a known IANA time zone (e.g. America/New_York).",
                [nameof(DisplayTimeZone)]);
        }
    }
}
