using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Tianzhong.Kernel.Security;

namespace Tianzhong.Modules.Map.Features.Opportunities;

/// <summary>Cooperation opportunities under <c>/api/v1/map/opportunities</c>.</summary>
public static class OpportunitiesApi
{
    public static void MapOpportunitiesApi(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/map/opportunities").WithTags("Map");

        group.MapGet("/", async ([AsParameters] OpportunityQuery query, Opportunities opportunities, CancellationToken ct) => TypedResults.Ok(await opportunities.SearchAsync(query, ct)))
            .RequireAuthorization(Policies.BusinessRead)
            .WithName("SearchOpportunities").WithSummary("Cooperation opportunities by unit, industry direction, status and title, paged (promotional information: every unit's are readable)");

        group.MapGet("/{id:guid}", async (Guid id, Opportunities opportunities, CancellationToken ct) => TypedResults.Ok(await opportunities.GetAsync(id, ct)))
            .RequireAuthorization(Policies.BusinessRead)
            .WithName("GetOpportunity").WithSummary("One cooperation opportunity: unit, industry direction, investment, description, contact, status");

        group.MapPost("/", async Task<Created<OpportunityView>> (OpportunityRequest request, Opportunities opportunities, CancellationToken ct) =>
            {
                var opportunity = await opportunities.CreateAsync(request, ct);
                return TypedResults.Created($"/api/v1/map/opportunities/{opportunity.Id}", opportunity);
            })
            .RequireAuthorization(Policies.UnitWrite)
            .WithName("CreateOpportunity").WithSummary("Publish a cooperation opportunity (investment not negative, direction from plan A); county officers only for their own unit");

        group.MapPut("/{id:guid}", async (Guid id, OpportunityRequest request, Opportunities opportunities, CancellationToken ct) => TypedResults.Ok(await opportunities.ReviseAsync(id, request, ct)))
            .RequireAuthorization(Policies.UnitWrite)
            .WithName("ReviseOpportunity").WithSummary("Revise a cooperation opportunity; a stale version gets 409; another unit's opportunity 403");

        group.MapDelete("/{id:guid}", async (Guid id, int version, Opportunities opportunities, CancellationToken ct) =>
            {
                await opportunities.DeleteAsync(id, version, ct);
                return TypedResults.NoContent();
            })
            .RequireAuthorization(Policies.UnitWrite)
            .WithName("DeleteOpportunity").WithSummary("Remove a cooperation opportunity (query parameter version: the version read; stale gets 409)");
    }
}
