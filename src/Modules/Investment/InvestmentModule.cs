using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Tianzhong.Kernel.Infrastructure.Persistence;
using Tianzhong.Kernel.Infrastructure.Modules;
using Tianzhong.Modules.Investment.Data;
using Tianzhong.Modules.Investment.Features.Demo;
using Tianzhong.Modules.Investment.Features.Export;
using Tianzhong.Modules.Investment.Features.Import;
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

        // Excel import/export and the demo data set (feat/excel)
        services.AddMemoryCache();
        services.AddScoped<ImportErrorReports>();
        services.AddScoped<ImportTemplates>();
        services.AddScoped<ProjectImport>();
        services.AddScoped<FundsImport>();
        services.AddScoped<InvestmentExport>();
        services.AddDemoData();
        return services;
    }

    public static void MapInvestmentApi(this IEndpointRouteBuilder api)
    {
        api.MapProjectsApi();
        api.MapImportApi();
    }
}
