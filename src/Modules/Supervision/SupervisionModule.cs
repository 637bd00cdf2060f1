using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Tianzhong.Kernel.Infrastructure.Modules;
using Tianzhong.Modules.Supervision.Data;
using Tianzhong.Modules.Supervision.Features.Batches;

namespace Tianzhong.Modules.Supervision;

/// <summary>Supervision and assessment (督导考核): weekly trips, monthly reports with period close, targets, rankings, 三个一批, the annual assessment and the bulletins.</summary>
public static class SupervisionModule
{
    public static IServiceCollection AddSupervisionModule(this IServiceCollection services)
    {
        services.AddModuleDbContext<SupervisionDb>(SupervisionDb.HistoryTable);

        // Batches: quarterly (or bi-monthly) 三个一批 and centralised signings.
        services.AddScoped<BatchCalendar>();
        services.AddScoped<BatchQueries>();
        services.AddScoped<SigningEvents>();
        return services;
    }

    public static void MapSupervisionApi(this IEndpointRouteBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        api.MapBatchesApi();
    }
}
