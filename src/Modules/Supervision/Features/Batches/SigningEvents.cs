using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Tianzhong.Kernel.Errors;
using Tianzhong.Kernel.Security;
using Tianzhong.Kernel.Time;
using Tianzhong.Modules.Investment.Contracts;
using Tianzhong.Modules.Registry.Contracts;
using Tianzhong.Modules.Supervision.Data;
using Tianzhong.Modules.Supervision.Domain;
using Tianzhong.Modules.Supervision.Resources;

namespace Tianzhong.Modules.Supervision.Features.Batches;

/// <summary>A centralised signing to record.</summary>
// Title: The event's title (at most 200 characters).
// HeldOn: The day it was held; at most one year ahead.
// Place: Where it was held (at most 200 characters).
// ProjectIds: The signed projects (at least one, no duplicates).
public sealed record RecordSigningRequest(string? Title, DateOnly? HeldOn, string? Place, IReadOnlyList<Guid>? ProjectIds);

/// <summary>A signing event in a year's list.</summary>
// Period: The batch period of its date under its year's cadence.
// PeriodLabel: That period's name.
// TotalWan: The projects' contract investment as recorded at the event, in 万元.
public sealed record SigningSummary(Guid Id, string Title, DateOnly HeldOn, string Place, int Period, string PeriodLabel, int ProjectCount, decimal TotalWan);

/// <summary>A project signed at an event, with its figures as recorded then.</summary>
public sealed record SigningProjectView(Guid ProjectId, string ProjectName, string UnitCode, string UnitName, decimal ContractInvestmentWan);

/// <summary>One signing event with its projects.</summary>
public sealed record SigningView(Guid Id, string Title, DateOnly HeldOn, string Place, int Period, string PeriodLabel, int ProjectCount, decimal TotalWan, string RecordedBy, DateTime RecordedUtc, int Version, IReadOnlyList<SigningProjectView> Projects);

/// <summary>
/// Centralised signings (集中签约): the city records the event with its signed projects, whose name, unit and contract
/// investment are copied from the project library at recording time so the event keeps the figures announced then.
/// </summary>
public sealed class SigningEvents(SupervisionDb db, IInvestmentFigures figures, IUnitDirectory units, BatchCalendar calendar, ICurrentUser currentUser, TimeProvider timeProvider, IStringLocalizer<BatchesText> text)
{
    public const int MaxTextLength = 200;

    public async Task<SigningView> RecordAsync(RecordSigningRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var errors = new Dictionary<string, string[]>();
        var title = request.Title?.Trim();
        var place = request.Place?.Trim();
        CheckText(errors, "title", title);
        CheckText(errors, "place", place);
        var latest = ChinaTime.Today(timeProvider).AddYears(1);
        if (request.HeldOn is null)
        {
            errors["heldOn"] = [text["Validation.Required"]];
        }
        else if (request.HeldOn > latest)
        {
            errors["heldOn"] = [text["Validation.HeldTooLate", latest.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)]];
        }

        var ids = request.ProjectIds ?? [];
        IReadOnlyList<ProjectBrief> briefs = [];
        if (ids.Count == 0)
        {
            errors["projectIds"] = [text["Validation.NoProjects"]];
        }
        else
        {
            var problems = new List<string>();
            var duplicates = ids.GroupBy(i => i).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
            if (duplicates.Count > 0)
            {
                problems.Add(text["Validation.DuplicateProjects", string.Join(", ", duplicates)]);
            }

            briefs = await figures.DescribeAsync([.. ids.Distinct()], cancellationToken);
            var known = briefs.ToDictionary(b => b.Id);
            problems.AddRange(ids.Distinct().Where(i => !known.ContainsKey(i)).Select(i => text["Validation.UnknownProject", i].Value));
            problems.AddRange(briefs.Where(b => b.SignedOn is null).Select(b => text["Validation.NotSigned", b.Name].Value));
            if (problems.Count > 0)
            {
                errors["projectIds"] = [.. problems];
            }
        }

