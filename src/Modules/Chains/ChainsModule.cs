using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Tianzhong.Kernel.Infrastructure.Modules;
using Tianzhong.Modules.Chains.Data;

namespace Tianzhong.Modules.Chains;

/// <summary>Industry chains (产业链招商图谱) and precision matching (精准招商): chains, links, attachments, gap rules and enterprise scores.</summary>
public static class ChainsModule
{
    public static IServiceCollection AddChainsModule(this IServiceCollection services)
    {
        services.AddModuleDbContext<ChainsDb>(ChainsDb.HistoryTable);
        return services;
    }

    public static void MapChainsApi(this IEndpointRouteBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
    }
}
