using TradeTracker.Web.Domain;
using TradeTracker.Web.Services.Editing;

namespace TradeTracker.Web.Api;

public static class SourcesApi
{
    public static readonly RowShape<Source, SourceInput> Shape = new("source", (q, id, ct) => q.GetSourceAsync(id, ct), SourceInput.From);

    /// <summary>/api/sources: the same <see cref="SourceEditor"/> as the admin page.</summary>
    public static RouteGroupBuilder MapSourcesApi(this RouteGroupBuilder api) =>
        api.MapGroup("/sources").WithTags("Sources").MapVersionedRows<Source, SourceInput, SourceEditor>(Shape);
}
