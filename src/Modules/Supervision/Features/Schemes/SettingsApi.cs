using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Tianzhong.Kernel.Security;

namespace Tianzhong.Modules.Supervision.Features.Schemes;

/// <summary>Ranking schemes and annual targets under <c>/api/v1/supervision</c>.</summary>
public static class SettingsApi
{
    public static void MapSettingsApi(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/supervision").WithTags("Supervision");

        group.MapGet("/schemes/{year:int}", async (int year, SchemeQueries queries, CancellationToken ct) => TypedResults.Ok(await queries.GetAsync(year, ct)))
            .RequireAuthorization(Policies.BusinessRead)
            .WithName("GetRankingScheme").WithSummary("The year's ranking scheme (weights, normalisation, leading-industry and major-industrial bonuses, colour margin), assessment rule and batch cadence; plan A's defaults until the city saves one");

        group.MapPut("/schemes/{year:int}", async (int year, SaveSchemeRequest request, SchemeCommands commands, CancellationToken ct) => TypedResults.Ok(await commands.SaveAsync(year, request, ct)))
            .RequireAuthorization(Policies.CityWrite)
            .WithName("SaveRankingScheme").WithSummary("The city saves the year's scheme; weights must add up to 100 (400 names each broken rule); closed months keep the ranking they were closed with");

        group.MapGet("/targets/{year:int}", async (int year, Targets targets, CancellationToken ct) => TypedResults.Ok(await targets.GetAsync(year, ct)))
            .RequireAuthorization(Policies.BusinessRead)
            .WithName("GetAnnualTargets").WithSummary("Each unit's annual targets per indicator (a county sees its own) with the city targets plan A implies for the year");

        group.MapPut("/targets/{year:int}", async (int year, SaveTargetsRequest request, Targets targets, CancellationToken ct) => TypedResults.Ok(await targets.SaveAsync(year, request, ct)))
            .RequireAuthorization(Policies.CityWrite)
            .WithName("SaveAnnualTargets").WithSummary("The city sets targets, all or none; a target below zero is 400 naming the row, a stale version 409");

        group.MapPost("/targets/{year:int}/plan-defaults", async (int year, Targets targets, CancellationToken ct) => TypedResults.Ok(await targets.ApplyPlanDefaultsAsync(year, ct)))
            .RequireAuthorization(Policies.CityWrite)
            .WithName("ApplyPlanTargets").WithSummary("Fills every target not yet set with plan A's split: funds from outside the province 38.64 billion yuan and from outside the city 89.23 billion yuan by 2025 at 3.5% and 5% a year, 60 projects of 1 billion yuan or more a year, divided equally among the units");
    }
}
