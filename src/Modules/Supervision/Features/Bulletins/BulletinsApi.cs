using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Localization;
using Tianzhong.Kernel.Security;
using Tianzhong.Modules.Supervision.Features.Reports;
using Tianzhong.Modules.Supervision.Resources;

namespace Tianzhong.Modules.Supervision.Features.Bulletins;

/// <summary>The bulletins as Word documents under <c>/api/v1/supervision/bulletins</c>.</summary>
public static class BulletinsApi
{
    public static void MapBulletinsApi(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/supervision/bulletins").WithTags("Supervision");

        group.MapGet("/monthly/{year:int}/{month:int}", async (int year, int month, BulletinService bulletins, IStringLocalizer<SupervisionText> text, CancellationToken ct) =>
                File(await bulletins.MonthlyAsync(ReportsApi.Period(year, month, text), ct)))
            .RequireAuthorization(Policies.BusinessRead)
            .WithName("MonthlyBulletin").WithSummary("The monthly ranking bulletin of a closed month as a GB/T 9704 Word document: units in rank order with figures, completion and colour, who led and who lagged, and the month's adjustments; 409 while the month is open");

        group.MapGet("/weekly/{date}", async (DateOnly date, BulletinService bulletins, CancellationToken ct) => File(await bulletins.WeeklyAsync(date, ct)))
            .RequireAuthorization(Policies.BusinessRead)
            .WithName("WeeklyBulletin").WithSummary("The weekly trips bulletin of the ISO week containing the date, as a Word document");

        group.MapGet("/quarterly/{year:int}/{period:int}", async (int year, int period, BulletinService bulletins, CancellationToken ct) => File(await bulletins.QuarterlyAsync(year, period, ct)))
            .RequireAuthorization(Policies.BusinessRead)
            .WithName("QuarterlyBulletin").WithSummary("The three-batches (signed, started, in production) bulletin of a batch period (quarter or bi-month per the year's cadence) with the centralised signings, as a Word document");
    }

    private static FileContentHttpResult File(BulletinFile file) => TypedResults.File(file.Content, BulletinService.ContentType, file.FileName);
}
