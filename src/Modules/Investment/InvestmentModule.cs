using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Tianzhong.Kernel.Infrastructure.Persistence;
using Tianzhong.Kernel.Infrastructure.Modules;
using Tianzhong.Modules.Investment.Data;
using Tianzhong.Modules.Investment.Features.Claims;
using Tianzhong.Modules.Investment.Features.Investors;
using Tianzhong.Modules.Investment.Features.Projects;

namespace Tianzhong.Modules.Investment;

/// <summary>The project library (重大招商引资项目库); investors, lifecycle and the rest follow in later increments.</summary>
public static class InvestmentModule
{
    public static IServiceCollection AddInvestmentModule(this IServiceCollection services)
    {
        services.TryAddSingleton<PersonalDataProtection>();
        services.AddModuleDbContext<InvestmentDb>(InvestmentDb.HistoryTable);
        services.AddScoped<ProjectRegistration>();
        services.AddScoped<ProjectQueries>();

        // Investor resources (organisations, contacts, interactions, project investors) and double claims.
        services.AddScoped<OrganisationQueries>();
        services.AddScoped<OrganisationRegistration>();
        services.AddScoped<OrganisationMerge>();
        services.AddScoped<ContactBook>();
        services.AddScoped<InteractionLog>();
        services.AddScoped<ProjectInvestors>();
        services.AddScoped<DoubleClaimDetector>();
        services.AddScoped<ClaimDesk>();
        return services;
    }

    public static void MapInvestmentApi(this IEndpointRouteBuilder api)
    {
        api.MapProjectsApi();
        api.MapInvestorsApi();
    }
}
