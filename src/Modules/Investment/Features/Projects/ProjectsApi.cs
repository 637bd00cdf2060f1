using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Tianzhong.Kernel.Security;
using Tianzhong.Modules.Investment.Features.ThreeOnes;

namespace Tianzhong.Modules.Investment.Features.Projects;

/// <summary>The project library under <c>/api/v1/investment/projects</c>, with its board, timeline and 三个一.</summary>
public static class ProjectsApi
{
    public static void MapProjectsApi(this IEndpointRouteBuilder api)
    {
        var projects = api.MapGroup("/investment/projects").WithTags("Investment");

        projects.MapGet("/", async ([AsParameters] ProjectQuery query, ProjectQueries queries, CancellationToken ct) => TypedResults.Ok(await queries.SearchAsync(query, ct)))
            .RequireAuthorization(Policies.BusinessRead)
            .WithName("SearchProjects").WithSummary("Search the project library by project or investor name with filters, sorting and paging (a county officer sees its own projects and other units' non-confidential ones)");

        projects.MapGet("/board", async ([AsParameters] ProjectQuery query, ProjectBoard board, CancellationToken ct) => TypedResults.Ok(await board.GetAsync(query, ct)))
            .RequireAuthorization(Policies.BusinessRead)
            .WithName("ProjectBoard").WithSummary("The library by stage over the list's filters: count, contract investment (weighted by count share) and the largest projects per stage");

        projects.MapGet("/{id:guid}", async (Guid id, ProjectQueries queries, CancellationToken ct) => TypedResults.Ok(await queries.GetAsync(id, ct)))
            .RequireAuthorization(Policies.BusinessRead)
            .WithName("GetProject").WithSummary("One project; 404 when it does not exist, 403 (audited) when it is another unit's confidential project");

        projects.MapGet("/{id:guid}/timeline", async (Guid id, ProjectTimeline timeline, CancellationToken ct) => TypedResults.Ok(await timeline.GetAsync(id, ct)))
            .RequireAuthorization(Policies.BusinessRead)
            .WithName("ProjectTimeline").WithSummary("Everything that happened to a project, newest first: stages, evidence, funds, interactions, milestones");

        projects.MapPost("/", async Task<Created<ProjectView>> (RegisterProjectRequest request, ProjectRegistration registration, CancellationToken ct) =>
            {
                var project = await registration.RegisterAsync(request, ct);
                return TypedResults.Created($"/api/v1/investment/projects/{project.Id}", project);
            })
            .RequireAuthorization(Policies.UnitWrite)
            .WithName("RegisterProject").WithSummary("Register a project (stage Negotiating) for a unit; county officers only for their own unit");

        projects.MapPut("/{id:guid}", async (Guid id, ReviseProjectRequest request, ProjectRegistration registration, CancellationToken ct) =>
                TypedResults.Ok(await registration.ReviseAsync(id, request, ct)))
            .RequireAuthorization(Policies.UnitWrite)
            .WithName("ReviseProject").WithSummary("Revise a project's figures; a stale version gets 409");

        projects.MapGet("/{id:guid}/three-ones", async (Guid id, ThreeOnesPlanning planning, CancellationToken ct) => TypedResults.Ok(await planning.GetAsync(id, ct)))
            .RequireAuthorization(Policies.BusinessRead)
            .WithName("GetThreeOnes").WithSummary("Three-ones (one leader, one team, one plan): the responsible leader, the service team and the action plan's milestones (overdue ones flagged)");

        projects.MapPut("/{id:guid}/three-ones", async (Guid id, AssignThreeOnesRequest request, ThreeOnesPlanning planning, CancellationToken ct) => TypedResults.Ok(await planning.AssignAsync(id, request, ct)))
            .RequireAuthorization(Policies.CityWrite)
            .WithName("AssignThreeOnes").WithSummary("The city names the responsible leader (a Leader account) and the service team of a project of 1 yi yuan (100 million) or more; stale version → 409");

        projects.MapPost("/{id:guid}/milestones", async Task<Created<MilestoneView>> (Guid id, MilestoneRequest request, ThreeOnesPlanning planning, CancellationToken ct) =>
            {
                var milestone = await planning.PlanAsync(id, request, ct);
                return TypedResults.Created($"/api/v1/investment/milestones/{milestone.Id}", milestone);
            })
            .RequireAuthorization(Policies.UnitWrite)
            .WithName("PlanMilestone").WithSummary("Add a step to a project's action plan with its owner and due date");

        api.MapGet("/investment/history-projects", async (HistoricalProjects history, CancellationToken ct) => TypedResults.Ok(await history.ListAsync(ct)))
            .WithTags("Investment").RequireAuthorization(Policies.BusinessRead)
            .WithName("HistoricalProjects").WithSummary("The 13th-plan projects plan A part 1(1) names as signed and landed (names only, as the gazette gives them)");

        var milestones = api.MapGroup("/investment/milestones").WithTags("Investment");
        milestones.MapPut("/{id:guid}", async (Guid id, MilestoneRequest request, ThreeOnesPlanning planning, CancellationToken ct) => TypedResults.Ok(await planning.ReviseAsync(id, request, ct)))
            .RequireAuthorization(Policies.UnitWrite)
            .WithName("ReviseMilestone").WithSummary("Change a milestone's title, owner or due date; stale version → 409");
        milestones.MapPost("/{id:guid}/complete", async (Guid id, CompleteMilestoneRequest request, ThreeOnesPlanning planning, CancellationToken ct) => TypedResults.Ok(await planning.CompleteAsync(id, request, ct)))
            .RequireAuthorization(Policies.UnitWrite)
            .WithName("CompleteMilestone").WithSummary("Mark a milestone done (today unless a date is given; never in the future)");
        milestones.MapPost("/{id:guid}/reopen", async (Guid id, CompleteMilestoneRequest request, ThreeOnesPlanning planning, CancellationToken ct) => TypedResults.Ok(await planning.ReopenAsync(id, request.Version, ct)))
            .RequireAuthorization(Policies.UnitWrite)
            .WithName("ReopenMilestone").WithSummary("Reopen a milestone marked done by mistake");
    }
}
