using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Tianzhong.Kernel.Infrastructure.Persistence;
using Tianzhong.Kernel.Infrastructure.Modules;
using Tianzhong.Modules.Investment.Contracts;
using Tianzhong.Modules.Investment.Data;
using Tianzhong.Modules.Investment.Features.Overview;
using Tianzhong.Modules.Investment.Features.Lifecycle;
using Tianzhong.Modules.Investment.Features.Claims;
using Tianzhong.Modules.Investment.Features.Investors;
using Tianzhong.Modules.Investment.Features.Demo;
using Tianzhong.Modules.Investment.Features.Export;
using Tianzhong.Modules.Investment.Features.Import;
using Tianzhong.Modules.Investment.Features.Projects;
using Tianzhong.Modules.Investment.Features.ThreeOnes;
using Tianzhong.Modules.Investment.Domain;
using Tianzhong.Modules.Investment.Features.Attention;
using Tianzhong.Modules.Investment.Features.Funds;
using Tianzhong.Modules.Investment.Features.Rates;
using Tianzhong.Modules.Investment.Features.Figures;

namespace Tianzhong.Modules.Investment;

/// <summary>The project library (重大招商引资项目库) with its lifecycle, funds, rates, attention lists, 三个一 and the investor resources (客商资源库).</summary>
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

        // Funds in place, plan rates and attention lists.
        services.AddOptions<FundsDefinitions>();
        services.AddSingleton<Microsoft.Extensions.Options.IOptionsFactory<FundsDefinitions>, FundsDefinitionsFactory>();
        services.AddOptions<AttentionThresholds>().BindConfiguration("Investment:Attention");
        services.AddScoped<FundsRecording>();
        services.AddScoped<FundsQueries>();
        services.AddScoped<PlanRatesQuery>();
        services.AddScoped<AttentionQuery>();

        // Investor resources (organisations, contacts, interactions, project investors) and double claims.
        services.AddScoped<OrganisationQueries>();
        services.AddScoped<OrganisationRegistration>();
        services.AddScoped<OrganisationMerge>();
        services.AddScoped<ContactBook>();
        services.AddScoped<InteractionLog>();
        services.AddScoped<ProjectInvestors>();
        services.AddScoped<DoubleClaimDetector>();
        services.AddScoped<ClaimDesk>();
        services.AddScoped<IInvestmentOverview, InvestmentOverview>();
        services.AddScoped<IInvestmentFigures, InvestmentFigures>();

        // Interactions recorded from other modules (supervision's trips: each visit becomes a 登门拜访 interaction).
        services.AddScoped<IInteractionRecorder, InteractionRecorder>();

        // Dashboards (supervision issue 4 point 8): signed-or-later projects and contract investment per industry direction.
        services.AddScoped<IInvestmentBreakdown, InvestmentBreakdown>();

        // Project facts by id for the chain links and the map (issue 5).
        services.AddScoped<IProjectDigests, ProjectDigests>();

        // Precision matching (issue 5): interaction tallies and signed investors per organisation, and leads as negotiating projects.
        services.AddScoped<IInvestorActivity, InvestorActivityQuery>();
        services.AddScoped<IProjectLeads, ProjectLeads>();
        // Project counts and contract investment per unit and stage for the map's projects layer (issue 5).
        services.AddScoped<IProjectsByUnit, ProjectsByUnit>();

        // Excel import/export and the demo data set
        services.AddSingleton<ImportErrorReportCache>();
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
        api.MapLifecycleApi();
        api.MapFundsApi();
        api.MapRatesApi();
        api.MapAttentionApi();
        api.MapInvestorsApi();
        api.MapImportApi();
    }
}
