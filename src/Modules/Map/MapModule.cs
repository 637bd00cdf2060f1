using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Tianzhong.Kernel.Infrastructure.Modules;
using Tianzhong.Modules.Map.Data;

namespace Tianzhong.Modules.Map;

/// <summary>The investment map (热力图): units on an offline map, carriers, land parcels, inspection routes and cooperation opportunities.</summary>
public static class MapModule
{
    public static IServiceCollection AddMapModule(this IServiceCollection services)
    {
        services.AddModuleDbContext<MapDb>(MapDb.HistoryTable);
        return services;
    }

    public static void MapMapApi(this IEndpointRouteBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
    }
}
