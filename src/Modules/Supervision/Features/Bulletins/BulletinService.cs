using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Tianzhong.Kernel.Auditing;
using Tianzhong.Kernel.Errors;
using Tianzhong.Kernel.Time;
using Tianzhong.Modules.Registry.Contracts;
using Tianzhong.Modules.Supervision.Data;
using Tianzhong.Modules.Supervision.Domain;
using Tianzhong.Modules.Supervision.Domain.Ranking;
using Tianzhong.Modules.Supervision.Features.Batches;
using Tianzhong.Modules.Supervision.Features.Rankings;
using Tianzhong.Modules.Supervision.Features.Trips;
using Tianzhong.Modules.Supervision.Resources;
using BulletinProject = Tianzhong.Modules.Supervision.Features.Bulletins.BatchProjectLine;

namespace Tianzhong.Modules.Supervision.Features.Bulletins;

/// <summary>A generated bulletin: the Word file and its download name.</summary>
public sealed record BulletinFile(byte[] Content, string FileName);

/// <summary>
/// Builds the bulletins from the platform's figures: the monthly one only from a closed month's frozen ranking, the
/// weekly and quarterly ones from the records the caller can see. Every download is audited.
/// </summary>
public sealed class BulletinService(
    SupervisionDb db,
    TripQueries trips,
    BatchQueries batches,
    SigningEvents signings,
    BulletinWriter writer,
    IUnitDirectory units,
    IAuditTrail audit,
    TimeProvider timeProvider,
    IStringLocalizer<SupervisionText> text)
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    public async Task<BulletinFile> MonthlyAsync(ReportingPeriod period, CancellationToken cancellationToken)
    {
        var closed = await db.ClosedMonths.AsNoTracking().SingleOrDefaultAsync(c => c.Year == period.Year && c.Month == period.Month, cancellationToken)
            ?? throw new DomainRuleException("BulletinNeedsClose", text["Bulletin.NeedsClose"]);
        var ranking = RankingComputation.Deserialise(closed.RankingJson);
        var names = (await units.ListUnitsAsync(cancellationToken)).ToDictionary(u => u.Code, u => u.Name, StringComparer.Ordinal);
        var rows = ranking.Units.Select(u => Row(u, names.GetValueOrDefault(u.UnitCode) ?? u.UnitCode)).ToList();
        var bulletin = new MonthlyRankingBulletin(
            Header(text["Bulletin.MonthlyTitle"], text["Bulletin.MonthlyNumber", period.Year, period.Month], ChinaTime.FromUtc(closed.ClosedUtc)),
            period.Year, period.Month, ranking.TimeProgress, rows, await AdjustmentNotesAsync(period, names, cancellationToken));
        var content = writer.Monthly(bulletin);
        await AuditAsync("MonthlyBulletin", period.ToString(), cancellationToken);
        return new BulletinFile(content, text["Bulletin.MonthlyFile", period.Year, period.Month]);
    }

    public async Task<BulletinFile> WeeklyAsync(DateOnly dayInWeek, CancellationToken cancellationToken)
    {
        var week = await trips.WeekAsync(dayInWeek, cancellationToken);
        var bulletin = new TripsBulletin(
            Header(text["Bulletin.WeeklyTitle"], text["Bulletin.WeeklyNumber", week.IsoYear, week.IsoWeek], Now),
            week.FirstDay, week.LastDay,
            [.. week.Trips.Select(t => new TripLine(t.UnitName, t.LeaderName, t.LeaderPost, t.DepartedOn, t.ReturnedOn, t.Destination, t.OrganisationNames, t.Outcome))],
            [.. week.UnitsWithoutTrips.Select(u => u.Name)]);
        var content = writer.Weekly(bulletin);
        await AuditAsync("WeeklyBulletin", $"{week.IsoYear}-W{week.IsoWeek:D2}", cancellationToken);
        return new BulletinFile(content, text["Bulletin.WeeklyFile", week.IsoYear, week.IsoWeek]);
    }

    public async Task<BulletinFile> QuarterlyAsync(int year, int period, CancellationToken cancellationToken)
    {
        var report = await batches.GetAsync(year, period, cancellationToken);
        var events = (await signings.ListAsync(year, cancellationToken)).Where(s => s.Period == period).ToList();
        var projects = report.Units.SelectMany(u => new[]
        {
            (u.UnitName, BatchCategories.Signed, u.Signed),
            (u.UnitName, BatchCategories.Started, u.Started),
            (u.UnitName, BatchCategories.InProduction, u.InProduction),
        }.SelectMany(c => c.Item3.Projects.Select(p => new BulletinProject(c.UnitName, p.Name, c.Item2, p.OccurredOn, p.ContractInvestmentWan)))).ToList();
        var bulletin = new BatchesBulletin(
            Header(text["Bulletin.QuarterlyTitle"], report.Label, Now),
            report.Label,
            [.. report.Units.Select(u => new BatchUnitRow(u.UnitName, Whole(u.Signed.Count), u.Signed.AmountWan, Whole(u.Started.Count), u.Started.AmountWan, Whole(u.InProduction.Count), u.InProduction.AmountWan))],
            projects,
            [.. events.Select(e => new SigningEventLine(e.Title, e.HeldOn, e.Place, e.ProjectCount, e.TotalWan))]);
        var content = writer.Quarterly(bulletin);
        await AuditAsync("QuarterlyBulletin", $"{year}-{period}", cancellationToken);
        return new BulletinFile(content, text["Bulletin.QuarterlyFile", year, report.Label]);
    }

    private static RankingBulletinRow Row(UnitRanking unit, string name)
    {
        IndicatorScore? Of(RankingIndicator indicator) => unit.Indicators.FirstOrDefault(i => i.Indicator == indicator);
        decimal Raw(RankingIndicator indicator) => Of(indicator)?.RawValue ?? 0;
        return new RankingBulletinRow(
            unit.Rank, name, unit.Score, unit.Change,
            Raw(RankingIndicator.FundsOutsideProvince), Of(RankingIndicator.FundsOutsideProvince)?.Completion,
            Raw(RankingIndicator.FundsOutsideCity), Of(RankingIndicator.FundsOutsideCity)?.Completion,
            Raw(RankingIndicator.SignedOverHundredMillion), Raw(RankingIndicator.SignedOverBillion),
            Raw(RankingIndicator.Started), Raw(RankingIndicator.InProduction), Raw(RankingIndicator.Trips),
            unit.Status);
    }

    /// <summary>One sentence per unit and corrected month: what the month's adjustments added or withdrew.</summary>
    private async Task<IReadOnlyList<string>> AdjustmentNotesAsync(ReportingPeriod period, Dictionary<string, string> names, CancellationToken cancellationToken)
    {
        var lines = await (from l in db.ReportLines.AsNoTracking()
                           join r in db.Reports.AsNoTracking() on l.ReportId equals r.Id
                           where r.Year == period.Year && r.Month == period.Month && l.IsAdjustment
                           select new { r.UnitCode, Line = l }).ToListAsync(cancellationToken);
        return
        [
            .. lines.GroupBy(x => (x.UnitCode, Year: x.Line.SourceYear ?? 0, Month: x.Line.SourceMonth ?? 0))
                .OrderBy(g => g.Key.UnitCode, StringComparer.Ordinal).ThenBy(g => g.Key.Year).ThenBy(g => g.Key.Month)
                .Select(g =>
                {
                    var totals = FigureTotals.Of(g.Select(x => x.Line));
                    var parts = Indicators.All.Where(i => totals.Of(i) != 0)
                        .Select(i => text["Bulletin.AdjustmentPart", text[$"Indicator.{i}"], Signed(totals.Of(i), i.IsMoney())]);
                    return text["Bulletin.AdjustmentNote", names.GetValueOrDefault(g.Key.UnitCode) ?? g.Key.UnitCode, g.Key.Year, g.Key.Month, string.Join(text["ListSeparator"], parts)].Value;
                }),
        ];
    }

    private BulletinHeader Header(string title, string number, DateTime issuedLocal) =>
        new(text["Bulletin.IssuingBody"], title, number, DateOnly.FromDateTime(issuedLocal));

    private DateTime Now => ChinaTime.FromUtc(timeProvider.GetUtcNow().UtcDateTime);

    private Task AuditAsync(string kind, string key, CancellationToken cancellationToken) =>
        audit.RecordAsync(new AuditRecord(AuditAction.Export, kind, key, AuditOutcome.Success), cancellationToken);

    private static int Whole(decimal count) => (int)decimal.Round(count, MidpointRounding.AwayFromZero);

    private static string Signed(decimal value, bool money) =>
        value.ToString(money ? "+#,0.00;-#,0.00" : "+0.####;-0.####", CultureInfo.CurrentCulture);
}
