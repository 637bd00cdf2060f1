using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Localization;
using Tianzhong.Kernel.Errors;
using Tianzhong.Kernel.Security;
using Tianzhong.Modules.Investment.Domain;
using Tianzhong.Modules.Investment.Resources;

namespace Tianzhong.Modules.Investment.Features.Lifecycle;

/// <summary>
/// The project lifecycle under <c>/api/v1/investment</c>: stage submissions with evidence, the city's decisions,
/// stalls, terminations and resumes, and the reads behind them.
/// </summary>
public static class LifecycleApi
{
    // Ten files of 10 MB and the form around them; anything larger is refused before it is read.
    private const long MaxSubmissionBytes = (EvidenceChecks.MaxFiles * EvidenceChecks.MaxBytes) + (1024 * 1024);

    public static void MapLifecycleApi(this IEndpointRouteBuilder api)
    {
        var investment = api.MapGroup("/investment").WithTags("Investment lifecycle");

        // API writes are bearer-only (the authentication scheme selector never accepts the cookie for a write to /api),
        // so a forged cross-site form post cannot authenticate and the antiforgery token adds nothing here.
        investment.MapPost("/projects/{id:guid}/submissions", async Task<Created<SubmissionView>> (Guid id, HttpRequest request, LifecycleCommands commands, IStringLocalizer<LifecycleText> text, CancellationToken ct) =>
            {
                var submission = await commands.SubmitAsync(id, await ReadSubmissionAsync(request, text, ct), ct);
                return TypedResults.Created($"/api/v1/investment/projects/{id}/submissions", submission);
            })
            .DisableAntiforgery()
            .WithMetadata(new RequestSizeLimitAttribute(MaxSubmissionBytes))
            .RequireAuthorization(Policies.UnitWrite)
            .WithName("SubmitStage")
            .WithSummary("Submit the next stage (Signed, Started, InProduction) with its date and evidence, as multipart/form-data: targetStage, occurredOn (yyyy-MM-dd), note, files (1-10; pdf, jpg, png, docx, xlsx; 10 MB each) and kinds (Contract|Permit|Photo|Other, one per file in the same order; omitted = Other)");

        investment.MapPost("/submissions/{id:guid}/approve", async (Guid id, DecisionRequest request, LifecycleCommands commands, CancellationToken ct) =>
                TypedResults.Ok(await commands.ApproveAsync(id, request, ct)))
            .RequireAuthorization(Policies.CityWrite)
            .WithName("ApproveSubmission").WithSummary("Approve a pending submission: the project reaches its stage on the submitted date; a stale version gets 409");

        investment.MapPost("/submissions/{id:guid}/return", async (Guid id, DecisionRequest request, LifecycleCommands commands, CancellationToken ct) =>
                TypedResults.Ok(await commands.ReturnAsync(id, request, ct)))
            .RequireAuthorization(Policies.CityWrite)
            .WithName("ReturnSubmission").WithSummary("Return a pending submission with an opinion (required); the unit may submit again");

        investment.MapPost("/projects/{id:guid}/stall", async (Guid id, HaltRequest request, LifecycleCommands commands, CancellationToken ct) =>
                TypedResults.Ok(await commands.StallAsync(id, request, ct)))
            .RequireAuthorization(Policies.UnitWrite)
            .WithName("StallProject").WithSummary("Mark a project as stalled with a reason; it can resume at the stage it had reached");

        investment.MapPost("/projects/{id:guid}/terminate", async (Guid id, HaltRequest request, LifecycleCommands commands, CancellationToken ct) =>
                TypedResults.Ok(await commands.TerminateAsync(id, request, ct)))
            .RequireAuthorization(Policies.UnitWrite)
            .WithName("TerminateProject").WithSummary("Terminate a project with a reason; a terminated project takes no further steps");

        investment.MapPost("/projects/{id:guid}/resume", async (Guid id, HaltRequest request, LifecycleCommands commands, CancellationToken ct) =>
                TypedResults.Ok(await commands.ResumeAsync(id, request, ct)))
            .RequireAuthorization(Policies.UnitWrite)
            .WithName("ResumeProject").WithSummary("Resume a stalled project at the stage it had reached");

        investment.MapGet("/projects/{id:guid}/lifecycle", async (Guid id, LifecycleQueries queries, CancellationToken ct) => TypedResults.Ok(await queries.GetAsync(id, ct)))
            .RequireAuthorization(Policies.BusinessRead)
            .WithName("GetProjectLifecycle").WithSummary("A project's approved stage, stage dates, halt reason, next stage and pending submission");

        investment.MapGet("/projects/{id:guid}/submissions", async (Guid id, LifecycleQueries queries, CancellationToken ct) => TypedResults.Ok(await queries.ProjectSubmissionsAsync(id, ct)))
            .RequireAuthorization(Policies.BusinessRead)
            .WithName("ListProjectSubmissions").WithSummary("A project's stage submissions with their evidence files' descriptions (not contents)");

        investment.MapGet("/projects/{id:guid}/history", async (Guid id, LifecycleQueries queries, CancellationToken ct) => TypedResults.Ok(await queries.HistoryAsync(id, ct)))
            .RequireAuthorization(Policies.BusinessRead)
            .WithName("GetProjectStageHistory").WithSummary("A project's stage history, oldest first");

        investment.MapGet("/submissions", async ([AsParameters] SubmissionQuery query, LifecycleQueries queries, CancellationToken ct) => TypedResults.Ok(await queries.SearchAsync(query, ct)))
            .RequireAuthorization(Policies.BusinessRead)
            .WithName("SearchSubmissions").WithSummary("Stage submissions by status and unit, paged (status=Pending is the city's approval queue; a county sees its own unit's)");

        investment.MapGet("/evidence/{id:guid}", async (Guid id, LifecycleQueries queries, CancellationToken ct) =>
            {
                var file = await queries.DownloadAsync(id, ct);
                return TypedResults.File(file.Content, file.ContentType, file.FileName);
            })
            .RequireAuthorization(Policies.BusinessRead)
            .WithName("DownloadEvidence").WithSummary("Download an evidence file (audited); 404 unless the caller can see its submission");
    }

