using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Tianzhong.Kernel.Security;

namespace Tianzhong.Modules.Supervision.Features.Batches;

/// <summary>The 三个一批 and centralised signings under <c>/api/v1/supervision</c>.</summary>
public static class BatchesApi
{
    public static void MapBatchesApi(this IEndpointRouteBuilder api)
    {
        var supervision = api.MapGroup("/supervision").WithTags("Supervision");

        supervision.MapGet("/batches/{year:int}/{period:int}", async (int year, int period, BatchQueries queries, CancellationToken ct) => TypedResults.Ok(await queries.GetAsync(year, period, ct)))
            .RequireAuthorization(Policies.BusinessRead)
            .WithName("GetBatches")
            .WithSummary("The three batches (signed, started, in production) of one period of the year: per unit in gazette order the projects whose stage the city approved with a date in the period, "
                + "counted by count share, with contract investment weighted by the share (wan yuan), and the city total. The period is a quarter (1-4) or, when the year's ranking scheme says so, a bi-month (1-6); "
                + "the response lists the year's periods. Follows the caller's data scope.");

        supervision.MapGet("/batches/{year:int}/counts", async (int year, BatchQueries queries, CancellationToken ct) => TypedResults.Ok(await queries.YearCountsAsync(year, ct)))
            .RequireAuthorization(Policies.BusinessRead)
            .WithName("GetBatchYearCounts")
            .WithSummary("Per unit code, the projects signed, started and put into production across the year's periods (counted by share), as the annual assessment uses them");

        supervision.MapGet("/signings", async (int? year, SigningEvents signings, CancellationToken ct) => TypedResults.Ok(await signings.ListAsync(year, ct)))
            .RequireAuthorization(Policies.BusinessRead)
            .WithName("ListSignings")
            .WithSummary("The year's centralised signing events (default: this year) by date, each with its batch period under the year's cadence, project count and total contract investment (wan yuan)");

        supervision.MapGet("/signings/{id:guid}", async (Guid id, SigningEvents signings, CancellationToken ct) => TypedResults.Ok(await signings.GetAsync(id, ct)))
            .RequireAuthorization(Policies.BusinessRead)
            .WithName("GetSigning")
            .WithSummary("One centralised signing event with its projects as recorded; 404 when it does not exist");

        supervision.MapPost("/signings", async Task<Created<SigningView>> (RecordSigningRequest request, SigningEvents signings, CancellationToken ct) =>
            {
                var signing = await signings.RecordAsync(request, ct);
                return TypedResults.Created($"/api/v1/supervision/signings/{signing.Id}", signing);
            })
            .RequireAuthorization(Policies.CityWrite)
            .WithName("RecordSigning")
            .WithSummary("The city records a centralised signing (title, date at most a year ahead, place, signed projects without duplicates); each project's name, unit and contract investment are copied from the library now. Bad input gets 400 with field errors");
    }
}
