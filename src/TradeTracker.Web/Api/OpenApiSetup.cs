using Microsoft.AspNetCore.Authorization;
using Microsoft.OpenApi;
using Scalar.AspNetCore;
using TradeTracker.Web.Services.Accounts;

namespace TradeTracker.Web.Api;

/// <summary>The OpenAPI document of /api and /feeds (<c>/openapi/v1.json</c>) and its interactive reference page
/// (<c>/api/reference</c>, Scalar, served from the package: no CDN, no web fonts, no telemetry).</summary>
public static class OpenApiSetup
{
    public const string ReferencePath = "/api/reference";
    private const string TokenScheme = "ApiToken";

    public static IServiceCollection AddTradeTrackerOpenApi(this IServiceCollection services) =>
        services.AddOpenApi(options =>
        {
            options.ShouldInclude = description => description.RelativePath is { } path
                && (path.StartsWith("api/", StringComparison.Ordinal) || path.StartsWith("feeds/", StringComparison.Ordinal));
            options.AddDocumentTransformer((document, _, _) =>
            {
                document.Info = new OpenApiInfo
                {
                    Title = "TradeTracker API",
                    Version = "v1",
                    Description = "Tariff rates, measures and their schedules, the trade timeline and deadlines, every fact sourced. "
                        + "Reading is open (unless the site requires sign-in); writing needs the Editor role: send a personal API token "
                        + "as 'Authorization: Bearer tt_...' (create one on Your account → API tokens) or call from a signed-in browser. "
                        + "Instants are UTC with the IANA zone they were declared in and their wall-clock text beside them. "
                        + "Errors are problem details; a 400 names each bad field under 'errors'.",
                };
                document.Components ??= new OpenApiComponents();
                document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
                document.Components.SecuritySchemes[TokenScheme] = new OpenApiSecurityScheme
                {
                    Type = SecuritySchemeType.Http,
                    Scheme = "bearer",
                    Description = "A personal API token (tt_...), created on Your account → API tokens; it acts with the roles its account has now.",
                };
                return Task.CompletedTask;
            });
            options.AddOperationTransformer((operation, context, _) =>
            {
                // Writes (and the audit history) need the Editor role: they name the token scheme.
                if (context.Description.ActionDescriptor.EndpointMetadata.OfType<IAuthorizeData>().Any(a => a.Policy == Policies.CanEdit))
                {
                    operation.Security = [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(TokenScheme, context.Document)] = [] }];
                }

                return Task.CompletedTask;
            });
        });

    /// <summary>Documents the JSON body an endpoint reads itself (the write endpoints read it through
    /// <c>VersionedRows.ReadInputAsync</c>, not a bound parameter). Unlike <c>Accepts</c>, this adds no content-type
    /// matching, so a body that is not JSON still gets the endpoint's own 415.</summary>
    public static RouteHandlerBuilder WithJsonBody(this RouteHandlerBuilder builder, Type body) =>
        builder.AddOpenApiOperationTransformer(async (operation, context, ct) => operation.RequestBody = new OpenApiRequestBody
        {
            Required = true,
            Content = new Dictionary<string, OpenApiMediaType>
            {
                ["application/json"] = new() { Schema = await context.GetOrCreateSchemaAsync(body, null, ct) },
            },
        });

    public static void MapTradeTrackerOpenApi(this WebApplication app)
    {
        app.MapOpenApi().RequireRateLimiting(ApiRateLimitPolicy.Name);
        app.MapScalarApiReference(ReferencePath, options => options
            .WithTitle("TradeTracker API reference")
            .DisableDefaultFonts()
            .DisableTelemetry()
            .AddPreferredSecuritySchemes([TokenScheme]))
            .RequireRateLimiting(ApiRateLimitPolicy.Name);
    }
}
