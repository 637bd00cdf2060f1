using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Tianzhong.Kernel.Infrastructure.Modules;
using Tianzhong.Modules.Registry.Contracts;
using Tianzhong.Modules.Registry.Data;
using Tianzhong.Modules.Registry.Features;
using Tianzhong.Modules.Registry.Features.Industries;
using Tianzhong.Modules.Registry.Features.Organisations;
using Tianzhong.Modules.Registry.Features.TargetEnterprises;
using Tianzhong.Modules.Registry.Features.Units;

namespace Tianzhong.Modules.Registry;

/// <summary>Administrative units, industries and clusters, departments and organisations (with the target-enterprise list).</summary>
public static class RegistryModule
{
    public static IServiceCollection AddRegistryModule(this IServiceCollection services)
    {
        services.AddModuleDbContext<RegistryDb>(RegistryDb.HistoryTable);
        services.AddStartupTask<ReferenceDataLoader>(order: 10);
        services.AddScoped<UnitQueries>();
        services.AddScoped<IUnitDirectory>(sp => sp.GetRequiredService<UnitQueries>());
        services.AddScoped<IndustryQueries>();
        services.AddScoped<IIndustryDirectory>(sp => sp.GetRequiredService<IndustryQueries>());
        services.AddScoped<TargetEnterpriseSearch>();
        services.AddScoped<SetCreditCode>();
        services.AddScoped<IOrganisationDirectory, OrganisationDirectory>();
        services.AddScoped<IRegistryOverview, Features.Overview.RegistryOverview>();

        // Precision matching (issue 5): every live organisation's slim facts and the directions' profiles.
        services.AddScoped<IOrganisationFacts, OrganisationFactsQuery>();
        services.AddScoped<IDirectionProfiles, DirectionProfiles>();
        return services;
    }

    public static void MapRegistryApi(this IEndpointRouteBuilder api) => api.MapRegistryEndpoints();
}
