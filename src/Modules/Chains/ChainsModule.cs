using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Tianzhong.Kernel.Infrastructure.Modules;
using Tianzhong.Modules.Chains.Data;
using Tianzhong.Modules.Chains.Features.Chains;
using Tianzhong.Modules.Chains.Features.Demo;
using Tianzhong.Modules.Chains.Features.Gaps;
using Tianzhong.Modules.Chains.Features.Settings;
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

        // Chains (issue 5 points 1, 2, 4): the reference chains, reading and editing chains and links, attachments, gap rules.
        services.AddStartupTask<ChainReferenceLoader>(order: 30);
        services.AddScoped<ChainQueries>();
        services.AddScoped<ChainCommands>();
        services.AddScoped<ChainAttachments>();
        services.AddScoped<GapRulesSettings>();

        // The demonstration set (Demo:Enabled): its newest projects put on their chains, after the project library's demo data.
        services.AddStartupTask<DemoChainProjects>(order: 70);

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
        api.MapChainsEndpoints();
        // Precision matching (精准招商).
        api.MapMatchingApi();
    }
}
