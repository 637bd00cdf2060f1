using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Tianzhong.Kernel.Errors;
using Tianzhong.Kernel.Infrastructure.Persistence;
using Tianzhong.Kernel.Security;
using Tianzhong.Modules.Chains.Data;
using Tianzhong.Modules.Chains.Domain;
using Tianzhong.Modules.Chains.Domain.Matching;
using Tianzhong.Modules.Chains.Resources;

namespace Tianzhong.Modules.Chains.Features.Matching;

// IsDefault: the city has not saved weights yet (the platform's starting point applies). Version: send it back when saving.
public sealed record WeightsView(decimal GapFit, decimal PlanListing, decimal Region, decimal Flags, decimal Interactions, decimal Presence, bool IsDefault, string? UpdatedBy, DateTime? UpdatedUtc, int Version);

// Version: the settings version the caller read; a stale one is refused with 409.
public sealed record SaveWeightsRequest(decimal? GapFit, decimal? PlanListing, decimal? Region, decimal? Flags, decimal? Interactions, decimal? Presence, int Version);

/// <summary>The city's matching weights, kept in the chain settings row; any weight below zero or all zero is refused.</summary>
public sealed class MatchingWeights(ChainsDb db, ICurrentUser currentUser, TimeProvider timeProvider, IStringLocalizer<MatchingText> text)
{
    public async Task<WeightsView> GetAsync(CancellationToken cancellationToken)
    {
        var settings = await db.Settings.AsNoTracking().FirstOrDefaultAsync(s => s.Id == ChainSettings.SingletonId, cancellationToken);
        return View(settings);
    }

    public async Task<WeightsView> SaveAsync(SaveWeightsRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        decimal?[] given = [request.GapFit, request.PlanListing, request.Region, request.Flags, request.Interactions, request.Presence];
        var names = new[] { "gapFit", "planListing", "region", "flags", "interactions", "presence" };
        var errors = new Dictionary<string, string[]>();
        for (var i = 0; i < given.Length; i++)
        {
            if (given[i] is null)
            {
                errors[names[i]] = [text["Required"]];
            }
        }

        if (errors.Count > 0)
        {
            throw new ValidationFailedException(errors);
        }

        var weights = new MatchWeights(request.GapFit!.Value, request.PlanListing!.Value, request.Region!.Value, request.Flags!.Value, request.Interactions!.Value, request.Presence!.Value);
        var problems = MatchWeightsRules.Check(weights);
        if (problems.Count > 0)
        {
            throw new ValidationFailedException(problems.GroupBy(p => p.Field).ToDictionary(g => g.Key, g => g.Select(p => text[$"WeightProblem.{p.Problem}", text[$"Component.{Component(p.Field)}"]].Value).ToArray()));
        }

        db.ChangeTracker.Clear();
        var now = timeProvider.GetUtcNow().UtcDateTime;
        var settings = await db.Settings.FirstOrDefaultAsync(s => s.Id == ChainSettings.SingletonId, cancellationToken);
        if ((settings?.Version ?? 0) != request.Version)
        {
            throw new ConcurrencyConflictException(text["ConcurrencyConflict"]);
        }

        if (settings is null)
        {
            settings = ChainSettings.Initial(now);
            db.Settings.Add(settings);
        }

        settings.ChangeWeights(weights, currentUser.UserName ?? string.Empty, now);
        await db.SaveOrConflictAsync(text["ConcurrencyConflict"], cancellationToken);
        return View(settings);
    }

    private static string Component(string field) => field switch
    {
        "weights" => "All",
        _ => string.Concat(char.ToUpperInvariant(field[0]), field[1..]),
    };

    private static WeightsView View(ChainSettings? settings)
    {
        var w = settings?.Weights ?? MatchWeights.Default;
        var isDefault = settings is null || settings.Weights == MatchWeights.Default && settings.UpdatedBy.Length == 0;
        return new WeightsView(w.GapFit, w.PlanListing, w.Region, w.Flags, w.Interactions, w.Presence, isDefault, settings?.UpdatedBy is { Length: > 0 } by ? by : null, settings?.UpdatedUtc, settings?.Version ?? 0);
    }
}
