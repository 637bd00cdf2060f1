using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Tianzhong.Kernel.Security;

namespace Tianzhong.Modules.Investment.Features.Rates;

/// <summary>The plan's rates under <c>/api/v1/investment/rates</c>.</summary>
public static class RatesApi
{
    public static void MapRatesApi(this IEndpointRouteBuilder api) =>
        api.MapGroup("/investment").WithTags("Investment")
            .MapGet("/rates", async (DateOnly? from, DateOnly? to, PlanRatesQuery rates, CancellationToken ct) => TypedResults.Ok(await rates.GetAsync(from, to, ct)))
            .RequireAuthorization(Policies.BusinessRead)
            .WithName("PlanRates")
            .WithSummary("The six plan rates (value, numerator, denominator) for the city and each unit over [from, to] (default: this year to date; at most 10 years). "
                + "Only approved stages, verified funds and non-history projects count, each weighted by its count share. "
                + "A county officer gets its own unit's line only (scope OwnUnit, no city line), because its data scope hides other units' funds.");
}
