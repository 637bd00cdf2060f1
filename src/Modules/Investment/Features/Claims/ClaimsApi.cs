using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Tianzhong.Kernel.Security;

namespace Tianzhong.Modules.Investment.Features.Claims;

/// <summary>Double claims under <c>/api/v1/investment/claims</c>.</summary>
public static class ClaimsApi
{
    public static void MapClaimsApi(this IEndpointRouteBuilder api)
    {
        var claims = api.MapGroup("/investment/claims").WithTags("Investment");

        claims.MapGet("/", async ([AsParameters] ClaimQuery query, ClaimDesk desk, CancellationToken ct) => TypedResults.Ok(await desk.SearchAsync(query, ct)))
            .RequireAuthorization(Policies.BusinessRead)
            .WithName("SearchClaims").WithSummary("Double claims, open first (a county sees those on its own projects)");

        claims.MapPost("/{id:guid}/decide", async (Guid id, DecideClaimRequest request, ClaimDesk desk, CancellationToken ct) => TypedResults.Ok(await desk.DecideAsync(id, request, ct)))
            .RequireAuthorization(Policies.CityWrite)
            .WithName("DecideClaim").WithSummary("Decide a double claim: firstShare 1 gives the first unit all, 0 the second, between splits (at most four decimals)");
    }
}
