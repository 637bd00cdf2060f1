using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Tianzhong.Kernel.Infrastructure.Modules;
using Tianzhong.Modules.Supervision.Contracts;
using Tianzhong.Modules.Supervision.Data;
using Tianzhong.Modules.Supervision.Features.Overview;
using Tianzhong.Modules.Supervision.Features.Assessments;
using Tianzhong.Modules.Supervision.Features.Demo;
using Tianzhong.Modules.Supervision.Features.Rankings;
using Tianzhong.Modules.Supervision.Features.Reports;
using Tianzhong.Modules.Supervision.Features.Schemes;
using Tianzhong.Modules.Supervision.Features.Bulletins;
using Tianzhong.Modules.Supervision.Features.Trips;
using Tianzhong.Modules.Supervision.Features.Batches;
using Tianzhong.Modules.Supervision.Features.Dashboards;

namespace Tianzhong.Modules.Supervision;

/// <summary>Supervision and assessment (督导考核): weekly trips, monthly reports with period close, targets, rankings, 三个一批, the annual assessment and the bulletins.</summary>
public static class SupervisionModule
{
    public static IServiceCollection AddSupervisionModule(this IServiceCollection services)
    {
        services.AddModuleDbContext<SupervisionDb>(SupervisionDb.HistoryTable);

        // Monthly reports, period close, schemes, targets and rankings.
        services.AddScoped<ReportFigures>();
        services.AddScoped<ReportQueries>();
        services.AddScoped<ReportCommands>();
        services.AddScoped<MonthClose>();
        services.AddScoped<SchemeQueries>();
        services.AddScoped<SchemeCommands>();
        services.AddScoped<Targets>();
        services.AddScoped<RankingLines>();
        services.AddScoped<RankingComputation>();
        services.AddScoped<MonthRankings>();
        services.AddScoped<AnnualAssessments>();
        services.AddScoped<ISupervisionOverview, SupervisionOverview>();

        // The demonstration set (Demo:Enabled) gets this year's plan targets, after the project library's demo data.
        services.AddStartupTask<DemoTargets>(order: 60);

        // Bulletins (issue 4 point 7): the weekly, monthly and quarterly bulletins as GB/T 9704 Word documents.
        services.AddScoped<BulletinWriter>();
        services.AddScoped<BulletinService>();

        // Weekly dynamics (周动态): leaders' trips, their visits as interactions, the weekly roll-up and the trips' figure lines.
        services.AddScoped<TripRecording>();
        services.AddScoped<TripQueries>();
        services.AddScoped<TripFigures>();

        // Batches: quarterly (or bi-monthly) 三个一批 and centralised signings.
        services.AddScoped<BatchCalendar>();
        services.AddScoped<BatchQueries>();
        services.AddScoped<SigningEvents>();

        // Dashboards (issue 4 point 8): the city's and each unit's figures for the ECharts dashboards.
        services.AddScoped<DashboardQueries>();
        return services;
    }

    public static void MapSupervisionApi(this IEndpointRouteBuilder api)
    {
        api.MapReportsApi();
        api.MapRankingsApi();
        api.MapSettingsApi();
        api.MapTripsApi();
        api.MapBulletinsApi();
        api.MapAssessmentsApi();
        api.MapBatchesApi();

        // Dashboards (issue 4 point 8).
        api.MapDashboardApi();
    }
}
