using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.OpenApi;
using TradeTracker.Web.Data;
using TradeTracker.Web.Services.Editing;

namespace TradeTracker.Web.Api;

/// <summary><c>Idempotency-Key</c> on the write API's POSTs: a retry with the same key (same caller, endpoint and body)
/// gets the first answer again and creates nothing. The first request claims the key by inserting its
/// <see cref="IdempotencyRecord"/> before it runs (the unique index on caller and key lets one claim win among concurrent
/// retries) and stores its answer when it is done. A request refused (4xx) forgets its claim, so the caller can fix it
/// and send it again with the same key; a claim never completed (the process stopped in between, or an unexpected
/// error) is never run again: its retries get 409, since whether it created anything is unknown. Records are kept
/// <see cref="Kept"/>; each claim deletes older ones.</summary>
public static class IdempotencyKeys
{
    public const string Header = "Idempotency-Key";

    /// <summary>Sent with a replayed answer.</summary>
    public const string ReplayedHeader = "Idempotent-Replayed";

    public static readonly TimeSpan Kept = TimeSpan.FromHours(24);

    /// <summary>Far longer than any write takes: an unfinished claim older than this was interrupted.</summary>
    private static readonly TimeSpan Interrupted = TimeSpan.FromMinutes(2);

    /// <summary>Answers the endpoint's POSTs once per key, and documents the header.</summary>
    public static RouteHandlerBuilder WithIdempotencyKey(this RouteHandlerBuilder builder) =>
        builder.AddEndpointFilter(FilterAsync).AddOpenApiOperationTransformer((operation, _, _) =>
        {
            operation.Parameters ??= [];
            operation.Parameters.Add(new OpenApiParameter
            {
                Name = Header,
                In = ParameterLocation.Header,
                Required = false,
                Description = "Optional: up to 100 printable ASCII characters, unique per change you mean to make (a UUID). "
                    + "A retry with the same key and body within 24 hours gets the first answer again (with Idempotent-Replayed: true) and creates nothing; "
                    + "the same key with another body or endpoint is 422; a retry while the first is still running is 409.",
                Schema = new OpenApiSchema { Type = JsonSchemaType.String, MaxLength = IdempotencyRecord.KeyMaxLength },
            });
            return Task.CompletedTask;
        });

    private static async ValueTask<object?> FilterAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        if (!http.Request.Headers.TryGetValue(Header, out var values))
        {
            return await next(context);
        }

        var key = values.ToString();
        if (values.Count != 1 || key.Length is 0 or > IdempotencyRecord.KeyMaxLength || key.Any(c => c is < ' ' or > '~'))
        {
            return Refusal(StatusCodes.Status400BadRequest, "Bad Idempotency-Key",
                $"Send one {Header} of 1 to {IdempotencyRecord.KeyMaxLength} printable ASCII characters (a UUID is a good choice).");
        }

        var userId = http.User.FindFirstValue(ClaimTypes.NameIdentifier)
            ?? throw new UnauthorizedAccessException("Sign in to write.");
        var claim = new IdempotencyRecord
        {
            UserId = userId,
            Key = key,
            Request = $"{http.Request.Method} {http.Request.Path}",
            BodyHash = await BodyHashAsync(http.Request, http.RequestAborted),
            CreatedAt = http.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow(),
        };
        var store = http.RequestServices.GetRequiredService<IDbContextFactory<AppDbContext>>();
        if (!await TryClaimAsync(store, claim, http.RequestAborted))
        {
            return await EarlierAnswerAsync(store, claim, http);
        }

        object? result;
        try
        {
            result = await next(context);
        }
        catch (Exception ex) when (IsRefusal(ex))
        {
            await ForgetAsync(store, claim);
            throw;
        }

