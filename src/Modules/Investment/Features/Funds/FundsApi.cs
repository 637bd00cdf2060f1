using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Tianzhong.Kernel.Security;

namespace Tianzhong.Modules.Investment.Features.Funds;

/// <summary>Funds in place (实际到位资金) under <c>/api/v1/investment</c>.</summary>
public static class FundsApi
{
    public static void MapFundsApi(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/investment").WithTags("Investment");

        group.MapPost("/projects/{id:guid}/funds", async Task<Created<FundsView>> (Guid id, RecordFundsRequest request, FundsRecording recording, CancellationToken ct) =>
            {
                var record = await recording.RecordAsync(id, request, ct);
                return TypedResults.Created($"/api/v1/investment/funds/{record.Id}", record);
            })
            .RequireAuthorization(Policies.UnitWrite)
            .WithName("RecordFunds").WithSummary("Record funds actually in place for a signed project (pending until the city verifies); amounts in ten-thousands (wan) of the currency with its rate to yuan; 400 names the field");

        group.MapGet("/projects/{id:guid}/funds", async (Guid id, FundsQueries queries, CancellationToken ct) => TypedResults.Ok(await queries.ForProjectAsync(id, ct)))
            .RequireAuthorization(Policies.BusinessRead)
            .WithName("ListProjectFunds").WithSummary("A project's funds records with verified, pending and count-share-weighted totals in wan yuan");

        group.MapGet("/funds", async ([AsParameters] FundsQuery query, FundsQueries queries, CancellationToken ct) => TypedResults.Ok(await queries.SearchAsync(query, ct)))
            .RequireAuthorization(Policies.BusinessRead)
            .WithName("SearchFunds").WithSummary("Funds records by unit, status, source and received date, paged (a county officer sees only its own unit's)");

        group.MapGet("/funds/totals", async ([AsParameters] FundsTotalsQuery query, FundsQueries queries, CancellationToken ct) => TypedResults.Ok(await queries.TotalsAsync(query, ct)))
            .RequireAuthorization(Policies.BusinessRead)
            .WithName("FundsTotals").WithSummary("Verified funds in wan yuan by unit, month, year or project, each weighted by its project's count share, with funds from outside the province and outside the city as configured (Investment:Funds)");

        group.MapPost("/funds/{id:guid}/verify", async (Guid id, DecideFundsRequest request, FundsRecording recording, CancellationToken ct) => TypedResults.Ok(await recording.VerifyAsync(id, request, ct)))
            .RequireAuthorization(Policies.CityWrite)
            .WithName("VerifyFunds").WithSummary("The city verifies a pending funds record (it then counts); a stale version or a record already decided gets 409");

        group.MapPost("/funds/{id:guid}/reject", async (Guid id, DecideFundsRequest request, FundsRecording recording, CancellationToken ct) => TypedResults.Ok(await recording.RejectAsync(id, request, ct)))
            .RequireAuthorization(Policies.CityWrite)
            .WithName("RejectFunds").WithSummary("The city rejects a pending funds record with a remark; a stale version or a record already decided gets 409");
    }
}
