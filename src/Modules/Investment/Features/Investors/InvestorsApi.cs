using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Tianzhong.Kernel.Security;
using Tianzhong.Modules.Investment.Features.Claims;
using Tianzhong.Modules.Registry.Contracts;

namespace Tianzhong.Modules.Investment.Features.Investors;

/// <summary>Investor resources (客商资源库): organisations, contacts, interactions and project investors.</summary>
public static class InvestorsApi
{
    public static void MapInvestorsApi(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/investment").WithTags("Investment");

        group.MapGet("/organisations", async ([AsParameters] OrganisationQuery query, OrganisationQueries queries, CancellationToken ct) => TypedResults.Ok(await queries.SearchAsync(query, ct)))
            .RequireAuthorization(Policies.BusinessRead)
            .WithName("SearchOrganisations").WithSummary("Live (not merged) organisations: name or credit-code search, trait filter, paged, with the caller's visible project count");

        group.MapGet("/organisations/{id:guid}", async (Guid id, OrganisationQueries queries, CancellationToken ct) => TypedResults.Ok(await queries.GetAsync(id, ct)))
            .RequireAuthorization(Policies.BusinessRead)
            .WithName("GetOrganisation").WithSummary("One organisation with its visible projects, latest interactions and masked contacts; a merged one carries mergedIntoId");

        group.MapPost("/organisations", async Task<Created<OrganisationSummary>> (RegisterOrganisationRequest request, OrganisationRegistration registration, CancellationToken ct) =>
            {
                var created = await registration.RegisterAsync(request, ct);
                return TypedResults.Created($"/api/v1/investment/organisations/{created.Id}", created);
            })
            .RequireAuthorization(Policies.UnitWrite)
            .WithName("RegisterOrganisation").WithSummary("Register an organisation: a used credit code gets 409 naming its owner; a similar name gets 409 listing the names unless acknowledgeSimilar");

        group.MapPut("/organisations/{id:guid}/profile", async (Guid id, OrganisationProfileRequest request, OrganisationRegistration registration, CancellationToken ct) =>
                TypedResults.Ok(await registration.DescribeAsync(id, request, ct)))
            .RequireAuthorization(Policies.UnitWrite)
            .WithName("DescribeOrganisation").WithSummary("Set an organisation's traits, region and foreign flag; a stale version gets 409");

        group.MapGet("/organisations/{id:guid}/similar", async (Guid id, OrganisationQueries queries, CancellationToken ct) => TypedResults.Ok(await queries.SimilarAsync(id, ct)))
            .RequireAuthorization(Policies.BusinessRead)
            .WithName("SimilarOrganisations").WithSummary("Live organisations with a similar name: possible duplicates to merge");

        group.MapGet("/organisations/similar", async (string? name, OrganisationQueries queries, CancellationToken ct) => TypedResults.Ok(await queries.SimilarToAsync(name ?? string.Empty, null, ct)))
            .RequireAuthorization(Policies.BusinessRead)
            .WithName("SimilarOrganisationNames").WithSummary("Live organisations with a name similar to the one given (warning before registering)");

        group.MapPost("/organisations/{id:guid}/merge", async (Guid id, MergeOrganisationsRequest request, OrganisationMerge merge, CancellationToken ct) =>
                TypedResults.Ok(await merge.MergeAsync(id, request, ct)))
            .RequireAuthorization(Policies.CityWrite)
            .WithName("MergeOrganisations").WithSummary("Merge a duplicate (mergedId) into this organisation: project links, interactions and contacts move, then the duplicate is marked merged");

        group.MapGet("/organisations/{id:guid}/contacts", async (Guid id, ContactBook contacts, CancellationToken ct) => TypedResults.Ok(await contacts.ListAsync(id, ct)))
            .RequireAuthorization(Policies.BusinessRead)
            .WithName("ListContacts").WithSummary("An organisation's contacts, phones and e-mails masked");

        group.MapPost("/organisations/{id:guid}/contacts", async Task<Created<ContactView>> (Guid id, ContactRequest request, ContactBook contacts, CancellationToken ct) =>
            {
                var created = await contacts.AddAsync(id, request, ct);
                return TypedResults.Created($"/api/v1/investment/contacts/{created.Id}", created);
            })
            .RequireAuthorization(Policies.UnitWrite)
            .WithName("AddContact").WithSummary("Add a contact (mainland mobile or landline with area code; e-mail format)");

        group.MapGet("/contacts/{id:guid}", async (Guid id, ContactBook contacts, CancellationToken ct) => TypedResults.Ok(await contacts.GetFullAsync(id, ct)))
            .RequireAuthorization(Policies.UnitWrite)
            .WithName("GetContact").WithSummary("One contact with the full phone and e-mail; the read is audited as personal data viewed");

        group.MapPut("/contacts/{id:guid}", async (Guid id, ReviseContactRequest request, ContactBook contacts, CancellationToken ct) =>
                TypedResults.Ok(await contacts.ReviseAsync(id, request, ct)))
            .RequireAuthorization(Policies.UnitWrite)
            .WithName("ReviseContact").WithSummary("Edit a contact; a stale version gets 409");

        group.MapPost("/interactions", async Task<Created<InteractionView>> (RecordInteractionRequest request, InteractionLog log, CancellationToken ct) =>
            {
                var created = await log.RecordAsync(request, ct);
                return TypedResults.Created($"/api/v1/investment/interactions?organisationId={created.OrganisationId}", created);
            })
            .RequireAuthorization(Policies.UnitWrite)
            .WithName("RecordInteraction").WithSummary("Record a visit, talks, online meeting, event or call; the unit is the project's, else the caller's (city officers name one)");

        group.MapGet("/interactions", async ([AsParameters] InteractionQuery query, InteractionLog log, CancellationToken ct) => TypedResults.Ok(await log.SearchAsync(query, ct)))
            .RequireAuthorization(Policies.BusinessRead)
            .WithName("SearchInteractions").WithSummary("Interactions by organisation, project, unit and date range, newest first, paged (a county sees its own)");

        group.MapGet("/projects/{id:guid}/investors", async (Guid id, ProjectInvestors investors, CancellationToken ct) => TypedResults.Ok(await investors.GetAsync(id, ct)))
            .RequireAuthorization(Policies.BusinessRead)
            .WithName("GetProjectInvestors").WithSummary("A project's investor organisations, its count share and whether it is in an open double claim");

        group.MapPut("/projects/{id:guid}/investors", async (Guid id, SetInvestorsRequest request, ProjectInvestors investors, CancellationToken ct) =>
                TypedResults.Ok(await investors.SetAsync(id, request, ct)))
            .RequireAuthorization(Policies.UnitWrite)
            .WithName("SetProjectInvestors").WithSummary("Set a project's investors (live organisations); another unit's project with a shared investor and the same name opens a double claim");

        api.MapClaimsApi();
    }
}
