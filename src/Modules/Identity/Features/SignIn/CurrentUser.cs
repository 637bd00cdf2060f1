using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using Tianzhong.Kernel.Security;

namespace Tianzhong.Modules.Identity.Features.SignIn;

/// <summary>
/// The caller of the current request or Blazor circuit. In a circuit the HttpContext is not reliable, so the
/// circuit handler hands the principal over explicitly; start-up work marks itself as the system.
/// </summary>
public sealed class CurrentUser(IHttpContextAccessor httpContextAccessor) : ICurrentUser
{
    private ClaimsPrincipal? _circuitPrincipal;
    private bool _system;

    public bool IsSystem => _system;

    public bool IsAuthenticated => Principal?.Identity?.IsAuthenticated == true;

    public string? UserId => Principal?.FindFirstValue(ClaimTypes.NameIdentifier);

    public string? UserName => Principal?.Identity?.Name;

    public string? UnitCode => Principal?.FindFirstValue(ClaimNames.Unit);

    public string? DepartmentCode => Principal?.FindFirstValue(ClaimNames.Department);

    private ClaimsPrincipal? Principal => _circuitPrincipal ?? httpContextAccessor.HttpContext?.User;

    public bool IsInRole(string role) => Principal?.IsInRole(role) == true;

    public void UseCircuitPrincipal(ClaimsPrincipal principal) => _circuitPrincipal = principal;

    public void UseSystem() => _system = true;
}
