using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Tianzhong.Kernel.Errors;
using Tianzhong.Kernel.Infrastructure.Persistence;
using Tianzhong.Kernel.Security;
using Tianzhong.Modules.Chains.Data;
using Tianzhong.Modules.Chains.Domain;
using Tianzhong.Modules.Chains.Resources;

namespace Tianzhong.Modules.Chains.Features.Settings;

/// <summary>The gap rules in force.</summary>
/// <param name="StrongMinEnterprises">Local enterprises and counted projects together a strong link needs at least.</param>
/// <param name="StrongMinInvestmentWan">Counted contract investment (万元) a strong link needs at least.</param>
/// <param name="IsDefault">True while the rules are the platform's defaults.</param>
/// <param name="Version">The settings' version, to send back when saving.</param>
/// <param name="UpdatedBy">Who saved them last.</param>
/// <param name="UpdatedUtc">When.</param>
public sealed record GapRulesView(int StrongMinEnterprises, decimal StrongMinInvestmentWan, bool IsDefault, int Version, string? UpdatedBy, DateTime? UpdatedUtc);

/// <summary>New gap rules.</summary>
/// <param name="StrongMinEnterprises">At least 1.</param>
/// <param name="StrongMinInvestmentWan">Zero or more, 万元.</param>
/// <param name="Version">The settings' version read.</param>
public sealed record SaveGapRulesRequest(int? StrongMinEnterprises, decimal? StrongMinInvestmentWan, int Version);

/// <summary>Reads and saves the city's gap rules (the settings row also holds precision matching's weights).</summary>
public sealed class GapRulesSettings(ChainsDb db, ICurrentUser currentUser, TimeProvider clock, IStringLocalizer<ChainsText> text)
{
    public async Task<GapRulesView> GetAsync(CancellationToken cancellationToken)
    {
        var settings = await db.Settings.AsNoTracking().SingleOrDefaultAsync(s => s.Id == ChainSettings.SingletonId, cancellationToken);
        var rules = settings?.Gaps ?? GapRules.Default;
        return new GapRulesView(rules.StrongMinEnterprises, rules.StrongMinInvestmentWan, rules == GapRules.Default, settings?.Version ?? 0, settings?.UpdatedBy is { Length: > 0 } by ? by : null, settings?.UpdatedBy is { Length: > 0 } ? settings.UpdatedUtc : null);
    }

    public async Task<GapRulesView> SaveAsync(SaveGapRulesRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var errors = new Dictionary<string, string[]>();
        if (request.StrongMinEnterprises is null)
        {
            errors["strongMinEnterprises"] = [text["Required"]];
        }

        if (request.StrongMinInvestmentWan is null)
        {
            errors["strongMinInvestmentWan"] = [text["Required"]];
        }

        if (errors.Count == 0)
        {
            foreach (var (field, problem) in new GapRules(request.StrongMinEnterprises!.Value, request.StrongMinInvestmentWan!.Value).Check())
            {
                errors[field] = [text[$"RuleProblem.{problem}"]];
            }
        }

        if (errors.Count > 0)
        {
            throw new ValidationFailedException(errors);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var settings = await db.Settings.SingleOrDefaultAsync(s => s.Id == ChainSettings.SingletonId, cancellationToken);
        if (settings is null)
        {
            settings = ChainSettings.Initial(now);
            db.Settings.Add(settings);
        }

        if (settings.Version != request.Version)
        {
            throw new ConcurrencyConflictException(text["RulesConflict"]);
        }

        settings.ChangeGaps(new GapRules(request.StrongMinEnterprises!.Value, request.StrongMinInvestmentWan!.Value), currentUser.UserName ?? string.Empty, now);
        await db.SaveOrConflictAsync(text["RulesConflict"], cancellationToken);
        return await GetAsync(cancellationToken);
    }
}
