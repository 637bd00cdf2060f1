using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Tianzhong.Kernel.Infrastructure.Persistence;
using Tianzhong.Kernel.Infrastructure.Modules;
using Tianzhong.Modules.Investment.Data;
using Tianzhong.Modules.Investment.Features.Lifecycle;
using Tianzhong.Modules.Investment.Features.Projects;
using Tianzhong.Modules.Investment.Features.ThreeOnes;

namespace Tianzhong.Modules.Investment;

/// <summary>The project library (重大招商引资项目库); investors, lifecycle and the rest follow in later increments.</summary>
public static class InvestmentModule
{
    public static IServiceCollection AddInvestmentModule(this IServiceCollection services)
    {
        services.TryAddSingleton<PersonalDataProtection>();
        services.AddModuleDbContext<InvestmentDb>(InvestmentDb.HistoryTable);
        services.AddStartupTask<HistoryLoader>(order: 20);
        services.AddScoped<ProjectRegistration>();
        services.AddScoped<ProjectQueries>();
        services.AddScoped<ProjectBoard>();
        services.AddScoped<HistoricalProjects>();
        services.AddScoped<ProjectTimeline>();
        services.AddScoped<ThreeOnesPlanning>();

        // Lifecycle: stage submissions with evidence, approvals, stalls and terminations.
        services.AddScoped<LifecycleCommands>();
        services.AddScoped<LifecycleQueries>();
        return services;
    }

    public static void MapInvestmentApi(this IEndpointRouteBuilder api)
    {
        api.MapProjectsApi();
        api.MapLifecycleApi();
    }
}
