using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Tianzhong.Kernel.Security;

namespace Tianzhong.Modules.Investment.Features.Projects;

/// <summary>The project library under <c>/api/v1/investment/projects</c>.</summary>
public static class ProjectsApi
{
    public static void MapProjectsApi(this IEndpointRouteBuilder api)
    {
        var projects = api.MapGroup("/investment/projects").WithTags("Investment");

        projects.MapGet("/", async ([AsParameters] ProjectQuery query, ProjectQueries queries, CancellationToken ct) => TypedResults.Ok(await queries.SearchAsync(query, ct)))
            .RequireAuthorization(Policies.BusinessRead)
            .WithName("SearchProjects").WithSummary("Search the project library (a county officer sees only its own unit's projects)");

        projects.MapGet("/{id:guid}", async (Guid id, ProjectQueries queries, CancellationToken ct) => TypedResults.Ok(await queries.GetAsync(id, ct)))
            .RequireAuthorization(Policies.BusinessRead)
            .WithName("GetProject").WithSummary("One project; 404 when it does not exist or lies outside the caller's scope");

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
    }
}
