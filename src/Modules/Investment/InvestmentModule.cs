using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Tianzhong.Kernel.Infrastructure.Persistence;
using Tianzhong.Kernel.Infrastructure.Modules;
using Tianzhong.Modules.Investment.Data;
using Tianzhong.Modules.Investment.Features.Lifecycle;
using Tianzhong.Modules.Investment.Features.Projects;
using Tianzhong.Modules.Investment.Features.ThreeOnes;
using Tianzhong.Modules.Investment.Domain;
using Tianzhong.Modules.Investment.Features.Attention;
using Tianzhong.Modules.Investment.Features.Funds;
using Tianzhong.Modules.Investment.Features.Rates;

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

        // Funds in place, plan rates and attention lists (feat/funds).
        services.AddOptions<FundsDefinitions>();
        services.AddSingleton<Microsoft.Extensions.Options.IOptionsFactory<FundsDefinitions>, FundsDefinitionsFactory>();
        services.AddOptions<AttentionThresholds>().BindConfiguration("Investment:Attention");
        services.AddScoped<FundsRecording>();
        services.AddScoped<FundsQueries>();
        services.AddScoped<PlanRatesQuery>();
        services.AddScoped<AttentionQuery>();
        return services;
    }

    public static void MapInvestmentApi(this IEndpointRouteBuilder api)
    {
        api.MapProjectsApi();
        api.MapLifecycleApi();
        api.MapFundsAndRatesApi();
    }

    // Funds in place, plan rates and attention lists (feat/funds).
    private static void MapFundsAndRatesApi(this IEndpointRouteBuilder api)
    {
        api.MapFundsApi();
        api.MapRatesApi();
        api.MapAttentionApi();
    }
}
