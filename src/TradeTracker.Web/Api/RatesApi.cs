using System.Text.Json;
using TradeTracker.Web.Domain;
using TradeTracker.Web.Services;

namespace TradeTracker.Web.Api;

public sealed record SourceDto(string Publisher, string Title, string Url);

/// <summary>One layer: its measure and step, whether the measure is uncertain, and, for a measure a court held void, why
/// (<c>invalidation</c>, "Invalidated by the Supreme Court, February 20, 2026; duties paid refundable") and the ruling.</summary>
public sealed record RateLayerDto(
    int MeasureId, string Measure, string LegalBasis, string Coverage, decimal RatePercent,
    DateTimeOffset? InForceFrom, DateTimeOffset? InForceUntil, string TimeZone, string InForceFromLocal, string? InForceUntilLocal,
    bool Uncertain, string? Invalidation, int? InvalidatedByEventId, IReadOnlyList<SourceDto> Sources);

/// <summary>The rate one economy charged another: <c>coverage</c> is "tracked", "globalOnly" (only the imposer's global
/// measures are recorded for this pair) or "notTracked" (nothing recorded: <c>headlinePercent</c> is null, not 0);
/// <c>reviewedOn</c> is the latest review day of the pair's measures; <c>known</c> is true for the "as known then" view.</summary>
public sealed record RatesDto(
    string Imposer, string Target, DateTimeOffset AsOf, string AsOfLocal, bool Known, string Coverage, DateOnly? ReviewedOn,
    decimal? HeadlinePercent, IReadOnlyList<RateLayerDto> Layers, IReadOnlyList<RateLayerDto> ProductLayers, ProductRateDto? Product);

/// <summary>One layer of a product's rate: the layer, whether it counts ("adds", "replaced", "excepted",
/// "coverageUnknown"), in words, the measure that took it out, and, when the code asked about is shorter than the lines
/// the layer lists, which of them it covers (<c>lines</c>, at most five, of <c>lineCount</c>; <c>linesText</c> in words).</summary>
public sealed record ProductLayerDto(
    RateLayerDto Layer, string Role, string RoleText, int? ByMeasureId, string? ByMeasure,
    IReadOnlyList<string> Lines, int LineCount, string? LinesText);

/// <summary>The rate on the product asked about with <c>hs</c>: the HS digits read, the total (null for a pair not
/// tracked), what the covering measures say the product is, and every layer's role.</summary>
public sealed record ProductRateDto(string Hs, decimal? TotalPercent, IReadOnlyList<string> Descriptions, IReadOnlyList<ProductLayerDto> Layers);

public static class RatesApi
{
    public static RouteGroupBuilder MapRatesApi(this RouteGroupBuilder api)
    {
        api.MapGet("/rates", GetRatesAsync)
            .WithName("GetRates")
            .WithSummary("The headline rate one economy charged another at an instant, with each layer and its sources; "
                + "with hs (an HS code such as 8517.13 or 7208), also the total on that product and what each layer does to it. "
                + "By default what legally applied at the instant (later corrections with retroactive effect included); known=1 "
                + "shows only what had been announced by then.");
        return api;
    }

    private static async Task<IResult> GetRatesAsync(
        string? imposer, string? target, string? asOf, string? hs, string? known, RateService rates, EconomyService economies, DisplayClock clock, CancellationToken ct)
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

        var answer = await rates.GetRateAsync(imposerEconomy!.Code, targetEconomy!.Code, new AsOf(instant, AsOf.ModeFrom(known)), hs is null ? null : hsDigits, ct);
        var snapshot = answer.Snapshot;
        return TypedResults.Ok(new RatesDto(
            snapshot.ImposerCode,
            snapshot.TargetCode,
            snapshot.At,
            ZonedTime.Format(snapshot.At, imposerEconomy.TimeZoneId),
            snapshot.AsOf.KnownThen,
            CamelCase(answer.Coverage),
            answer.ReviewedOn,
            answer.HeadlinePercent,
            snapshot.HeadlineLayers.Select(l => ToDto(l, snapshot.AsOf)).ToList(),
            snapshot.ProductLayers.Select(l => ToDto(l, snapshot.AsOf)).ToList(),
            answer.Product is { } product ? ToDto(product, answer.ProductPercent) : null));
    }

    private static string CamelCase<T>(T value) where T : struct, Enum => JsonNamingPolicy.CamelCase.ConvertName(value.ToString());

    private static ProductRateDto ToDto(ProductRate product, decimal? total) => new(
        product.HsDigits,
        total,
        product.Descriptions,
        product.Layers.Select(l => new ProductLayerDto(
            ToDto(l.Layer, product.AsOf), CamelCase(l.Role), Labels.Of(l), l.By?.Id, l.By?.Name,
            (l.Lines ?? []).Select(HsCode.Format).ToList(), l.LineCount, l.LinesText(product.HsDigits))).ToList());

    /// <summary>A layer as the view shows it: its real end, or as known then only once that was decided
    /// (<see cref="RateCalculator.Until"/>).</summary>
    private static RateLayerDto ToDto(RateLayer layer, AsOf asOf)
    {
        var until = RateCalculator.Until(layer.Measure, layer.Step, asOf);
        return new RateLayerDto(
            layer.Measure.Id,
            layer.Measure.Name,
            layer.Step.LegalBasisOr(layer.Measure),
            Labels.Of(layer.Measure.Coverage),
            layer.Percent,
            layer.Step.InForceFrom,
            until,
            layer.Step.TimeZoneId,
            ZonedTime.Format(layer.Step.InForceFrom!.Value, layer.Step.TimeZoneId),
            until is { } end ? ZonedTime.Format(end, layer.Step.TimeZoneId) : null,
            layer.Measure.Confidence == Confidence.Uncertain,
            layer.Measure.InvalidationTextIn(asOf, layer.Step.TimeZoneId),
            layer.Measure.InvalidationTextIn(asOf, layer.Step.TimeZoneId) is null ? null : layer.Measure.InvalidatedByEventId,
            Source.InCitedOrder(layer.Step.Sources).Concat(Source.InCitedOrder(layer.Measure.Sources)).DistinctBy(s => s.Url).Select(s => new SourceDto(s.Publisher, s.Title, s.Url)).ToList());
    }
}
