using Microsoft.Net.Http.Headers;
using TradeTracker.Web.Data;

namespace TradeTracker.Web.Setup;

/// <summary>A busy store (<see cref="StoreBusy"/>) answers API callers 503 with <c>Retry-After</c> and a problem body: the
/// API's error handler picks the status, this says what it means. Forms on the admin pages say it where they show
/// their other errors.</summary>
public static class StoreBusySetup
{
    /// <summary>The problem body and <c>Retry-After</c> of an API call the store was too busy for.</summary>
    public static void DescribeBusyStore(ProblemDetailsContext context)
    {
        if (!StoreBusy.Is(context.Exception))
        {
            return;
        }

        context.ProblemDetails.Status = StatusCodes.Status503ServiceUnavailable;
        context.ProblemDetails.Title = "The store is busy";
        context.ProblemDetails.Detail = StoreBusy.Message;
        context.HttpContext.Response.Headers[HeaderNames.RetryAfter] = StoreBusy.RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }
}
