using Tianzhong.Kernel.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Tianzhong.Kernel.Errors;
using Tianzhong.Kernel.Security;
using Tianzhong.Modules.Investment.Data;
using Tianzhong.Modules.Investment.Domain;
using Tianzhong.Modules.Investment.Features.Funds;
using Tianzhong.Modules.Investment.Resources;
using Tianzhong.Modules.Registry.Contracts;

namespace Tianzhong.Modules.Investment.Features.Rates;

/// <summary>Whose rates a response holds: the city and every unit, or only the caller's own unit.</summary>
public enum RatesScope
{
    City,
    OwnUnit,
}

/// <summary>The six rates of one unit, or of the city (code 411700).</summary>
public sealed record RatesLine(string Code, string Name, PlanRates Rates);

public sealed record RatesReport(DateOnly From, DateOnly To, RatesScope Scope, RatesLine? City, IReadOnlyList<RatesLine> Units);

/// <summary>
/// The plan's rates (docs/investment-rates.md) for a period. Each project signed or started by the end of the period
/// (history projects excluded) becomes a <see cref="RateInput"/> in one query, with its verified funds summed per
/// project in the database. Rates are aggregates, but a county's data scope hides other units' funds, so a county
/// officer (or any user who does not see all units) gets only its own unit's line and no city line.
/// </summary>
public sealed class PlanRatesQuery(InvestmentDb db, ICurrentUser currentUser, IUnitDirectory units, TimeProvider timeProvider, IStringLocalizer<FundsText> text)
{
    public const string CityCode = "411700";
    public const int MaxYears = 10;

    public async Task<RatesReport> GetAsync(DateOnly? from, DateOnly? to, CancellationToken cancellationToken)
    {
        var today = ChinaTime.Today(timeProvider);
        var end = to ?? today;
        var start = from ?? new DateOnly(end.Year, 1, 1);
        if (end < start)
        {
            throw ValidationFailedException.For("to", text["PeriodReversed"]);
        }

        if (end > start.AddYears(MaxYears))
        {
            throw ValidationFailedException.For("to", text["PeriodTooLong", MaxYears]);
        }

        var seesAll = currentUser.SeesAllUnits();
        var ownUnit = currentUser.UnitCode;
        var funds = db.Funds.Where(f => f.Status == FundsStatus.Verified && f.ReceivedOn <= end)
            .GroupBy(f => f.ProjectId)
            .Select(g => new { ProjectId = g.Key, Wan = g.Sum(f => f.AmountWan) });
        var projects = db.Projects.AsNoTracking()
            .Where(p => ((p.SignedOn != null && p.SignedOn <= end) || (p.StartedOn != null && p.StartedOn <= end)));
        if (!seesAll)
        {
            projects = projects.Where(p => p.UnitCode == ownUnit);
        }

        // Streamed: only one accumulator per unit stays in memory, however large the library.
        var rows = from p in projects
                   join f in funds on p.Id equals f.ProjectId into joined
                   from f in joined.DefaultIfEmpty()
                   select new
                   {
                       p.UnitCode,
                       p.SignedOn,
                       p.StartedOn,
                       p.InProductionOn,
                       p.Stage,
                       p.HaltedOn,
                       p.Figures.ContractInvestmentWan,
                       Funds = (decimal?)f.Wan,
                       p.CountShare,
                   };
        var unitList = await units.ListUnitsAsync(cancellationToken);
        var byUnit = unitList.Where(u => seesAll || u.Code == ownUnit).ToDictionary(u => u.Code, _ => new RateAccumulator(start, end), StringComparer.Ordinal);
        var whole = new RateAccumulator(start, end);
        await foreach (var r in rows.AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            var input = new RateInput(r.SignedOn, r.StartedOn, r.InProductionOn, r.Stage == ProjectStage.Terminated ? r.HaltedOn : null, r.ContractInvestmentWan, r.Funds ?? 0m, r.CountShare);
            whole.Add(input);
            if (byUnit.TryGetValue(r.UnitCode, out var accumulator))
            {
                accumulator.Add(input);
            }
        }

        var lines = unitList.Where(u => byUnit.ContainsKey(u.Code)).Select(u => new RatesLine(u.Code, u.Name, byUnit[u.Code].Result())).ToList();
        RatesLine? city = null;
        if (seesAll)
        {
            city = new RatesLine(CityCode, text["Rates.WholeCity"], whole.Result());
        }

        return new RatesReport(start, end, seesAll ? RatesScope.City : RatesScope.OwnUnit, city, lines);
    }
}
