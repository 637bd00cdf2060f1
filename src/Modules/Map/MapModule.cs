using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Tianzhong.Kernel.Infrastructure.Modules;
using Tianzhong.Modules.Map.Data;
using Tianzhong.Modules.Map.Features.BaseMap;
using Tianzhong.Modules.Map.Features.Carriers;
using Tianzhong.Modules.Map.Features.Common;
using Tianzhong.Modules.Map.Features.Layers;
using Tianzhong.Modules.Map.Features.Opportunities;
using Tianzhong.Modules.Map.Features.Parcels;
using Tianzhong.Modules.Map.Features.Routes;

namespace Tianzhong.Modules.Map;

/// <summary>The investment map (热力图): units on an offline map, carriers, land parcels, inspection routes and cooperation opportunities.</summary>
public static class MapModule
{
    public static IServiceCollection AddMapModule(this IServiceCollection services)
    {
        services.AddModuleDbContext<MapDb>(MapDb.HistoryTable);

        // The units' seats (reference data) and the parks plan A names, loaded once at start-up.
        services.AddSingleton<UnitSeats>();
        services.AddStartupTask<CarrierReferenceLoader>(order: 60);

        // The base map (schematic or official), the layers and their records.
        services.AddScoped<UnitWriteGuard>();
        services.AddScoped<UnitRecordStore>();
        services.AddScoped<BaseMaps>();
        services.AddScoped<MapLayers>();
        services.AddScoped<Carriers>();
        services.AddScoped<Parcels>();
        services.AddScoped<Routes>();
        services.AddScoped<Opportunities>();
        return services;
    }

    public static void MapMapApi(this IEndpointRouteBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        api.MapBaseMapApi();
        api.MapLayersApi();
        api.MapCarriersApi();
        api.MapParcelsApi();
        api.MapRoutesApi();
        api.MapOpportunitiesApi();
    }
}
