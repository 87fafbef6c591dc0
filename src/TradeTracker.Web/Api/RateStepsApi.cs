using System.Security.Claims;
using TradeTracker.Web.Services.Editing;
using TradeTracker.Web.Setup;

namespace TradeTracker.Web.Api;

public sealed record RateStepCreatedDto(int Id, Guid Version);

public static class RateStepsApi
{
    /// <summary>Write path for rate steps, for editors' own tools; the same service as the admin page.</summary>
    public static RouteGroupBuilder MapRateStepsApi(this RouteGroupBuilder api)
    {
        api.MapPost("/rate-steps", CreateAsync)
            .RequireAuthorization(Policies.CanEdit)
            .WithName("CreateRateStep")
            .WithSummary("Adds a rate step to a measure (Editor role).");
        return api;
    }

    private static async Task<IResult> CreateAsync(RateStepInput input, ClaimsPrincipal user, RateStepEditor editor, CancellationToken ct)
    {
        var step = await editor.CreateAsync(user, input, ct);
        return TypedResults.Created((string?)null, new RateStepCreatedDto(step.Id, step.Version));
    }
}
