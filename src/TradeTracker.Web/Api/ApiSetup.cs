using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.Features;
using TradeTracker.Web.Data;
using TradeTracker.Web.Services.Editing;
using TradeTracker.Web.Services.Accounts;

namespace TradeTracker.Web.Api;

public static class ApiSetup
{
    /// <summary>JSON as tools read and write it: enums by name ("AllGoods"; numbers are still accepted).</summary>
    public static IServiceCollection AddTradeTrackerApi(this IServiceCollection services) =>
        services.ConfigureHttpJsonOptions(options => options.SerializerOptions.Converters.Add(new JsonStringEnumConverter()))
            .AddTradeTrackerOpenApi();

    /// <summary>All JSON endpoints under /api, with editing errors turned into problem details. Reads need CanRead;
    /// each write endpoint adds CanEdit. Also the feeds, the OpenAPI document and its reference page. Returns the /api
    /// group, for the start-up to cache its reads.</summary>
    public static RouteGroupBuilder MapTradeTrackerApi(this WebApplication app)
    {
        var api = app.MapGroup("/api").RequireAuthorization(Policies.CanRead).RequireRateLimiting(ApiRateLimitPolicy.Name).DisableAntiforgery();
        api.MapRatesApi();
        api.MapMeasuresApi();
        api.MapRateStepsApi();
        api.MapEventsApi();
        api.MapDeadlinesApi();
        api.MapSourcesApi();
        api.MapExportApi();
        api.MapSearchApi();
        api.MapOpenDataApi();
        app.MapTradeTrackerFeeds();
        app.MapTradeTrackerOpenApi();
        return api;
    }

    /// <summary>The largest request body the API reads (the import page uploads through its circuit, with its own limit).</summary>
    public const long MaxBodyBytes = 1024 * 1024;

    /// <summary>Maps the editing services' refusals to 400, 403, 404 and 412 for API callers. A refusal (4xx) is the
    /// caller's mistake: logged at Information in one line; only a server error (5xx) is logged at Error with its stack.</summary>
    public static void UseTradeTrackerApiErrors(this WebApplication app) =>
        app.UseWhen(IsApi, api => api.UseExceptionHandler(new ExceptionHandlerOptions
        {
            SuppressDiagnosticsCallback = context => context.HttpContext.Response.StatusCode < StatusCodes.Status500InternalServerError,
            StatusCodeSelector = ex => ex switch
            {
                ValidationFailedException => StatusCodes.Status400BadRequest,
                UnauthorizedAccessException => StatusCodes.Status403Forbidden,
                RowNotFoundException => StatusCodes.Status404NotFound,
                ConcurrencyConflictException => StatusCodes.Status412PreconditionFailed,
                BadHttpRequestException bad => bad.StatusCode,
                _ when StoreBusy.Is(ex) => StatusCodes.Status503ServiceUnavailable,
                _ => StatusCodes.Status500InternalServerError,
            },
            ExceptionHandler = async context =>
            {
                var error = context.Features.Get<IExceptionHandlerFeature>()?.Error;
                var problems = context.RequestServices.GetRequiredService<IProblemDetailsService>();
                var status = context.Response.StatusCode;
                var details = new Microsoft.AspNetCore.Mvc.ProblemDetails
                {
                    Status = status,
                    Title = status switch
                    {
                        400 => "The request was refused",
                        403 => "Not allowed",
                        404 => "Not found",
                        412 => "Changed by someone else",
                        413 => $"The body is too large: the API takes up to {MaxBodyBytes / (1024 * 1024)} MB",
                        415 => "Send JSON: Content-Type: application/json",
                        < 500 => "The request was refused",
                        _ => "Something went wrong on our side",
                    },
                    Detail = status == 500 ? "The error was logged." : error?.Message,
                };
                if (error is ValidationFailedException validation)
                {
                    // API callers send camelCase JSON, so the fields are named as they sent them.
                    details.Extensions["errors"] = validation.Errors.ToDictionary(e => JsonNamingPolicy.CamelCase.ConvertName(e.Key), e => e.Value);
                }

                if (status < StatusCodes.Status500InternalServerError)
                {
                    context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(ApiSetup))
                        .LogInformation("API {Method} {Path} refused with {Status}: {Reason}", context.Request.Method, context.Request.Path, status, error?.Message);
                }

                await problems.WriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = details, Exception = error });
            },
        }));

    /// <summary>Caps every API request body at <see cref="MaxBodyBytes"/>: one that declares a larger Content-Length is
    /// refused with 413 before it is read, and the server refuses a chunked one with 413 once it has read that much.</summary>
    public static void UseTradeTrackerApiBodyLimit(this WebApplication app) =>
        app.UseWhen(IsApi, api => api.Use((context, next) =>
        {
            if (context.Request.ContentLength > MaxBodyBytes)
            {
                throw new BadHttpRequestException($"The body has {context.Request.ContentLength:N0} bytes; send at most {MaxBodyBytes:N0}.", StatusCodes.Status413PayloadTooLarge);
            }

            if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
            {
                limit.MaxRequestBodySize = MaxBodyBytes;
            }

            return next(context);
        }));

    /// <summary>Every GET answer of the API carries an ETag, and a GET whose If-None-Match holds it is answered 304
    /// without a body (<see cref="ReadETags"/>). Inside the output cache, so a cached answer keeps its ETag.</summary>
    public static void UseTradeTrackerApiETags(this WebApplication app) =>
        app.UseWhen(context => IsApi(context) && HttpMethods.IsGet(context.Request.Method), reads => reads.Use(ReadETags.AnswerAsync));

    private static bool IsApi(HttpContext context) => context.Request.Path.StartsWithSegments("/api");
}
