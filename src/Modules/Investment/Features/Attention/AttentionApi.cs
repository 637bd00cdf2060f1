using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Tianzhong.Kernel.Security;

namespace Tianzhong.Modules.Investment.Features.Attention;

/// <summary>The attention lists under <c>/api/v1/investment/attention</c>.</summary>
public static class AttentionApi
{
    public static void MapAttentionApi(this IEndpointRouteBuilder api) =>
        api.MapGroup("/investment").WithTags("Investment")
            .MapGet("/attention", async (int? take, AttentionQuery attention, CancellationToken ct) => TypedResults.Ok(await attention.ListAsync(take ?? 100, ct)))
            .RequireAuthorization(Policies.BusinessRead)
            .WithName("AttentionList")
            .WithSummary("The caller's attention list (negotiating without recent contact, signed but not started, started but not producing, overdue milestones), up to `take` (default 100, at most 500) per reason with counts; "
                + "county officers see their unit's projects, city officers all, leaders those they lead or serve on; everyone also the overdue milestones they own. Thresholds: Investment:Attention.");
}
