using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Tianzhong.Kernel.Errors;
using Tianzhong.Kernel.Infrastructure.Persistence;
using Tianzhong.Kernel.Security;
using Tianzhong.Modules.Registry.Contracts;
using Tianzhong.Modules.Supervision.Data;
using Tianzhong.Modules.Supervision.Domain;
using Tianzhong.Modules.Supervision.Domain.Ranking;
using Tianzhong.Modules.Supervision.Resources;

namespace Tianzhong.Modules.Supervision.Features.Schemes;

/// <summary>One unit's target for one indicator.</summary>
/// <param name="UnitCode">The unit.</param>
/// <param name="UnitName">Its name.</param>
/// <param name="Indicator">The indicator.</param>
/// <param name="Value">The target (万元 for funds, a count otherwise), or null when not set.</param>
/// <param name="Version">The target's version (0 when not set).</param>
public sealed record TargetView(string UnitCode, string UnitName, RankingIndicator Indicator, decimal? Value, int Version);

/// <summary>A year's targets with the plan's city totals.</summary>
/// <param name="Year">The year.</param>
/// <param name="Targets">Per unit (gazette order) and indicator.</param>
/// <param name="PlanCityTargets">The city target plan A implies for the year, per indicator that has one (万元 or count).</param>
/// <param name="IsExtrapolated">True for years after 2025, where the plan's growth rates are carried on.</param>
public sealed record TargetsView(int Year, IReadOnlyList<TargetView> Targets, IReadOnlyDictionary<RankingIndicator, decimal> PlanCityTargets, bool IsExtrapolated);

/// <summary>A target to set.</summary>
/// <param name="UnitCode">The unit.</param>
/// <param name="Indicator">The indicator.</param>
/// <param name="Value">Zero or more.</param>
/// <param name="Version">The version read (0 for a new target).</param>
public sealed record TargetChange(string? UnitCode, RankingIndicator? Indicator, decimal? Value, int Version);

/// <summary>Targets to set, all or none.</summary>
/// <param name="Targets">The changes.</param>
public sealed record SaveTargetsRequest(IReadOnlyList<TargetChange>? Targets);

/// <summary>Reads and sets annual targets. Targets move only open months; a closed month keeps the ranking it was closed with.</summary>
public sealed class Targets(SupervisionDb db, ICurrentUser currentUser, TimeProvider timeProvider, IUnitDirectory units, IStringLocalizer<SupervisionText> text)
{
    public async Task<TargetsView> GetAsync(int year, CancellationToken cancellationToken)
    {
        SchemeQueries.CheckYear(year, text);
        var stored = await db.Targets.AsNoTracking().Where(t => t.Year == year).ToListAsync(cancellationToken);
        var visible = (await units.ListUnitsAsync(cancellationToken)).Where(u => currentUser.SeesUnit(u.Code));
        var rows = visible.SelectMany(u => Indicators.All.Select(i =>
        {
            var t = stored.SingleOrDefault(x => x.UnitCode == u.Code && x.Indicator == i);
            return new TargetView(u.Code, u.Name, i, t?.Value, t?.Version ?? 0);
        })).ToList();
        var plan = Indicators.All.Select(i => (i, PlanTargets.CityTarget(i, year))).Where(x => x.Item2 is not null).ToDictionary(x => x.i, x => x.Item2!.Value);
        return new TargetsView(year, rows, plan, PlanTargets.IsExtrapolated(year));
    }

    public async Task<TargetsView> SaveAsync(int year, SaveTargetsRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        SchemeQueries.CheckYear(year, text);
        var changes = request.Targets ?? [];
        var unitCodes = (await units.ListUnitsAsync(cancellationToken)).Select(u => u.Code).ToHashSet(StringComparer.Ordinal);
        var errors = new Dictionary<string, string[]>();
        for (var i = 0; i < changes.Count; i++)
        {
            var c = changes[i];
            if (c.UnitCode is null || !unitCodes.Contains(c.UnitCode))
            {
                errors[$"targets[{i}].unitCode"] = [text["UnknownUnit", c.UnitCode ?? string.Empty]];
            }

            if (c.Indicator is null)
            {
                errors[$"targets[{i}].indicator"] = [text["Required"]];
            }

            if (c.Value is null)
            {
                errors[$"targets[{i}].value"] = [text["Required"]];
            }
            else if (RankingRulesCheck.TargetProblem(c.Value.Value) is { } problem)
            {
                errors[$"targets[{i}].value"] = [text[$"RuleProblem.{problem}"]];
            }
        }

        if (changes.GroupBy(c => (c.UnitCode, c.Indicator)).FirstOrDefault(g => g.Count() > 1) is { } duplicate)
        {
            errors["targets"] = [text["DuplicateTarget", duplicate.Key.UnitCode ?? string.Empty, duplicate.Key.Indicator?.ToString() ?? string.Empty]];
        }

        if (errors.Count > 0)
        {
            throw new ValidationFailedException(errors);
        }

        var stored = await db.Targets.Where(t => t.Year == year).ToListAsync(cancellationToken);
        var now = timeProvider.GetUtcNow().UtcDateTime;
        var by = currentUser.UserName ?? string.Empty;
        foreach (var c in changes)
        {
            var existing = stored.SingleOrDefault(t => t.UnitCode == c.UnitCode && t.Indicator == c.Indicator);
            if ((existing?.Version ?? 0) != c.Version)
            {
                throw new ConcurrencyConflictException(text["TargetConflict"]);
            }

            if (existing is null)
            {
                db.Targets.Add(AnnualTarget.Set(c.UnitCode!, year, c.Indicator!.Value, c.Value!.Value, by, now));
            }
            else if (existing.Value != c.Value)
            {
                existing.Change(c.Value!.Value, by, now);
            }
        }

        await SaveAsync(cancellationToken);
        return await GetAsync(year, cancellationToken);
    }

    /// <summary>Sets plan A's split for every unit and indicator that has no target yet; set targets stay.</summary>
    public async Task<TargetsView> ApplyPlanDefaultsAsync(int year, CancellationToken cancellationToken)
    {
        SchemeQueries.CheckYear(year, text);
        var unitCodes = (await units.ListUnitsAsync(cancellationToken)).Select(u => u.Code).ToList();
        var stored = await db.Targets.Where(t => t.Year == year).Select(t => new { t.UnitCode, t.Indicator }).ToListAsync(cancellationToken);
        var now = timeProvider.GetUtcNow().UtcDateTime;
        var by = currentUser.UserName ?? string.Empty;
        foreach (var d in PlanTargets.Split(year, unitCodes).Where(d => !stored.Any(s => s.UnitCode == d.UnitCode && s.Indicator == d.Indicator)))
        {
            db.Targets.Add(AnnualTarget.Set(d.UnitCode, year, d.Indicator, d.Value, by, now));
        }

        await SaveAsync(cancellationToken);
        return await GetAsync(year, cancellationToken);
    }

    private async Task SaveAsync(CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveOrConflictAsync(text["TargetConflict"], cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Two people adding the same unit's first target at once: the unique index lets one through.
            throw new ConcurrencyConflictException(text["TargetConflict"]);
        }
    }
}
