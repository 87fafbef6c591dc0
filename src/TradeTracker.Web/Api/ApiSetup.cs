using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Diagnostics;
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
    /// each write endpoint adds CanEdit. Also the feeds, the OpenAPI document and its reference page.</summary>
    public static void MapTradeTrackerApi(this WebApplication app)
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
    }

    /// <summary>Maps the editing services' refusals to 400, 403, 404 and 412 for API callers.</summary>
    public static void UseTradeTrackerApiErrors(this WebApplication app) =>
        app.UseWhen(context => context.Request.Path.StartsWithSegments("/api"), api => api.UseExceptionHandler(new ExceptionHandlerOptions
        {
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
                        _ => "Something went wrong on our side",
                    },
                    Detail = status == 500 ? "The error was logged." : error?.Message,
                };
                if (error is ValidationFailedException validation)
                {
                    // API callers send camelCase JSON, so the fields are named as they sent them.
                    details.Extensions["errors"] = validation.Errors.ToDictionary(e => JsonNamingPolicy.CamelCase.ConvertName(e.Key), e => e.Value);
                }

                await problems.WriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = details, Exception = error });
            },
        }));
}
