using TradeTracker.Web.Domain;
using TradeTracker.Web.Services.Editing;

namespace TradeTracker.Web.Api;

public static class EventsApi
{
    public static readonly RowShape<TradeEvent, EventInput> Shape = new("event", (q, id, ct) => q.GetEventAsync(id, ct), EventInput.From);

    /// <summary>/api/events: the same <see cref="EventEditor"/> as the admin page.</summary>
    public static RouteGroupBuilder MapEventsApi(this RouteGroupBuilder api) =>
        api.MapGroup("/events").WithTags("Events").MapVersionedRows<TradeEvent, EventInput, EventEditor>(Shape);
}