    private static async Task<SubmitStageRequest> ReadSubmissionAsync(HttpRequest request, IStringLocalizer<LifecycleText> text, CancellationToken cancellationToken)
    {
        if (!request.HasFormContentType)
        {
            throw ValidationFailedException.For("files", text["FormRequired"]);
        }

        var form = await request.ReadFormAsync(cancellationToken);
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        ProjectStage? stage = null;
        var stageText = form["targetStage"].ToString().Trim();
        if (stageText.Length > 0)
        {
            if (!int.TryParse(stageText, CultureInfo.InvariantCulture, out _) && Enum.TryParse<ProjectStage>(stageText, ignoreCase: true, out var parsed))
            {
                stage = parsed;
            }
            else
            {
                errors["targetStage"] = [text["InvalidStage"]];
            }
        }

        DateOnly? occurredOn = null;
        var dateText = form["occurredOn"].ToString().Trim();
        if (dateText.Length > 0)
        {
            if (DateOnly.TryParseExact(dateText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                occurredOn = date;
            }
            else
            {
                errors["occurredOn"] = [text["InvalidDate"]];
            }
        }

        var files = form.Files.GetFiles("files");
        var kindTexts = form["kinds"];
        var kinds = new List<EvidenceKind>();
        if (kindTexts.Count > 0 && kindTexts.Count != files.Count)
        {
            errors["kinds"] = [text["KindsMismatch"]];
        }
        else
        {
            foreach (var kindText in kindTexts)
            {
                if (!int.TryParse(kindText, CultureInfo.InvariantCulture, out _) && Enum.TryParse<EvidenceKind>(kindText?.Trim(), ignoreCase: true, out var kind))
                {
                    kinds.Add(kind);
                }
                else
                {
                    errors["kinds"] = [text["InvalidKind", kindText ?? string.Empty]];
                }
            }
        }

        if (errors.Count > 0)
        {
            throw new ValidationFailedException(errors);
        }

        var uploads = files.Select((f, i) => new EvidenceUpload(f.FileName, kinds.Count > 0 ? kinds[i] : EvidenceKind.Other, f.Length, ct => ReadAllAsync(f, ct))).ToList();
        return new SubmitStageRequest(stage, occurredOn, form["note"].ToString(), uploads);
    }

    private static async Task<byte[]> ReadAllAsync(IFormFile file, CancellationToken cancellationToken)
    {
        var content = new byte[file.Length];
        await using var stream = file.OpenReadStream();
        await stream.ReadExactlyAsync(content, cancellationToken);
        return content;
    }
}
