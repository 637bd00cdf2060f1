using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Tianzhong.Kernel.Infrastructure.Modules;
using Tianzhong.Modules.Chains.Data;
using Tianzhong.Modules.Chains.Features.Gaps;
using Tianzhong.Modules.Chains.Features.Matching;

namespace Tianzhong.Modules.Chains;

/// <summary>Industry chains (产业链招商图谱) and precision matching (精准招商): chains, links, attachments, gap rules and enterprise scores.</summary>
public static class ChainsModule
{
    public static IServiceCollection AddChainsModule(this IServiceCollection services)
    {
        services.AddModuleDbContext<ChainsDb>(ChainsDb.HistoryTable);

        // Link figures and gap statuses, read by the chain pages and by precision matching.
        services.AddScoped<LinkGaps>();

        // Precision matching (精准招商): the region table, scores and their reasons, the city's weights, following a recommendation.
        services.AddSingleton(_ => RegionTableLoader.Load());
        services.AddScoped<Recommendations>();
        services.AddScoped<MatchingWeights>();
        services.AddScoped<FollowRecommendation>();
        return services;
    }

    public static void MapChainsApi(this IEndpointRouteBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);

        // Precision matching (精准招商).
        api.MapMatchingApi();
    }
}
