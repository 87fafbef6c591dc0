using System.Net;
using Microsoft.Net.Http.Headers;
using TradeTracker.Web.Data;

namespace TradeTracker.Web.Setup;

/// <summary>A busy store (<see cref="StoreBusy"/>) answers 503 with <c>Retry-After</c>: API callers get a problem body
/// (the API's error handler picks the status, this says what it means), pages a short page saying nothing was saved.
/// Forms on the admin pages say it where they show their other errors.</summary>
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

    /// <summary>A page or form post the store was too busy for: 503, <c>Retry-After</c> and a plain page, instead of
    /// the error page after a long wait.</summary>
    public static void UseTradeTrackerStoreBusy(this WebApplication app) =>
        app.Use(async (context, next) =>
        {
            try
            {
                await next(context);
            }
            catch (Exception ex) when (StoreBusy.Is(ex) && !context.Response.HasStarted)
            {
                context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(StoreBusySetup))
                    .LogWarning("{Method} {Path} refused: the store is busy", context.Request.Method, context.Request.Path);
                context.Response.Clear();
                context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
                context.Response.Headers[HeaderNames.RetryAfter] = StoreBusy.RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
                context.Response.ContentType = "text/html; charset=utf-8";
                await context.Response.WriteAsync(
                    $"<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>The store is busy</title></head><body><h1>The store is busy</h1><p>{WebUtility.HtmlEncode(StoreBusy.Message)}</p></body></html>");
            }
        });
}
