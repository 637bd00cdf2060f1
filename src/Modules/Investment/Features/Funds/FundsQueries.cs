using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Tianzhong.Kernel.Errors;
using Tianzhong.Kernel.Security;
using Tianzhong.Modules.Investment.Data;
using Tianzhong.Modules.Investment.Domain;
using Tianzhong.Modules.Investment.Resources;
using Tianzhong.Modules.Registry.Contracts;

namespace Tianzhong.Modules.Investment.Features.Funds;

/// <summary>
/// Reads funds records and their totals. The data scope (a county sees its own unit's records) is applied by the
/// context; totals are summed in the database per group and source, never over loaded records.
/// </summary>
public sealed class FundsQueries(InvestmentDb db, ICurrentUser currentUser, IUnitDirectory units, IOptions<FundsDefinitions> definitions, IStringLocalizer<FundsText> text)
{
    public const int MaxPageSize = 200;

    public async Task<FundsPage> SearchAsync(FundsQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (query.Page < 1 || query.PageSize is < 1 or > MaxPageSize)
        {
            throw ValidationFailedException.For(query.Page < 1 ? "page" : "pageSize", text["Paging", MaxPageSize]);
        }

        CheckPeriod(query.From, query.To);
        var funds = db.Funds.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(query.UnitCode))
        {
            var unit = query.UnitCode.Trim();
            funds = funds.Where(f => f.UnitCode == unit);
        }

        if (query.Status is { } status)
        {
            funds = funds.Where(f => f.Status == status);
        }

        if (query.Source is { } source)
        {
            funds = funds.Where(f => f.Source == source);
        }

        if (query.From is { } from)
        {
            funds = funds.Where(f => f.ReceivedOn >= from);
        }

        if (query.To is { } to)
        {
            funds = funds.Where(f => f.ReceivedOn <= to);
        }

