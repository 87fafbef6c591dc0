using TradeTracker.Web.Domain;
using TradeTracker.Web.Services.Editing;

namespace TradeTracker.Web.Api;

public static class MeasuresApi
{
    public static readonly RowShape<TariffMeasure, MeasureInput> Shape = new("measure", (q, id, ct) => q.GetMeasureAsync(id, ct), MeasureInput.From);

    /// <summary>/api/measures: the same <see cref="MeasureEditor"/> as the admin page.</summary>
    public static RouteGroupBuilder MapMeasuresApi(this RouteGroupBuilder api) =>
        api.MapGroup("/measures").WithTags("Measures").MapVersionedRows<TariffMeasure, MeasureInput, MeasureEditor>(Shape);
}
