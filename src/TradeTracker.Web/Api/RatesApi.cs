using TradeTracker.Web.Domain;
using TradeTracker.Web.Services;
using TradeTracker.Web.Setup;

namespace TradeTracker.Web.Api;

public sealed record SourceDto(string Publisher, string Title, string Url);

public sealed record RateLayerDto(
    int MeasureId, string Measure, string LegalBasis, string Coverage, decimal RatePercent,
    DateTimeOffset? InForceFrom, DateTimeOffset? InForceUntil, string TimeZone, string InForceFromLocal, string? InForceUntilLocal,
    IReadOnlyList<SourceDto> Sources);

public sealed record RatesDto(
    string Imposer, string Target, DateTimeOffset AsOf, string AsOfLocal, decimal HeadlinePercent,
    IReadOnlyList<RateLayerDto> Layers, IReadOnlyList<RateLayerDto> ProductLayers, ProductRateDto? Product);

/// <summary>One layer of a product's rate: the layer, whether it counts ("adds", "replaced", "excepted",
/// "coverageUnknown"), in words, and the measure that took it out.</summary>
public sealed record ProductLayerDto(RateLayerDto Layer, string Role, string RoleText, int? ByMeasureId, string? ByMeasure);

/// <summary>The rate on the product asked about with <c>hs</c>: the HS digits read, the total, and every layer's role.</summary>
public sealed record ProductRateDto(string Hs, decimal TotalPercent, IReadOnlyList<ProductLayerDto> Layers);

public static class RatesApi
{
    public static RouteGroupBuilder MapRatesApi(this RouteGroupBuilder api)
    {
        api.MapGet("/rates", GetRatesAsync)
            .WithName("GetRates")
            .WithSummary("The headline rate one economy charged another at an instant, with each layer and its sources; "
                + "with hs (an HS code such as 8517.13 or 7208), also the total on that product and what each layer does to it.");
        return api;
    }

    private static async Task<IResult> GetRatesAsync(
        string? imposer, string? target, string? asOf, string? hs, RateService rates, EconomyService economies, DisplayClock clock, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        var imposerEconomy = await economies.FindAsync(imposer, ct);
        var targetEconomy = await economies.FindAsync(target, ct);
        if (imposerEconomy is null)
        {
            errors["imposer"] = [string.IsNullOrWhiteSpace(imposer) ? "imposer is required: an ISO 3166-1 alpha-3 code such as USA." : $"'{imposer}' is not a known economy: use an ISO 3166-1 alpha-3 code such as USA."];
        }

        if (targetEconomy is null)
        {
            errors["target"] = [string.IsNullOrWhiteSpace(target) ? "target is required: an ISO 3166-1 alpha-3 code such as CHN." : $"'{target}' is not a known economy: use an ISO 3166-1 alpha-3 code such as CHN."];
        }

        // A bare date means the end of that day where the imposer declares its instants.
        var instant = clock.Now;
        if (!string.IsNullOrWhiteSpace(asOf)
            && !ZonedTime.TryParseAsOf(asOf, imposerEconomy?.TimeZoneId ?? clock.TimeZoneId, out instant, out var asOfError))
        {
            errors["asOf"] = [asOfError];
        }

        var hsDigits = "";
        if (hs is not null && !HsCode.TryNormalize(hs, out hsDigits, out var hsError))
        {
            errors["hs"] = [hsError];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, detail: string.Join(" ", errors.Values.SelectMany(v => v)));
        }

        var snapshot = await rates.GetSnapshotAsync(imposerEconomy!.Code, targetEconomy!.Code, instant, ct);
        return TypedResults.Ok(new RatesDto(
            snapshot.ImposerCode,
            snapshot.TargetCode,
            snapshot.At,
            ZonedTime.Format(snapshot.At, imposerEconomy.TimeZoneId),
            snapshot.HeadlinePercent,
            snapshot.HeadlineLayers.Select(l => ToDto(l, instant)).ToList(),
            snapshot.ProductLayers.Select(l => ToDto(l, instant)).ToList(),
            hs is null ? null : ToDto(ProductRate.For(snapshot, hsDigits), instant)));
    }

    private static ProductRateDto ToDto(ProductRate product, DateTimeOffset at) => new(
        product.HsDigits,
        product.TotalPercent,
        product.Layers.Select(l => new ProductLayerDto(
            ToDto(l.Layer, at), System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(l.Role.ToString()), Labels.Of(l), l.By?.Id, l.By?.Name)).ToList());

    /// <summary>A layer as known at the instant: its end only once that was decided (<see cref="RateCalculator.KnownUntil"/>).</summary>
    private static RateLayerDto ToDto(RateLayer layer, DateTimeOffset at)
    {
        var until = RateCalculator.KnownUntil(layer.Measure, layer.Step, at);
        return new RateLayerDto(
            layer.Measure.Id,
            layer.Measure.Name,
            layer.Measure.LegalBasis,
            Labels.Of(layer.Measure.Coverage),
            layer.Percent,
            layer.Step.InForceFrom,
            until,
            layer.Step.TimeZoneId,
            ZonedTime.Format(layer.Step.InForceFrom!.Value, layer.Step.TimeZoneId),
            until is { } end ? ZonedTime.Format(end, layer.Step.TimeZoneId) : null,
            layer.Step.Sources.Concat(layer.Measure.Sources).DistinctBy(s => s.Url).Select(s => new SourceDto(s.Publisher, s.Title, s.Url)).ToList());
    }
}
