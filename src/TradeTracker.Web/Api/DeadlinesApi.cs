using System.Security.Claims;
using System.Text.Json;
using System.Text.Json.Nodes;
using TradeTracker.Web.Domain;
using TradeTracker.Web.Services;
using TradeTracker.Web.Services.Editing;
using TradeTracker.Web.Services.Accounts;

namespace TradeTracker.Web.Api;

/// <summary>An extension as a deadline's JSON lists it (read-only: extensions are added with POST .../extensions).</summary>
public sealed record ExtensionDto(DateTimeOffset NewDueAt, string TimeZoneId, string NewDueLocal, DateOnly DecidedOn, string? Note, int SourceId);

public static class DeadlinesApi
{
    public static readonly RowShape<Deadline, DeadlineInput> Shape = new("deadline", (q, id, ct) => q.GetDeadlineAsync(id, ct), DeadlineInput.From)
    {
        Extras = (deadline, json, options) => json["extensions"] = JsonSerializer.SerializeToNode(
            deadline.Extensions.OrderBy(x => x.NewDueAt)
                .Select(x => new ExtensionDto(x.NewDueAt, x.TimeZoneId, ZonedTime.Format(x.NewDueAt, x.TimeZoneId), x.DecidedOn, x.Note, x.SourceId)),
            options),
    };

    /// <summary>/api/deadlines: the same <see cref="DeadlineEditor"/> as the admin page, and recording an extension.</summary>
    public static RouteGroupBuilder MapDeadlinesApi(this RouteGroupBuilder api)
    {
        var deadlines = api.MapGroup("/deadlines").WithTags("Deadlines").MapVersionedRows<Deadline, DeadlineInput, DeadlineEditor>(Shape);
        deadlines.MapPost("/{id:int}/extensions", ExtendAsync)
            .RequireAuthorization(Policies.CanEdit)
            .WithJsonBody(typeof(ExtensionInput))
            .WithIdempotencyKey()
            .WithSummary("Records an extension of a deadline (Editor role, If-Match of the deadline required); answers the deadline.");
        return deadlines;
    }

    private static Task<IResult> ExtendAsync(
        int id, HttpContext http, ClaimsPrincipal user, DeadlineEditor editor, AdminQueries queries, CancellationToken ct) =>
        VersionedRows.WriteIfMatchAsync(http, Shape, queries, id, async version =>
        {
            var input = await VersionedRows.ReadInputAsync<ExtensionInput>(http, "extension", ct);
            await editor.ExtendAsync(user, id, version, input, ct);
            return await VersionedRows.RowAsync(http, Shape, queries, id, StatusCodes.Status200OK, ct);
        }, ct);
}
