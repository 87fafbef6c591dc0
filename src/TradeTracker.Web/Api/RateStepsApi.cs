using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;
using TradeTracker.Web.Domain;
using TradeTracker.Web.Services;
using TradeTracker.Web.Services.Accounts;
using TradeTracker.Web.Services.Editing;

namespace TradeTracker.Web.Api;

public static class RateStepsApi
{
    public static readonly RowShape<RateStep, RateStepInput> Shape = new("rate step", (q, id, ct) => q.GetRateStepAsync(id, ct), RateStepInput.From);

    /// <summary>/api/rate-steps: the same <see cref="RateStepEditor"/> as the admin page, with its "end the current step
    /// and add a new one" as <c>POST /{id}/successor</c>.</summary>
    public static RouteGroupBuilder MapRateStepsApi(this RouteGroupBuilder api)
    {
        var steps = api.MapGroup("/rate-steps").WithTags("Rate steps").MapVersionedRows<RateStep, RateStepInput, RateStepEditor>(Shape);
        steps.MapPost("/{id:int}/successor", (int id, HttpContext http, ClaimsPrincipal user, AdminQueries queries, [FromServices] RateStepEditor editor, CancellationToken ct) =>
                VersionedRows.WriteIfMatchAsync(http, Shape, queries, id, async version =>
                {
                    var input = await VersionedRows.ReadInputAsync<RateStepInput>(http, Shape.Kind, ct);
                    var added = await editor.EndAndAddAsync(user, id, version, input, ct);
                    http.Response.Headers.Location = $"{http.Request.PathBase}/api/rate-steps/{added.Id}";
                    return await VersionedRows.RowAsync(http, Shape, queries, added.Id, StatusCodes.Status201Created, ct);
                }, ct))
            .RequireAuthorization(Policies.CanEdit)
            .WithJsonBody(typeof(RateStepInput))
            .WithSummary("Ends this rate step, the measure's current one, where the body's new step takes effect, and adds that step: both or neither (Editor role, If-Match with the ended step's version required).");
        return steps;
    }
}
