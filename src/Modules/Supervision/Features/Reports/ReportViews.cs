using Tianzhong.Modules.Supervision.Domain;

namespace Tianzhong.Modules.Supervision.Features.Reports;

/// <summary>One record behind a figure.</summary>
/// <param name="Kind">FundsOutsideProvince, FundsOutsideCity, Signed, Started, InProduction or Trip.</param>
/// <param name="Reference">The funds record, project or trip.</param>
/// <param name="ProjectId">The project (the trip for trips).</param>
/// <param name="Label">Project name, or leader and destination.</param>
/// <param name="OccurredOn">The record's date.</param>
/// <param name="AmountWan">Funds amount (weighted by count share) or the project's contract investment, 万元.</param>
/// <param name="Share">How much it counts as a project.</param>
/// <param name="IsAdjustment">True for a correction of an earlier closed month.</param>
/// <param name="SourcePeriod">The corrected month (yyyy-MM) of an adjustment.</param>
public sealed record ReportLineView(FigureKind Kind, Guid Reference, Guid ProjectId, string Label, DateOnly OccurredOn, decimal AmountWan, decimal Share, bool IsAdjustment, string? SourcePeriod)
{
    public static ReportLineView Of(ReportLine line)
    {
        ArgumentNullException.ThrowIfNull(line);
        return new(line.Kind, line.Reference, line.ProjectId, line.Label, line.OccurredOn, line.AmountWan, line.Share, line.IsAdjustment,
            line.SourceYear is { } y && line.SourceMonth is { } m ? new ReportingPeriod(y, m).ToString() : null);
    }
}

/// <summary>A step of the report's history.</summary>
public sealed record ReportEventView(ReportAction Action, string By, DateTime AtUtc, string? Opinion);

/// <summary>A unit's monthly report with its figures.</summary>
/// <param name="Id">The report, or null when the unit has not started it.</param>
/// <param name="UnitCode">The unit.</param>
/// <param name="UnitName">Its name.</param>
/// <param name="Year">Year.</param>
/// <param name="Month">Month.</param>
/// <param name="Status">Draft, Submitted, Returned or Approved.</param>
/// <param name="IsClosed">True once the city closed the month.</param>
/// <param name="IsLive">True when the figures are computed now (not yet submitted); false when they are the submitted, frozen ones.</param>
/// <param name="Narrative">The unit's account of the month.</param>
/// <param name="SubmittedBy">Who submitted.</param>
/// <param name="SubmittedUtc">When.</param>
/// <param name="DecidedBy">Who approved or returned it.</param>
/// <param name="DecidedUtc">When.</param>
/// <param name="Opinion">The city's opinion.</param>
/// <param name="Version">Concurrency version to send back.</param>
/// <param name="Totals">The month's own figures.</param>
/// <param name="Adjustments">Corrections of earlier closed months booked in this month.</param>
/// <param name="Lines">Every record behind the figures, adjustments last.</param>
/// <param name="Events">History.</param>
public sealed record ReportView(Guid? Id, string UnitCode, string UnitName, int Year, int Month, ReportStatus Status, bool IsClosed, bool IsLive, string Narrative, string? SubmittedBy, DateTime? SubmittedUtc, string? DecidedBy, DateTime? DecidedUtc, string? Opinion, int Version, FigureTotals Totals, FigureTotals Adjustments, IReadOnlyList<ReportLineView> Lines, IReadOnlyList<ReportEventView> Events);

/// <summary>Where one unit's report of the month stands.</summary>
/// <param name="UnitCode">The unit.</param>
/// <param name="UnitName">Its name.</param>
/// <param name="Status">Its status, or null when the unit has not started its report.</param>
/// <param name="SubmittedUtc">When it was submitted.</param>
/// <param name="Version">The report's version (0 when not started).</param>
/// <param name="Totals">Submitted figures including adjustments (null before submission).</param>
public sealed record MonthUnitStatus(string UnitCode, string UnitName, ReportStatus? Status, DateTime? SubmittedUtc, int Version, FigureTotals? Totals);

/// <summary>A month across the units the caller can see.</summary>
/// <param name="Year">Year.</param>
/// <param name="Month">Month.</param>
/// <param name="IsClosed">True once closed.</param>
/// <param name="ClosedBy">Who closed it.</param>
/// <param name="ClosedUtc">When.</param>
/// <param name="CanClose">True when every unit's report is approved and earlier months are closed.</param>
/// <param name="Units">Each unit's report status, in gazette order.</param>
public sealed record MonthOverview(int Year, int Month, bool IsClosed, string? ClosedBy, DateTime? ClosedUtc, bool CanClose, IReadOnlyList<MonthUnitStatus> Units);

/// <summary>Saves the unit's account while drafting.</summary>
/// <param name="Narrative">Highlights, problems and next steps (at most 4000 characters).</param>
/// <param name="Version">The version read (0 for a report not started).</param>
public sealed record SaveReportRequest(string? Narrative, int Version);

/// <summary>The city's decision.</summary>
/// <param name="Opinion">Required when returning.</param>
/// <param name="Version">The version read.</param>
public sealed record DecideReportRequest(string? Opinion, int Version);
