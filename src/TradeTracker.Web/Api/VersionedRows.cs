using System.Security.Claims;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;
using TradeTracker.Web.Domain;
using TradeTracker.Web.Services;
using TradeTracker.Web.Services.Editing;
using TradeTracker.Web.Services.Accounts;
using HttpJsonOptions = Microsoft.AspNetCore.Http.Json.JsonOptions;

namespace TradeTracker.Web.Api;

/// <summary>How the API shows one editable kind: where its row is read from and how a row becomes the editor's input
/// shape. The JSON of a row is that input with <c>id</c> and <c>version</c> in front (and <see cref="Extras"/>).</summary>
public sealed class RowShape<TEntity, TInput>(string kind, Func<AdminQueries, int, CancellationToken, Task<TEntity?>> read, Func<TEntity, TInput> toInput)
    where TEntity : EditableEntity
{
    /// <summary>The kind as the editors' messages name it ("measure", "rate step").</summary>
    public string Kind => kind;

    /// <summary>The kind as the audit log names it ("measure", "rate-step"); see <c>AuditKinds</c>.</summary>
    public string AuditKind => kind.Replace(' ', '-');

    /// <summary>Read-only facts shown after the input fields (a deadline's extensions); ignored when sent back.</summary>
    public Action<TEntity, JsonObject, JsonSerializerOptions>? Extras { get; init; }

    public Task<TEntity?> ReadAsync(AdminQueries queries, int id, CancellationToken ct) => read(queries, id, ct);

    public JsonObject ToJson(TEntity row, JsonSerializerOptions options)
    {
        var json = new JsonObject { ["id"] = row.Id, ["version"] = row.Version };
        foreach (var (name, value) in JsonSerializer.SerializeToNode(toInput(row), options)!.AsObject())
        {
            json[name] = value?.DeepClone();
        }

        Extras?.Invoke(row, json, options);
        return json;
    }
}

/// <summary>The write API's shared plumbing: GET, POST, PUT and DELETE of one kind through its editor service, every row
/// answered with <c>ETag: "&lt;version&gt;"</c>, and PUT/DELETE (and any other change to an existing row) guarded by
/// <c>If-Match</c>: missing is 428, stale is 412 with the current row and its ETag. Other per-row reads (such as a
/// row's history) are mapped on the same group, beside these, as <c>/{id:int}/...</c>.</summary>
public static class VersionedRows
{
    public static RouteGroupBuilder MapVersionedRows<TEntity, TInput, TEditor>(this RouteGroupBuilder rows, RowShape<TEntity, TInput> shape)
        where TEntity : EditableEntity
        where TInput : class
        where TEditor : EditorBase<TEntity, TInput>
    {
        rows.MapGet("/{id:int}", (int id, HttpContext http, AdminQueries queries, CancellationToken ct) =>
                RowAsync(http, shape, queries, id, StatusCodes.Status200OK, ct))
            .WithSummary($"One {shape.Kind} as its editor's input, with id and version; the version is also the ETag.");

        rows.MapGet("/{id:int}/history", async (int id, AuditService audit, CancellationToken ct) =>
            {
                var history = await audit.GetHistoryAsync(shape.AuditKind, id, ct);
                return history.Count == 0 ? throw new RowNotFoundException(shape.Kind, id) : TypedResults.Ok(history);
            })
            .RequireAuthorization(Policies.CanEdit)
            .WithSummary($"Every change of one {shape.Kind}, newest first: who, when, what, each field before and after (Editor role).");

        rows.MapPost("", async (HttpContext http, ClaimsPrincipal user, AdminQueries queries, CancellationToken ct) =>
            {
                var input = await ReadInputAsync<TInput>(http, shape.Kind, ct);
                var created = await Editor<TEditor>(http).CreateAsync(user, input, ct);
                http.Response.Headers.Location = $"{http.Request.PathBase}{http.Request.Path.Value!.TrimEnd('/')}/{created.Id}";
                return await RowAsync(http, shape, queries, created.Id, StatusCodes.Status201Created, ct);
            })
            .RequireAuthorization(Policies.CanEdit)
            .WithJsonBody(typeof(TInput))
            .WithIdempotencyKey()
            .WithSummary($"Adds a new {shape.Kind} (Editor role).");

        rows.MapPut("/{id:int}", (int id, HttpContext http, ClaimsPrincipal user, AdminQueries queries, CancellationToken ct) =>
                WriteIfMatchAsync(http, shape, queries, id, async version =>
                {
                    var input = await ReadInputAsync<TInput>(http, shape.Kind, ct);
                    await Editor<TEditor>(http).UpdateAsync(user, id, version, input, ct);
                    return await RowAsync(http, shape, queries, id, StatusCodes.Status200OK, ct);
                }, ct))
            .RequireAuthorization(Policies.CanEdit)
            .WithJsonBody(typeof(TInput))
            .WithSummary($"Replaces the {shape.Kind} with the body (Editor role, If-Match required).");

        rows.MapDelete("/{id:int}", (int id, HttpContext http, ClaimsPrincipal user, AdminQueries queries, CancellationToken ct) =>
                WriteIfMatchAsync(http, shape, queries, id, async version =>
                {
                    await Editor<TEditor>(http).DeleteAsync(user, id, version, ct);
                    return TypedResults.NoContent();
                }, ct))
            .RequireAuthorization(Policies.CanEdit)
            .WithSummary($"Deletes (archives) the {shape.Kind} (Editor role, If-Match required).");

        return rows;
    }