        if (errors.Count > 0)
        {
            throw new ValidationFailedException(errors);
        }

        var byId = briefs.ToDictionary(b => b.Id);
        var projects = ids.Select(i => byId[i]).Select(b => SigningEventProject.Create(b.Id, b.Name, b.UnitCode, b.ContractInvestmentWan));
        var signing = SigningEvent.Record(title!, request.HeldOn!.Value, place!, projects, currentUser.UserName ?? string.Empty, timeProvider.GetUtcNow().UtcDateTime);
        db.SigningEvents.Add(signing);
        await db.SaveChangesAsync(cancellationToken);
        return await GetAsync(signing.Id, cancellationToken);
    }

    /// <summary>The year's events by date, each with its period under the year's cadence, project count and total (summed in the database).</summary>
    public async Task<IReadOnlyList<SigningSummary>> ListAsync(int? year, CancellationToken cancellationToken)
    {
        var y = year ?? ChinaTime.Today(timeProvider).Year;
        calendar.CheckYear(y);
        var first = new DateOnly(y, 1, 1);
        var last = new DateOnly(y, 12, 31);
        var totals = db.Set<SigningEventProject>().GroupBy(p => p.EventId).Select(g => new { EventId = g.Key, Count = g.Count(), Wan = g.Sum(p => p.ContractInvestmentWan) });
        var rows = await (from e in db.SigningEvents.AsNoTracking().Where(e => e.HeldOn >= first && e.HeldOn <= last)
                          join t in totals on e.Id equals t.EventId into joined
                          from t in joined.DefaultIfEmpty()
                          orderby e.HeldOn, e.Title
                          select new { e.Id, e.Title, e.HeldOn, e.Place, Count = (int?)t.Count, Wan = (decimal?)t.Wan })
            .ToListAsync(cancellationToken);
        var cadence = await calendar.CadenceOfAsync(y, cancellationToken);
        return [.. rows.Select(r =>
        {
            var period = BatchPeriods.Containing(r.HeldOn, cadence);
            return new SigningSummary(r.Id, r.Title, r.HeldOn, r.Place, period.Index, calendar.Label(period), r.Count ?? 0, r.Wan ?? 0m);
        })];
    }

    public async Task<SigningView> GetAsync(Guid id, CancellationToken cancellationToken)
    {
        var signing = await db.SigningEvents.AsNoTracking().Include(e => e.Projects).FirstOrDefaultAsync(e => e.Id == id, cancellationToken)
            ?? throw new NotFoundException(text["SigningNotFound"]);
        var cadence = await calendar.CadenceOfAsync(signing.HeldOn.Year, cancellationToken);
        var period = BatchPeriods.Containing(signing.HeldOn, cadence);
        var unitList = await units.ListUnitsAsync(cancellationToken);
        var order = unitList.Select((u, i) => (u.Code, i)).ToDictionary(x => x.Code, x => x.i, StringComparer.Ordinal);
        var projects = signing.Projects
            .OrderBy(p => order.TryGetValue(p.UnitCode, out var i) ? i : int.MaxValue)
            .ThenBy(p => p.ProjectName, StringComparer.Ordinal)
            .Select(p => new SigningProjectView(p.ProjectId, p.ProjectName, p.UnitCode, unitList.NameOf(p.UnitCode), p.ContractInvestmentWan))
            .ToList();
        return new SigningView(signing.Id, signing.Title, signing.HeldOn, signing.Place, period.Index, calendar.Label(period), projects.Count, signing.TotalWan, signing.RecordedBy, signing.RecordedUtc, signing.Version, projects);
    }

    private void CheckText(Dictionary<string, string[]> errors, string field, string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            errors[field] = [text["Validation.Required"]];
        }
        else if (value.Length > MaxTextLength)
        {
            errors[field] = [text["Validation.TooLong", MaxTextLength]];
        }
    }
}
