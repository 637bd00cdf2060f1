using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Tianzhong.Kernel.Errors;
using Tianzhong.Kernel.Infrastructure.Persistence;
using Tianzhong.Kernel.Security;
using Tianzhong.Modules.Investment.Data;
using Tianzhong.Modules.Investment.Domain;
using Tianzhong.Modules.Investment.Resources;
using Tianzhong.Modules.Registry.Contracts;

namespace Tianzhong.Modules.Investment.Features.Projects;

/// <param name="UnitCode">The owning unit; a county officer may only name their own.</param>
/// <param name="Figures">The project's figures.</param>
public sealed record RegisterProjectRequest(string? UnitCode, ProjectFigures? Figures);

/// <param name="Figures">The new figures.</param>
/// <param name="Version">The version the caller read; a stale one is refused with 409.</param>
public sealed record ReviseProjectRequest(ProjectFigures? Figures, int Version);

/// <summary>Registers and revises projects. Unit scope is enforced by the persistence layer; this validates the input.</summary>
public sealed class ProjectRegistration(InvestmentDb db, Claims.DoubleClaimDetector claims, IUnitDirectory units, IIndustryDirectory industries, ICurrentUser currentUser, TimeProvider timeProvider, IStringLocalizer<InvestmentText> text)
{
    public async Task<ProjectView> RegisterAsync(RegisterProjectRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var unitCode = string.IsNullOrWhiteSpace(request.UnitCode) ? currentUser.UnitCode : request.UnitCode.Trim();
        var errors = await ValidateAsync(request.Figures, cancellationToken);
        if (string.IsNullOrEmpty(unitCode))
        {
            errors["unitCode"] = [text["Required"]];
        }
        else if (await units.FindUnitAsync(unitCode, cancellationToken) is null)
        {
            errors["unitCode"] = [text["UnknownUnit", unitCode]];
        }

        if (errors.Count > 0)
        {
            throw new ValidationFailedException(errors);
        }

        var project = Project.Register(unitCode!, Normalise(request.Figures!), timeProvider.GetUtcNow().UtcDateTime);
        db.Projects.Add(project);
        await db.SaveChangesAsync(cancellationToken);
        return ProjectView.From(project);
    }

    public async Task<ProjectView> ReviseAsync(Guid id, ReviseProjectRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);

        // Pages keep this handler for a circuit's lifetime: start from the stored row, not an earlier tracked one.
        db.ChangeTracker.Clear();
        var project = await db.Projects.FirstOrDefaultAsync(p => p.Id == id, cancellationToken)
            ?? throw new NotFoundException(text["ProjectNotFound"]);
        var errors = await ValidateAsync(request.Figures, cancellationToken);
        if (errors.Count > 0)
        {
            throw new ValidationFailedException(errors);
        }

        if (project.Version != request.Version)
        {
            throw new ConcurrencyConflictException(text["ConcurrencyConflict"]);
        }

        project.Revise(Normalise(request.Figures!));
        await db.SaveOrConflictAsync(text["ConcurrencyConflict"], cancellationToken);

        // A new name can make this project the same claim as another unit's project with the same investor.
        if (await claims.DetectAsync(project.Id, cancellationToken))
        {
            db.ChangeTracker.Clear();
            project = await db.Projects.AsNoTracking().Include(p => p.Investors).FirstAsync(p => p.Id == id, cancellationToken);
        }

        return ProjectView.From(project);
    }

    private static ProjectFigures Normalise(ProjectFigures figures) =>
        figures with { Name = figures.Name.Trim(), DirectionCode = figures.DirectionCode.Trim(), MajorGroupCode = string.IsNullOrWhiteSpace(figures.MajorGroupCode) ? null : figures.MajorGroupCode.Trim() };

    private async Task<Dictionary<string, string[]>> ValidateAsync(ProjectFigures? figures, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        if (figures is null)
        {
            errors["figures"] = [text["Required"]];
            return errors;
        }

        foreach (var group in ProjectFiguresRules.Check(figures).GroupBy(p => p.Field))
        {
            errors[group.Key] = [.. group.Select(p => text[$"FigureProblem.{p.Problem}"].Value)];
        }

        if (!errors.ContainsKey("directionCode") && !await industries.DirectionExistsAsync(figures.DirectionCode.Trim(), cancellationToken))
        {
            errors["directionCode"] = [text["UnknownDirection", figures.DirectionCode]];
        }

        if (!string.IsNullOrWhiteSpace(figures.MajorGroupCode) && !await industries.MajorGroupExistsAsync(figures.MajorGroupCode.Trim(), cancellationToken))
        {
            errors["majorGroupCode"] = [text["UnknownMajorGroup", figures.MajorGroupCode]];
        }

        return errors;
    }
}