        return await RecordAsync(store, claim, http, result);
    }

    /// <summary>Refusals thrown before anything is written (the API answers them 400, 403, 404, 412, 415).</summary>
    private static bool IsRefusal(Exception ex) =>
        ex is ValidationFailedException or UnauthorizedAccessException or RowNotFoundException or ConcurrencyConflictException or BadHttpRequestException;

    private static async Task<string> BodyHashAsync(HttpRequest request, CancellationToken ct)
    {
        request.EnableBuffering();
        var hash = Convert.ToHexStringLower(await SHA256.HashDataAsync(request.Body, ct));
        request.Body.Position = 0;
        return hash;
    }

    /// <summary>Inserts the claim and sweeps records past <see cref="Kept"/>; false when the caller already used the key.</summary>
    private static async Task<bool> TryClaimAsync(IDbContextFactory<AppDbContext> store, IdempotencyRecord claim, CancellationToken ct)
    {
        await using var db = await store.CreateDbContextAsync(ct);
        var expired = claim.CreatedAt - Kept;
        await db.IdempotencyRecords.Where(r => r.CreatedAt < expired).ExecuteDeleteAsync(ct);
        db.IdempotencyRecords.Add(claim);
        try
        {
            await db.SaveChangesAsync(ct);
            return true;
        }
        catch (DbUpdateException)
        {
            return false;
        }
    }

    /// <summary>The answer to a retry: the first answer, or why there is none to give.</summary>
    private static async Task<IResult> EarlierAnswerAsync(IDbContextFactory<AppDbContext> store, IdempotencyRecord claim, HttpContext http)
    {
        await using var db = await store.CreateDbContextAsync(http.RequestAborted);
        var first = await db.IdempotencyRecords.AsNoTracking()
            .FirstOrDefaultAsync(r => r.UserId == claim.UserId && r.Key == claim.Key, http.RequestAborted);
        if (first is not null && (first.Request != claim.Request || first.BodyHash != claim.BodyHash))
        {
            return Refusal(StatusCodes.Status422UnprocessableEntity, "Idempotency-Key reused",
                $"This {Header} was first sent with {(first.Request != claim.Request ? $"another request ({first.Request})" : "another body")}: "
                + "a key stands for one change. Use a new key for a new change.");
        }

        if (first?.CompletedAt is null)
        {
            return first is not null && claim.CreatedAt - first.CreatedAt > Interrupted
                ? Refusal(StatusCodes.Status409Conflict, "First request interrupted",
                    $"The first request with this {Header} started at {first.CreatedAt:u} and never finished (the server stopped while handling it). "
                    + "Whether it made its change is unknown, so it is not run again: look for the change (GET), and if it is missing send it with a new key.")
                : Refusal(StatusCodes.Status409Conflict, "Still in progress",
                    $"The first request with this {Header} is still in progress. Retry in a few seconds to get its answer.");
        }

        http.Response.Headers[ReplayedHeader] = "true";
        if (first.Location is not null)
        {
            http.Response.Headers.Location = first.Location;
        }

        if (first.ETag is not null)
        {
            http.Response.Headers.ETag = first.ETag;
        }

        return Results.Text(first.ResponseBody ?? "", first.ContentType, Encoding.UTF8, first.StatusCode);
    }

    /// <summary>Runs the endpoint's answer into a buffer, keeps it when it is a success (else forgets the claim), and
    /// sends it on.</summary>
    private static async Task<object?> RecordAsync(IDbContextFactory<AppDbContext> store, IdempotencyRecord claim, HttpContext http, object? result)
    {
        if (result is not IResult answer)
        {
            await ForgetAsync(store, claim);
            return result;
        }

        var body = http.Response.Body;
        using var buffer = new MemoryStream();
        http.Response.Body = buffer;
        try
        {
            await answer.ExecuteAsync(http);
        }
        finally
        {
            http.Response.Body = body;
        }

        if (http.Response.StatusCode >= StatusCodes.Status400BadRequest)
        {
            await ForgetAsync(store, claim);
        }
        else
        {
            await using var db = await store.CreateDbContextAsync(CancellationToken.None);
            await db.IdempotencyRecords.Where(r => r.Id == claim.Id).ExecuteUpdateAsync(s => s
                .SetProperty(r => r.CompletedAt, http.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow())
                .SetProperty(r => r.StatusCode, http.Response.StatusCode)
                .SetProperty(r => r.ContentType, http.Response.ContentType)
                .SetProperty(r => r.Location, ResponseHeader(http, "Location"))
                .SetProperty(r => r.ETag, ResponseHeader(http, "ETag"))
                .SetProperty(r => r.ResponseBody, Encoding.UTF8.GetString(buffer.ToArray())));
        }

        buffer.Position = 0;
        await buffer.CopyToAsync(body, http.RequestAborted);
        return Results.Empty;
    }

    private static string? ResponseHeader(HttpContext http, string name) =>
        http.Response.Headers.TryGetValue(name, out var value) ? value.ToString() : null;

    /// <summary>Nothing was written: the key is free again.</summary>
    private static async Task ForgetAsync(IDbContextFactory<AppDbContext> store, IdempotencyRecord claim)
    {
        await using var db = await store.CreateDbContextAsync(CancellationToken.None);
        await db.IdempotencyRecords.Where(r => r.Id == claim.Id).ExecuteDeleteAsync(CancellationToken.None);
    }

    private static IResult Refusal(int status, string title, string detail) =>
        TypedResults.Problem(statusCode: status, title: title, detail: detail);
}
