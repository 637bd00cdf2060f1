using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;
using Tianzhong.Kernel.Auditing;

namespace Tianzhong.Web.Infrastructure;

/// <summary>
/// Audits a signed-in caller refused by an endpoint's policy (e.g. a county officer calling a city-only decision):
/// such a 403 never reaches the exception handler, which audits the refusals raised by the handlers themselves.
/// </summary>
public sealed class AuditingAuthorizationResultHandler : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler _default = new();

    public async Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(authorizeResult);
        if (authorizeResult.Forbidden && context.User.Identity?.IsAuthenticated == true
            && context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase)
            && context.RequestServices.GetService<IAuditTrail>() is { } audit)
        {
            await audit.RecordAsync(new AuditRecord(AuditAction.AccessDenied, "Request", $"{context.Request.Method} {context.Request.Path}", AuditOutcome.Denied)).ConfigureAwait(false);
        }

        await _default.HandleAsync(next, context, policy, authorizeResult).ConfigureAwait(false);
    }
}
