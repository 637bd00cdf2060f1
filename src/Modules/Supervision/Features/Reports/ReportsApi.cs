using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Localization;
using Tianzhong.Kernel.Security;
using Tianzhong.Modules.Supervision.Domain;
using Tianzhong.Modules.Supervision.Resources;

namespace Tianzhong.Modules.Supervision.Features.Reports;

/// <summary>Monthly reports and the period close under <c>/api/v1/supervision</c>.</summary>
public static class ReportsApi
{
    public static void MapReportsApi(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/supervision").WithTags("Supervision");

        group.MapGet("/months/{year:int}/{month:int}", async (int year, int month, ReportQueries queries, IStringLocalizer<SupervisionText> text, CancellationToken ct) =>
                TypedResults.Ok(await queries.MonthAsync(Period(year, month, text), ct)))
            .RequireAuthorization(Policies.BusinessRead)
            .WithName("GetReportingMonth").WithSummary("Where each unit's report of the month stands (a county sees its own row), whether the month is closed and whether it can be closed");

        group.MapPost("/months/{year:int}/{month:int}/close", async (int year, int month, MonthClose close, IStringLocalizer<SupervisionText> text, CancellationToken ct) =>
                TypedResults.Ok(await close.CloseAsync(Period(year, month, text), ct)))
            .RequireAuthorization(Policies.CityWrite)
            .WithName("CloseReportingMonth").WithSummary("The city closes a finished month once every unit's report is approved and earlier months are closed; reports and ranking are frozen (409 otherwise)");

        group.MapGet("/reports/{code}/{year:int}/{month:int}", async (string code, int year, int month, ReportQueries queries, IStringLocalizer<SupervisionText> text, CancellationToken ct) =>
                TypedResults.Ok(await queries.GetAsync(code, Period(year, month, text), ct)))
            .RequireAuthorization(Policies.BusinessRead)
            .WithName("GetMonthlyReport").WithSummary("A unit's monthly report with its figures and every record behind them (live until submitted, frozen after); another unit's report is 403 for a county");

        group.MapPut("/reports/{code}/{year:int}/{month:int}", async (string code, int year, int month, SaveReportRequest request, ReportCommands commands, IStringLocalizer<SupervisionText> text, CancellationToken ct) =>
                TypedResults.Ok(await commands.SaveAsync(code, Period(year, month, text), request, ct)))
            .RequireAuthorization(Policies.UnitWrite)
            .WithName("SaveMonthlyReport").WithSummary("Saves the unit's account of the month while drafting; 409 once submitted, approved or closed, or on a stale version");

        group.MapPost("/reports/{code}/{year:int}/{month:int}/submit", async (string code, int year, int month, SaveReportRequest request, ReportCommands commands, IStringLocalizer<SupervisionText> text, CancellationToken ct) =>
                TypedResults.Ok(await commands.SubmitAsync(code, Period(year, month, text), request, ct)))
            .RequireAuthorization(Policies.UnitWrite)
            .WithName("SubmitMonthlyReport").WithSummary("Submits a finished month: its figures and the adjustments of earlier closed months are computed and frozen; a second submission is 409");

        group.MapPost("/reports/{code}/{year:int}/{month:int}/approve", async (string code, int year, int month, DecideReportRequest request, ReportCommands commands, IStringLocalizer<SupervisionText> text, CancellationToken ct) =>
                TypedResults.Ok(await commands.ApproveAsync(code, Period(year, month, text), request, ct)))
            .RequireAuthorization(Policies.CityWrite)
            .WithName("ApproveMonthlyReport").WithSummary("The city approves a submitted report");

        group.MapPost("/reports/{code}/{year:int}/{month:int}/return", async (string code, int year, int month, DecideReportRequest request, ReportCommands commands, IStringLocalizer<SupervisionText> text, CancellationToken ct) =>
                TypedResults.Ok(await commands.ReturnAsync(code, Period(year, month, text), request, ct)))
            .RequireAuthorization(Policies.CityWrite)
            .WithName("ReturnMonthlyReport").WithSummary("The city returns a submitted report with its opinion (required); the unit may then correct and resubmit");
    }

    internal static ReportingPeriod Period(int year, int month, IStringLocalizer<SupervisionText> text) => ReportingPeriod.Checked(year, month, text["InvalidMonth"]);
}
