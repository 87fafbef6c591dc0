using TradeTracker.Web.Domain;
using TradeTracker.Web.Services.Editing;

namespace TradeTracker.Web.Api;

public static class RateStepsApi
{
    public static readonly RowShape<RateStep, RateStepInput> Shape = new("rate step", (q, id, ct) => q.GetRateStepAsync(id, ct), RateStepInput.From);

    /// <summary>/api/rate-steps: the same <see cref="RateStepEditor"/> as the admin page.</summary>
    public static RouteGroupBuilder MapRateStepsApi(this RouteGroupBuilder api) =>
        api.MapGroup("/rate-steps").WithTags("Rate steps").MapVersionedRows<RateStep, RateStepInput, RateStepEditor>(Shape);
}