    /// <summary>Runs a change of row <paramref name="id"/> with the version the caller sent in If-Match. No If-Match:
    /// 428 and nothing runs. The editor refused the version as stale: 412 with the current row and its ETag.</summary>
    public static async Task<IResult> WriteIfMatchAsync<TEntity, TInput>(
        HttpContext http, RowShape<TEntity, TInput> shape, AdminQueries queries, int id, Func<Guid, Task<IResult>> write, CancellationToken ct)
        where TEntity : EditableEntity
    {
        var ifMatch = http.Request.Headers.IfMatch;
        if (ifMatch.Count == 0 || ifMatch.Any(v => v?.Trim() == "*"))
        {
            return TypedResults.Problem(
                statusCode: StatusCodes.Status428PreconditionRequired,
                title: "Send If-Match",
                detail: $"Send If-Match with the ETag of {shape.Kind} {id} as you last read it (every GET and write answers it), so that a change someone else saved meanwhile is not overwritten. If-Match: * is not accepted.");
        }

        try
        {
            return await write(VersionIn(ifMatch));
        }
        catch (ConcurrencyConflictException)
        {
            var current = await shape.ReadAsync(queries, id, ct) ?? throw new RowNotFoundException(shape.Kind, id);
            return Row(http, shape, current, StatusCodes.Status412PreconditionFailed);
        }
    }

    // The body and the editor are read from the request here rather than bound as handler parameters typed
    // TInput and TEditor: the route-handler analyzer of .NET 10 crashes on parameters typed by a type parameter
    // (dotnet/aspnetcore#56831, fixed in .NET 11), which fails the build.
    private static TEditor Editor<TEditor>(HttpContext http)
        where TEditor : notnull => http.RequestServices.GetRequiredService<TEditor>();

    /// <summary>The JSON body as the editor's input: 415 when it is not JSON, 400 when it does not parse or a field has the
    /// wrong type (naming the field as the caller sent it).</summary>
    public static async Task<TInput> ReadInputAsync<TInput>(HttpContext http, string kind, CancellationToken ct)
    {
        if (!http.Request.HasJsonContentType())
        {
            throw new BadHttpRequestException($"Send the {kind} as JSON, with Content-Type: application/json.", StatusCodes.Status415UnsupportedMediaType);
        }

        var options = http.RequestServices.GetRequiredService<IOptions<HttpJsonOptions>>().Value.SerializerOptions;
        JsonNode? body;
        try
        {
            body = await JsonNode.ParseAsync(http.Request.Body, cancellationToken: ct);
        }
        catch (JsonException ex)
        {
            throw JsonBodyErrors.NotJson(ex, kind);
        }

        try
        {
            return body.Deserialize<TInput>(options) ?? throw new BadHttpRequestException($"The body is empty: send the {kind}'s fields as JSON.");
        }
        catch (JsonException ex)
        {
            throw JsonBodyErrors.WrongType(ex, typeof(TInput), kind);
        }
    }

    /// <summary>Reads the row and answers it with its ETag; 404 when it does not exist.</summary>
    public static async Task<IResult> RowAsync<TEntity, TInput>(
        HttpContext http, RowShape<TEntity, TInput> shape, AdminQueries queries, int id, int status, CancellationToken ct)
        where TEntity : EditableEntity
    {
        var row = await shape.ReadAsync(queries, id, ct) ?? throw new RowNotFoundException(shape.Kind, id);
        return Row(http, shape, row, status);
    }

    private static IResult Row<TEntity, TInput>(HttpContext http, RowShape<TEntity, TInput> shape, TEntity row, int status)
        where TEntity : EditableEntity
    {
        var options = http.RequestServices.GetRequiredService<IOptions<HttpJsonOptions>>().Value.SerializerOptions;
        http.Response.Headers.ETag = new EntityTagHeaderValue($"\"{row.Version}\"").ToString();
        return TypedResults.Json(shape.ToJson(row, options), options, statusCode: status);
    }

    /// <summary>The version in a strong <c>"&lt;guid&gt;"</c> tag. Anything else (a weak tag, several tags, not a
    /// version) can match no row, so it reads as <see cref="Guid.Empty"/> and the editor answers it as stale.</summary>
    private static Guid VersionIn(StringValues ifMatch) =>
        EntityTagHeaderValue.TryParseStrictList([.. ifMatch.OfType<string>()], out var tags)
        && tags is [{ IsWeak: false } tag]
        && Guid.TryParse(tag.Tag.AsSpan().Trim('"'), out var version)
            ? version
            : Guid.Empty;
}
