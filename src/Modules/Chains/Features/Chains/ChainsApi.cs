using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Tianzhong.Kernel.Security;
using Tianzhong.Modules.Chains.Features.Settings;

namespace Tianzhong.Modules.Chains.Features.Chains;

/// <summary>Industry chains, their links and attachments, and the gap rules under <c>/api/v1/chains</c>.</summary>
public static class ChainsApi
{
    public static void MapChainsEndpoints(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/chains").WithTags("Chains");

        group.MapGet("/", async (ChainQueries queries, CancellationToken ct) => TypedResults.Ok(await queries.ListAsync(ct)))
            .RequireAuthorization(Policies.BusinessRead)
            .WithName("ListChains").WithSummary("Every industry chain in plan order with its category, chain leader, alliance head and its links' figures: missing, weak and strong links, local enterprises, counted projects and their investment");

        group.MapGet("/settings/gap-rules", async (GapRulesSettings settings, CancellationToken ct) => TypedResults.Ok(await settings.GetAsync(ct)))
            .RequireAuthorization(Policies.BusinessRead)
            .WithName("GetGapRules").WithSummary("The gap rules in force: how many local enterprises and counted projects and how much counted investment make a link strong");

        group.MapPut("/settings/gap-rules", async (SaveGapRulesRequest request, GapRulesSettings settings, CancellationToken ct) => TypedResults.Ok(await settings.SaveAsync(request, ct)))
            .RequireAuthorization(Policies.CityWrite)
            .WithName("SaveGapRules").WithSummary("The city sets the gap rules; at least one player and no negative investment (400 names each broken rule), a stale version 409");

        group.MapGet("/{code}", async (string code, ChainQueries queries, CancellationToken ct) => TypedResults.Ok(await queries.GetAsync(code, ct)))
            .RequireAuthorization(Policies.BusinessRead)
            .WithName("GetChain").WithSummary("One chain by its direction code with its masters and its links in tree order, each with figures, gap status and suggestion (fill, strengthen, extend)");

        group.MapPut("/{code}", async (string code, EditChainRequest request, ChainCommands commands, CancellationToken ct) => TypedResults.Ok(await commands.EditChainAsync(code, request, ct)))
            .RequireAuthorization(Policies.CityWrite)
            .WithName("EditChain").WithSummary("The city renames the chain and names its chain leader and alliance head; a stale version 409");

        group.MapPut("/{code}/masters", async (string code, SetMastersRequest request, ChainCommands commands, CancellationToken ct) => TypedResults.Ok(await commands.SetMastersAsync(code, request, ct)))
            .RequireAuthorization(Policies.CityWrite)
            .WithName("SetChainMasters").WithSummary("The city sets the chain's master enterprises (organisations of the investor resources), sent whole; a stale version 409");

        group.MapPost("/{code}/links", async (string code, AddLinkRequest request, ChainCommands commands, CancellationToken ct) => TypedResults.Ok(await commands.AddLinkAsync(code, request, ct)))
            .RequireAuthorization(Policies.CityWrite)
            .WithName("AddChainLink").WithSummary("The city adds a link under a parent of the same chain (or as a first link); a name used in the chain or a bad parent is 400");

        group.MapGet("/links/{id:guid}", async (Guid id, ChainQueries queries, CancellationToken ct) => TypedResults.Ok(await queries.GetLinkAsync(id, ct)))
            .RequireAuthorization(Policies.BusinessRead)
            .WithName("GetChainLink").WithSummary("A link with its figures, status and suggestion, its local and target enterprises and the attached projects the caller may see");

        group.MapPut("/links/{id:guid}", async (Guid id, EditLinkRequest request, ChainCommands commands, CancellationToken ct) => TypedResults.Ok(await commands.EditLinkAsync(id, request, ct)))
            .RequireAuthorization(Policies.CityWrite)
            .WithName("EditChainLink").WithSummary("The city renames a link and sets its segment and note; a stale version 409");

        group.MapPut("/links/{id:guid}/parent", async (Guid id, MoveLinkRequest request, ChainCommands commands, CancellationToken ct) => TypedResults.Ok(await commands.MoveLinkAsync(id, request, ct)))
            .RequireAuthorization(Policies.CityWrite)
            .WithName("MoveChainLink").WithSummary("The city moves a link under another parent; the link itself, one of its descendants (a cycle), another chain's link or an unknown link is 400 on parentId and nothing changes");

        group.MapDelete("/links/{id:guid}", async (Guid id, int version, ChainCommands commands, CancellationToken ct) =>
            {
                await commands.DeleteLinkAsync(id, version, ct);
                return TypedResults.NoContent();
            })
            .RequireAuthorization(Policies.CityWrite)
            .WithName("DeleteChainLink").WithSummary("The city deletes a link; a link with child links or with anything attached is 409, a stale version 409");

        group.MapPost("/links/{id:guid}/organisations", async (Guid id, AttachOrganisationRequest request, ChainAttachments attachments, CancellationToken ct) => TypedResults.Ok(await attachments.AttachOrganisationAsync(id, request, ct)))
            .RequireAuthorization(Policies.UnitWrite)
            .WithName("AttachChainOrganisation").WithSummary("Attaches a local enterprise (with its unit; a county only its own) or a target enterprise to a link; the same one twice is 409");

        group.MapPost("/links/{id:guid}/projects", async (Guid id, AttachProjectRequest request, ChainAttachments attachments, CancellationToken ct) => TypedResults.Ok(await attachments.AttachProjectAsync(id, request, ct)))
            .RequireAuthorization(Policies.UnitWrite)
            .WithName("AttachChainProject").WithSummary("Attaches a project to a link; a project the caller cannot see is 404, a county only its own unit's projects, the same one twice 409");

        group.MapDelete("/links/{id:guid}/attachments", async (Guid id, long attachmentId, ChainAttachments attachments, CancellationToken ct) => TypedResults.Ok(await attachments.DetachAsync(id, attachmentId, ct)))
            .RequireAuthorization(Policies.UnitWrite)
            .WithName("DetachChainAttachment").WithSummary("Detaches an enterprise or project (the attachmentId query parameter) from a link; a county only its own unit's local enterprises and projects");
    }
}
