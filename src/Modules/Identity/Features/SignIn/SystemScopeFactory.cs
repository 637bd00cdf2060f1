using Microsoft.Extensions.DependencyInjection;
using Tianzhong.Kernel.Infrastructure.Security;

namespace Tianzhong.Modules.Identity.Features.SignIn;

/// <summary>A new service scope whose current user is the system, as start-up work uses.</summary>
public sealed class SystemScopeFactory(IServiceScopeFactory scopes) : ISystemScopeFactory
{
    public AsyncServiceScope CreateSystemScope()
    {
        var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().UseSystem();
        return scope;
    }
}
