using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Tianzhong.Kernel.Security;

namespace Tianzhong.Modules.Chains.Features.Matching;

/// <summary>Precision matching (精准招商) under <c>/api/v1/chains</c>: recommendations, following them, the weights.</summary>
public static class MatchingApi
{
    public static void MapMatchingApi(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/chains").WithTags("Chains");

        group.MapGet("/matching/weights", async (MatchingWeights weights, CancellationToken ct) => TypedResults.Ok(await weights.GetAsync(ct)))
            .RequireAuthorization(Policies.BusinessRead)
            .WithName("GetMatchingWeights").WithSummary("The city's weights of the six score parts (the platform's defaults 30/20/10/15/15/10 until the city saves its own)");

        group.MapPut("/matching/weights", async (SaveWeightsRequest request, MatchingWeights weights, CancellationToken ct) => TypedResults.Ok(await weights.SaveAsync(request, ct)))
            .RequireAuthorization(Policies.CityWrite)
            .WithName("SaveMatchingWeights").WithSummary("The city sets the weights; a weight below zero or all weights zero is 400 naming the field, a stale version 409");

        group.MapGet("/recommendations/unit/{code}", async (string code, [AsParameters] RecommendationQuery query, Recommendations recommendations, CancellationToken ct) => TypedResults.Ok(await recommendations.ForUnitAsync(code, query, ct)))
            .RequireAuthorization(Policies.BusinessRead)
            .WithName("GetUnitRecommendations").WithSummary("Every live organisation ranked for a unit: its score is the best over the chains whose direction the unit hosts, with the parts and reasons");

        group.MapGet("/{code}/recommendations", async (string code, [AsParameters] RecommendationQuery query, Recommendations recommendations, CancellationToken ct) => TypedResults.Ok(await recommendations.ForChainAsync(code, query, ct)))
            .RequireAuthorization(Policies.BusinessRead)
            .WithName("GetChainRecommendations").WithSummary("Every live organisation ranked for a chain (or one link with linkId): total score, the six weighted parts and one reason line each; filters listedOnly, minScore, traits, search");

        // {id} is the organisation to follow.
        group.MapPost("/{code}/recommendations/{id:guid}/follow", async Task<Created<FollowResult>> (string code, Guid id, FollowRequest request, FollowRecommendation follow, CancellationToken ct) =>
            {
                var result = await follow.FollowAsync(code, id, request, ct);
                return TypedResults.Created($"/api/v1/investment/projects/{result.ProjectId}", result);
            })
            .RequireAuthorization(Policies.UnitWrite)
            .WithName("FollowRecommendation").WithSummary("Puts a lead in the project library: a negotiating project of the chain's direction for the unit with the organisation as investor, attached to the link if given; a county only for its own unit (403); a lead still negotiating is 409");
    }
}
