using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Localization;
using Tianzhong.Kernel.Errors;
using Tianzhong.Kernel.Infrastructure.Excel;
using Tianzhong.Kernel.Security;
using Tianzhong.Modules.Investment.Features.Export;
using Tianzhong.Modules.Investment.Features.Projects;
using Tianzhong.Modules.Investment.Resources;

namespace Tianzhong.Modules.Investment.Features.Import;

/// <summary>Excel templates, imports and exports of projects and funds under <c>/api/v1/investment</c>.</summary>
public static class ImportApi
{
    public static void MapImportApi(this IEndpointRouteBuilder api)
    {
        var import = api.MapGroup("/investment/import").WithTags("Investment");

        import.MapGet("/templates/projects", async (ImportTemplates templates, CancellationToken ct) =>
                TypedResults.File(await templates.ProjectsAsync(ct), ExcelWorkbookWriter.ContentType, "projects-template.xlsx"))
            .RequireAuthorization(Policies.BusinessRead)
            .WithName("ProjectsImportTemplate").WithSummary("The projects import template (.xlsx) with instructions and the allowed codes");

        import.MapGet("/templates/funds", async (ImportTemplates templates, CancellationToken ct) =>
                TypedResults.File(await templates.FundsAsync(ct), ExcelWorkbookWriter.ContentType, "funds-template.xlsx"))
            .RequireAuthorization(Policies.BusinessRead)
            .WithName("FundsImportTemplate").WithSummary("The funds import template (.xlsx) with instructions");

        // The form is read in the handler rather than bound as IFormFile: a bound file makes routing answer 415 to other
        // content types before authorization runs, and would demand antiforgery tokens meant for Blazor's own forms
        // (API clients send bearer tokens; the session cookie is SameSite=Lax, so cross-site posts carry no credentials).
        import.MapPost("/projects", async Task<Results<Ok<ImportSummary>, ProblemHttpResult>> (HttpContext http, ProjectImport handler, IStringLocalizer<ImportText> text, CancellationToken ct) =>
            {
                await using var content = await OpenAsync(http, text, ct);
                return Respond(await handler.ImportAsync(content, ct), text, http);
            })
            .RequireAuthorization(Policies.UnitWrite)
            .WithName("ImportProjects").WithSummary("Import projects from an .xlsx (all rows or none; rows matched by external reference, so re-importing changes nothing)");

        import.MapPost("/funds", async Task<Results<Ok<ImportSummary>, ProblemHttpResult>> (HttpContext http, FundsImport handler, IStringLocalizer<ImportText> text, CancellationToken ct) =>
            {
                await using var content = await OpenAsync(http, text, ct);
                return Respond(await handler.ImportAsync(content, ct), text, http);
            })
            .RequireAuthorization(Policies.UnitWrite)
            .WithName("ImportFunds").WithSummary("Import funds records from an .xlsx (all rows or none; projects must exist and be signed)");

        import.MapGet("/error-reports/{reportId}", (string reportId, ImportErrorReports reports) =>
                TypedResults.File(reports.Get(reportId), ExcelWorkbookWriter.ContentType, "import-errors.xlsx"))
            .RequireAuthorization(Policies.UnitWrite)
            .WithName("ImportErrorReport").WithSummary("The rows of a rejected import with an error column; only for the uploader, for one hour");

        api.MapGet("/investment/projects/export", async ([AsParameters] ProjectQuery query, InvestmentExport export, CancellationToken ct) =>
            {
                var file = await export.ProjectsAsync(query, ct);
                return TypedResults.Stream(file.Content, ExcelWorkbookWriter.ContentType, file.FileName);
            })
            .RequireAuthorization(Policies.BusinessRead)
            .WithTags("Investment")
            .WithName("ExportProjects").WithSummary("Export the filtered project list (same filters as the list) to .xlsx; audited");

        api.MapGet("/investment/funds/export", async ([AsParameters] FundsExportQuery query, InvestmentExport export, CancellationToken ct) =>
            {
                var file = await export.FundsAsync(query, ct);
                return TypedResults.Stream(file.Content, ExcelWorkbookWriter.ContentType, file.FileName);
            })
            .RequireAuthorization(Policies.BusinessRead)
            .WithTags("Investment")
            .WithName("ExportFunds").WithSummary("Export funds records filtered by unit, status and received-on period to .xlsx; audited");
    }

    /// <summary>The uploaded file (form field <c>file</c>, or the only file of a multipart form).</summary>
    private static async Task<Stream> OpenAsync(HttpContext http, IStringLocalizer<ImportText> text, CancellationToken cancellationToken)
    {
        if (!http.Request.HasFormContentType)
        {
            throw ValidationFailedException.For("file", text["Error.NoFile"]);
        }

        var form = await http.Request.ReadFormAsync(cancellationToken);
        return Open(form.Files.GetFile("file") ?? (form.Files.Count == 1 ? form.Files[0] : null), text);
    }

    private static Stream Open(IFormFile? file, IStringLocalizer<ImportText> text) =>
        file is null || file.Length == 0
            ? throw ValidationFailedException.For("file", text["Error.NoFile"])
            : file.Length > ImportSheet.MaxBytes
                ? throw ValidationFailedException.For("file", string.Format(CultureInfo.CurrentCulture, text["Error.TooLarge"], ImportSheet.MaxBytes / 1024 / 1024))
                : file.OpenReadStream();

    private static Results<Ok<ImportSummary>, ProblemHttpResult> Respond(ImportResult result, IStringLocalizer<ImportText> text, HttpContext http)
    {
        if (result.Succeeded)
        {
            return TypedResults.Ok(new ImportSummary(result.Created, result.Updated, result.Unchanged));
        }

        var problem = new ProblemDetails
        {
            Status = StatusCodes.Status400BadRequest,
            Title = text["Error.Rejected", result.ErrorCount],
            Detail = text["Error.Rejected", result.ErrorCount],
            Instance = http.Request.Path,
        };
        problem.Extensions["errors"] = result.Errors.Select(e => new { row = e.Row, column = e.Column, columnLetter = e.ColumnLetter, field = e.Field, message = e.Message }).ToList();
        problem.Extensions["errorCount"] = result.ErrorCount;
        problem.Extensions["errorReportId"] = result.ErrorReportId;
        problem.Extensions["errorReport"] = $"/api/v1/investment/import/error-reports/{result.ErrorReportId}";
        return TypedResults.Problem(problem);
    }
}
