using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Tianzhong.Kernel.Security;

namespace Tianzhong.Modules.Identity.Features.Accounts;

/// <summary>The administrators' account operations under <c>/api/v1/identity/users</c>.</summary>
public static class AccountsApi
{
    public static void MapAccountsApi(this IEndpointRouteBuilder api)
    {
        var users = api.MapGroup("/identity/users").WithTags("Identity");

        users.MapGet("/", async (string? search, UserAdministration admin, CancellationToken ct) => TypedResults.Ok(await admin.ListAsync(search, ct)))
            .RequireAuthorization(Policies.ViewAccounts)
            .WithName("ListUsers").WithSummary("List accounts (phones masked)");

        users.MapPost("/", async Task<Created<CreatedUser>> (CreateUserRequest request, UserAdministration admin, CancellationToken ct) =>
            {
                var created = await admin.CreateAsync(request, ct);
                return TypedResults.Created($"/api/v1/identity/users/{created.Id}", created);
            })
            .RequireAuthorization(Policies.ManageAccounts)
            .WithName("CreateUser").WithSummary("Create an account; without a password one is generated and must be changed at first sign-in");

        users.MapPut("/{id}/roles", async Task<NoContent> (string id, AssignRolesRequest request, UserAdministration admin, CancellationToken ct) =>
            {
                await admin.AssignRolesAsync(id, request, ct);
                return TypedResults.NoContent();
            })
            .RequireAuthorization(Policies.ManageSecurity)
            .WithName("AssignRoles").WithSummary("Set an account's roles and its unit or department scope");

        users.MapPost("/{id}/disable", async Task<NoContent> (string id, UserAdministration admin, CancellationToken ct) =>
            {
                await admin.SetLockAsync(id, locked: true, ct);
                return TypedResults.NoContent();
            })
            .RequireAuthorization(Policies.ManageAccounts)
            .WithName("DisableUser").WithSummary("Disable an account");

        users.MapPost("/{id}/enable", async Task<NoContent> (string id, UserAdministration admin, CancellationToken ct) =>
            {
                await admin.SetLockAsync(id, locked: false, ct);
                return TypedResults.NoContent();
            })
            .RequireAuthorization(Policies.ManageAccounts)
            .WithName("EnableUser").WithSummary("Enable a disabled account");

        users.MapPost("/{id}/unlock", async Task<NoContent> (string id, UserAdministration admin, CancellationToken ct) =>
            {
                await admin.UnlockAsync(id, ct);
                return TypedResults.NoContent();
            })
            .RequireAuthorization(Policies.ManageAccounts)
            .WithName("UnlockUser").WithSummary("Lift a lockout caused by failed sign-ins");

        users.MapPost("/{id}/password-reset", async Task<Ok<ResetPasswordResponse>> (string id, UserAdministration admin, CancellationToken ct) =>
                TypedResults.Ok(new ResetPasswordResponse(await admin.ResetPasswordAsync(id, ct))))
            .RequireAuthorization(Policies.ManageAccounts)
            .WithName("ResetPassword").WithSummary("Reset to a generated password that must be changed at next sign-in");

        var account = api.MapGroup("/account").WithTags("Account");
        account.MapPost("/password", async Task<NoContent> (ChangePasswordRequest request, SelfService self, CancellationToken ct) =>
            {
                await self.ChangePasswordAsync(request, ct);
                return TypedResults.NoContent();
            })
            .RequireAuthorization(Policies.Authenticated)
            .WithName("ChangeOwnPassword").WithSummary("Change your own password");

        account.MapPut("/culture", async Task<NoContent> (SetCultureRequest request, SelfService self, CancellationToken ct) =>
            {
                await self.SetCultureAsync(request.Culture, ct);
                return TypedResults.NoContent();
            })
            .RequireAuthorization(Policies.Authenticated)
            .WithName("SetOwnCulture").WithSummary("Remember your UI language (zh-CN or en)");
    }
}

public sealed record ResetPasswordResponse(string TemporaryPassword);

public sealed record SetCultureRequest(string? Culture);