        var total = await funds.CountAsync(cancellationToken);
        var rows = await (from f in funds
                          join p in db.Projects on f.ProjectId equals p.Id
                          orderby f.ReceivedOn descending, f.Id
                          select new { Record = f, p.Figures.Name })
            .Skip((query.Page - 1) * query.PageSize).Take(query.PageSize)
            .ToListAsync(cancellationToken);
        return new FundsPage([.. rows.Select(r => FundsView.From(r.Record, r.Name))], total, query.Page, query.PageSize);
    }

    public async Task<ProjectFunds> ForProjectAsync(Guid projectId, CancellationToken cancellationToken)
    {
        var project = await db.Projects.AsNoTracking().Where(p => p.Id == projectId)
            .Select(p => new { p.Id, p.Figures.Name, p.UnitCode, p.CountShare, p.SignedOn })
            .FirstOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException(text["ProjectNotFound"]);

        // One project's records are few; they are listed in full with the totals taken from them.
        var records = await db.Funds.AsNoTracking().Where(f => f.ProjectId == projectId)
            .OrderByDescending(f => f.ReceivedOn).ThenBy(f => f.Id)
            .ToListAsync(cancellationToken);
        var verified = records.Where(r => r.Status == FundsStatus.Verified).Sum(r => r.AmountWan);
        var pending = records.Where(r => r.Status == FundsStatus.Pending).Sum(r => r.AmountWan);
        var canRecord = project.SignedOn is not null
            && (currentUser.IsInRole(Roles.CityOfficer) || (currentUser.IsInRole(Roles.CountyOfficer) && currentUser.UnitCode == project.UnitCode));
        return new ProjectFunds(project.Id, project.Name, project.UnitCode, canRecord, project.CountShare, verified, pending, verified * project.CountShare, [.. records.Select(r => FundsView.From(r, project.Name))]);
    }

    public async Task<FundsTotals> TotalsAsync(FundsTotalsQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        CheckPeriod(query.From, query.To);
        var grouping = ParseGrouping(query.GroupBy);
        var verified = db.Funds.AsNoTracking().Where(f => f.Status == FundsStatus.Verified);
        if (query.From is { } from)
        {
            verified = verified.Where(f => f.ReceivedOn >= from);
        }

        if (query.To is { } to)
        {
            verified = verified.Where(f => f.ReceivedOn <= to);
        }

        // Grouped by key, source and count share, summing the stored amounts: the share is applied to these few
        // grouped rows afterwards. Keeping the multiplication out of SQL gives the same exact decimal result on
        // PostgreSQL (numeric) and SQLite (which stores decimals as text and sums them with EF's ef_sum function).
        var weighted = from f in verified
                       join p in db.Projects on f.ProjectId equals p.Id
                       select new { f.UnitCode, f.ReceivedOn, f.Source, f.ProjectId, p.Figures.Name, p.CountShare, f.AmountWan };
        List<GroupedSum> sums = grouping switch
        {
            FundsGrouping.Unit => await weighted.GroupBy(x => new { x.UnitCode, x.Source, x.CountShare })
                .Select(g => new GroupedSum(g.Key.UnitCode, g.Key.UnitCode, g.Key.Source, g.Key.CountShare, g.Sum(x => x.AmountWan)))
                .ToListAsync(cancellationToken),
            FundsGrouping.Month => (await weighted.GroupBy(x => new { x.ReceivedOn.Year, x.ReceivedOn.Month, x.Source, x.CountShare })
                    .Select(g => new { g.Key.Year, g.Key.Month, g.Key.Source, g.Key.CountShare, Sum = g.Sum(x => x.AmountWan) })
                    .ToListAsync(cancellationToken))
                .ConvertAll(g => new GroupedSum(MonthKey(g.Year, g.Month), MonthKey(g.Year, g.Month), g.Source, g.CountShare, g.Sum)),
            FundsGrouping.Year => (await weighted.GroupBy(x => new { x.ReceivedOn.Year, x.Source, x.CountShare })
                    .Select(g => new { g.Key.Year, g.Key.Source, g.Key.CountShare, Sum = g.Sum(x => x.AmountWan) })
                    .ToListAsync(cancellationToken))
                .ConvertAll(g => new GroupedSum(g.Year.ToString(CultureInfo.InvariantCulture), g.Year.ToString(CultureInfo.InvariantCulture), g.Source, g.CountShare, g.Sum)),
            _ => (await weighted.GroupBy(x => new { x.ProjectId, x.Name, x.Source, x.CountShare })
                    .Select(g => new { g.Key.ProjectId, g.Key.Name, g.Key.Source, g.Key.CountShare, Sum = g.Sum(x => x.AmountWan) })
                    .ToListAsync(cancellationToken))
                .ConvertAll(g => new GroupedSum(g.ProjectId.ToString(), g.Name, g.Source, g.CountShare, g.Sum)),
        };

        if (grouping == FundsGrouping.Unit)
        {
            var names = (await units.ListUnitsAsync(cancellationToken)).ToDictionary(u => u.Code, u => u.Name, StringComparer.Ordinal);
            sums = sums.ConvertAll(s => s with { Label = names.GetValueOrDefault(s.Key, s.Key) });
        }

        var definition = definitions.Value;
        var rows = sums.GroupBy(s => s.Key, StringComparer.Ordinal)
            .Select(g => Row(g.Key, g.First().Label, g, definition))
            .OrderBy(r => grouping == FundsGrouping.Project ? -r.AllWan : 0).ThenBy(r => r.Key, StringComparer.Ordinal)
            .ToList();
        var total = Row("total", string.Empty, sums, definition);
        return new FundsTotals(query.From, query.To, grouping, definition.OutsideProvince, definition.OutsideCity, rows, total);
    }

    private static FundsTotalRow Row(string key, string label, IEnumerable<GroupedSum> sums, FundsDefinitions definition)
    {
        decimal all = 0, province = 0, city = 0;
        foreach (var s in sums)
        {
            var amount = s.SumWan * s.CountShare;
            all += amount;
            province += definition.OutsideProvince.Contains(s.Source) ? amount : 0;
            city += definition.OutsideCity.Contains(s.Source) ? amount : 0;
        }

        return new FundsTotalRow(key, label, all, province, city);
    }

    private static string MonthKey(int year, int month) => string.Create(CultureInfo.InvariantCulture, $"{year:D4}-{month:D2}");

    private FundsGrouping ParseGrouping(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return FundsGrouping.Unit;
        }

        return Enum.TryParse<FundsGrouping>(value.Trim(), ignoreCase: true, out var grouping) && Enum.IsDefined(grouping) && !value.Trim().All(char.IsAsciiDigit)
            ? grouping
            : throw ValidationFailedException.For("groupBy", text["UnknownGrouping"]);
    }

    private void CheckPeriod(DateOnly? from, DateOnly? to)
    {
        if (from is { } f && to is { } t && t < f)
        {
            throw ValidationFailedException.For("to", text["PeriodReversed"]);
        }
    }

    private sealed record GroupedSum(string Key, string Label, CapitalSource Source, decimal CountShare, decimal SumWan);
}
