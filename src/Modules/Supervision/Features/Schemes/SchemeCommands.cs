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

/// <summary>The city's scheme for a year, sent whole.</summary>
/// <param name="Rules">Ranking rules (weights adding up to 100 ...).</param>
/// <param name="Assessment">Assessment weights adding up to 100.</param>
/// <param name="Cadence">Quarterly or BiMonthly.</param>
/// <param name="Version">The version read (0 when the year still runs on defaults).</param>
public sealed record SaveSchemeRequest(RankingRules? Rules, AssessmentRules? Assessment, BatchCadence? Cadence, int Version);

/// <summary>Saves a year's ranking scheme after checking every rule; closed months keep the ranking they were closed with.</summary>
public sealed class SchemeCommands(SupervisionDb db, SchemeQueries queries, ICurrentUser currentUser, TimeProvider timeProvider, IUnitDirectory units, IIndustryDirectory industries, IStringLocalizer<SupervisionText> text)
{
    public async Task<SchemeView> SaveAsync(int year, SaveSchemeRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        SchemeQueries.CheckYear(year, text);
        var errors = new Dictionary<string, string[]>();
        if (request.Rules is null)
        {
            errors["rules"] = [text["Required"]];
        }
        else
        {
            foreach (var (field, problem) in RankingRulesCheck.Problems(request.Rules))
            {
                errors[$"rules.{field}"] = [text[$"RuleProblem.{problem}"]];
            }

            await CheckLeadingDirectionsAsync(request.Rules, errors, cancellationToken);
        }

        if (request.Assessment is null)
        {
            errors["assessment"] = [text["Required"]];
        }
        else
        {
            foreach (var (field, problem) in RankingRulesCheck.Problems(request.Assessment))
            {
                errors[$"assessment.{field}"] = [text[$"RuleProblem.{problem}"]];
            }
        }

        if (request.Cadence is null)
        {
            errors["cadence"] = [text["Required"]];
        }

        if (errors.Count > 0)
        {
            throw new ValidationFailedException(errors);
        }

        var now = timeProvider.GetUtcNow().UtcDateTime;
        var by = currentUser.UserName ?? string.Empty;
        var scheme = await db.Schemes.SingleOrDefaultAsync(s => s.Year == year, cancellationToken);
        if (scheme is null)
        {
            if (request.Version != 0)
            {
                throw new ConcurrencyConflictException(text["SchemeConflict"]);
            }

            db.Schemes.Add(RankingScheme.Create(year, request.Rules!, request.Assessment!, request.Cadence!.Value, by, now));
        }
        else
        {
            if (scheme.Version != request.Version)
            {
                throw new ConcurrencyConflictException(text["SchemeConflict"]);
            }

            scheme.Change(request.Rules!, request.Assessment!, request.Cadence!.Value, by, now);
        }

        try
        {
            await db.SaveOrConflictAsync(text["SchemeConflict"], cancellationToken);
        }
        catch (DbUpdateException) when (scheme is null)
        {
            // Two first saves of the same year: the year's primary key lets one through.
            throw new ConcurrencyConflictException(text["SchemeConflict"]);
        }

        return await queries.GetAsync(year, cancellationToken);
    }


    private async Task CheckLeadingDirectionsAsync(RankingRules rules, Dictionary<string, string[]> errors, CancellationToken cancellationToken)
    {
        var unitCodes = (await units.ListUnitsAsync(cancellationToken)).Select(u => u.Code).ToHashSet(StringComparer.Ordinal);
        var directions = (await industries.ListDirectionsAsync(cancellationToken)).Select(d => d.Code).ToHashSet(StringComparer.Ordinal);
        foreach (var (unit, codes) in rules.LeadingDirections ?? new Dictionary<string, IReadOnlyList<string>>())
        {
            if (!unitCodes.Contains(unit))
            {
                errors[$"rules.leadingDirections.{unit}"] = [text["UnknownUnit", unit]];
            }
            else if (codes?.FirstOrDefault(c => !directions.Contains(c)) is { } unknown)
            {
                errors[$"rules.leadingDirections.{unit}"] = [text["UnknownDirection", unknown]];
            }
        }
    }
}
