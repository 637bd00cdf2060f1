using System.Globalization;
using Microsoft.Extensions.Localization;
using Tianzhong.Modules.Supervision.Domain;
using Tianzhong.Modules.Supervision.Resources;

namespace Tianzhong.Modules.Supervision.Features.Bulletins;

/// <summary>
/// Writes the three supervision bulletins of issue 4 point 7 as Word documents laid out per GB/T 9704-2012: the monthly
/// ranking bulletin, the weekly trips bulletin (周动态) and the quarterly 三个一批 bulletin. Every word comes from
/// BulletinText.resx (the request's UI culture picks the language); numbers are formatted with the invariant culture,
/// money in 亿元 with two decimals, rates in percent with one decimal.
/// </summary>
public sealed class BulletinWriter(IStringLocalizer<BulletinText> text)
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>The monthly ranking bulletin: who led and who lagged, the units in rank order with their figures and colour status, a column chart of the completion rates against time progress, and the adjustments to earlier months.</summary>
    public byte[] Monthly(MonthlyRankingBulletin b)
    {
        ArgumentNullException.ThrowIfNull(b);
        var document = Begin(b.Header);
        var rows = b.Rows.OrderBy(r => r.Rank).ToList();
        var progress = Percent(b.TimeProgress);
        var heading = 0;

        document.Paragraph(Format("Monthly.Intro", b.Year, b.Month, progress));
        document.Heading1(Heading1(++heading, Text("Monthly.Heading.Overview")));
        if (rows.Count > 0)
        {
            document.Paragraph(Format("Monthly.Leaders", Join(rows.Take(3).Select(WithScore))));
            var laggards = rows.Skip(Math.Max(3, rows.Count - 3)).ToList();
            if (laggards.Count > 0)
            {
                document.Paragraph(Format("Monthly.Laggards", Join(laggards.Select(WithScore))));
            }
        }

        var red = rows.Where(r => r.Status == ProgressStatus.Red).Select(r => r.UnitName).ToList();
        document.Paragraph(red.Count == 0 ? Format("Monthly.NoRed", progress) : Format("Monthly.Red", progress, red.Count, Join(red)));
        var yellow = rows.Where(r => r.Status == ProgressStatus.Yellow).Select(r => r.UnitName).ToList();
        if (yellow.Count > 0)
        {
            document.Paragraph(Format("Monthly.Yellow", yellow.Count, Join(yellow)));
        }

        document.Heading1(Heading1(++heading, Text("Monthly.Heading.Table")));
        BulletinColumn[] columns =
        [
            new(Text("Monthly.Column.Rank"), 5),
            new(Text("Monthly.Column.Unit"), 12),
            new(Text("Monthly.Column.Score"), 7),
            new(Text("Monthly.Column.Change"), 6),
            new(Text("Monthly.Column.OutsideProvince"), 8),
            new(Text("Monthly.Column.Completion"), 7),
            new(Text("Monthly.Column.OutsideCity"), 8),
            new(Text("Monthly.Column.Completion"), 7),
            new(Text("Monthly.Column.SignedOverHundredMillion"), 7),
            new(Text("Monthly.Column.SignedOverBillion"), 7),
            new(Text("Monthly.Column.Started"), 6),
            new(Text("Monthly.Column.InProduction"), 6),
            new(Text("Monthly.Column.Trips"), 6),
            new(Text("Monthly.Column.Status"), 6),
        ];
        document.Table(columns, rows.Select(RankingCells));
        document.Paragraph(Format("Monthly.TableNote", progress));
        if (rows.Count > 0)
        {
            document.ColumnChart(
                Format("Monthly.Chart.Title", progress),
                [.. rows.Select(r => r.UnitName)],
                [
                    new(Text("Monthly.Chart.OutsideProvince"), [.. rows.Select(r => r.OutsideProvinceCompletion)]),
                    new(Text("Monthly.Chart.OutsideCity"), [.. rows.Select(r => r.OutsideCityCompletion)]),
                ],
                new(Text("Monthly.Chart.TimeProgress"), [.. rows.Select(_ => (decimal?)b.TimeProgress)]));
        }

        if (b.AdjustmentNotes.Count > 0)
        {
            document.Heading1(Heading1(++heading, Text("Monthly.Heading.Adjustments")));
            for (var i = 0; i < b.AdjustmentNotes.Count; i++)
            {
                document.Paragraph(Format("ListItem", i + 1, b.AdjustmentNotes[i]));
            }
        }

        return End(document, b.Header);
    }

    /// <summary>The weekly trips bulletin: each unit's trips (leader and post, dates, destination, organisations visited, outcome), then the units that made none.</summary>
    public byte[] Weekly(TripsBulletin b)
    {
        ArgumentNullException.ThrowIfNull(b);
        var document = Begin(b.Header);
        var week = Date(b.WeekStart) + Format("DateRange", string.Empty, b.WeekEnd.Year == b.WeekStart.Year ? MonthDay(b.WeekEnd) : Date(b.WeekEnd));
        var byUnit = b.Trips.GroupBy(t => t.UnitName, StringComparer.Ordinal).ToList();
        var heading = 0;

        document.Paragraph(b.Trips.Count == 0 ? Format("Weekly.IntroNone", week) : Format("Weekly.Intro", week, byUnit.Count, b.Trips.Count));
        if (b.Trips.Count > 0)
        {
            document.Heading1(Heading1(++heading, Text("Weekly.Heading.Trips")));
            var unit = 0;
            foreach (var group in byUnit)
            {
                document.Heading2(Heading2(++unit, group.Key));
                var number = 0;
                foreach (var trip in group.OrderBy(t => t.DepartedOn))
                {
                    document.Paragraph(Format("ListItem", ++number, TripText(trip)));
                }
            }
        }

        document.Heading1(Heading1(++heading, Text("Weekly.Heading.NoTrips")));
        document.Paragraph(b.UnitsWithoutTrips.Count == 0
            ? Text("Weekly.AllTravelled")
            : Format("Weekly.NoTrips", b.UnitsWithoutTrips.Count, Join(b.UnitsWithoutTrips)));
        return End(document, b.Header);
    }

    /// <summary>The quarterly 三个一批 bulletin: the totals, a table of each unit's counts and amounts, the projects under each category and the centralised signing events.</summary>
    public byte[] Quarterly(BatchesBulletin b)
    {
        ArgumentNullException.ThrowIfNull(b);
        var unknown = b.Projects.FirstOrDefault(p => !BatchCategories.All.Contains(p.Category, StringComparer.Ordinal));
        if (unknown is not null)
        {
            throw new ArgumentException($"Project {unknown.ProjectName} has the unknown category {unknown.Category}.", nameof(b));
        }

        var document = Begin(b.Header);
        var total = new BatchUnitRow(
            Text("Quarterly.Total"),
            b.Units.Sum(u => u.Signed),
            b.Units.Sum(u => u.SignedWan),
            b.Units.Sum(u => u.Started),
            b.Units.Sum(u => u.StartedWan),
            b.Units.Sum(u => u.InProduction),
            b.Units.Sum(u => u.InProductionWan));
        var heading = 0;

        document.Paragraph(Format("Quarterly.Intro", b.PeriodLabel, total.Signed, Yi(total.SignedWan), total.Started, Yi(total.StartedWan), total.InProduction, Yi(total.InProductionWan)));
        document.Heading1(Heading1(++heading, Text("Quarterly.Heading.Units")));
        BulletinColumn[] unitColumns =
        [
            new(Text("Quarterly.Column.Unit"), 16),
            new(Text("Quarterly.Column.Signed"), 7),
            new(Text("Quarterly.Column.SignedAmount"), 9),
            new(Text("Quarterly.Column.Started"), 7),
            new(Text("Quarterly.Column.StartedAmount"), 9),
            new(Text("Quarterly.Column.InProduction"), 7),
            new(Text("Quarterly.Column.InProductionAmount"), 9),
        ];
        document.Table(unitColumns, b.Units.Append(total).Select(BatchCells));

        document.Heading1(Heading1(++heading, Text("Quarterly.Heading.Projects")));
        BulletinColumn[] projectColumns =
        [
            new(Text("Quarterly.Column.Number"), 5),
            new(Text("Quarterly.Column.Unit"), 12),
            new(Text("Quarterly.Column.Project"), 28, AlignLeft: true),
            new(Text("Quarterly.Column.Date"), 9),
            new(Text("Quarterly.Column.Investment"), 10),
        ];
        var category = 0;
        foreach (var name in BatchCategories.All)
        {
            document.Heading2(Heading2(++category, Text("Quarterly.Category." + name)));
            var projects = b.Projects.Where(p => string.Equals(p.Category, name, StringComparison.Ordinal)).OrderBy(p => p.On).ToList();
            if (projects.Count == 0)
            {
                document.Paragraph(Text("Quarterly.NoProjects"));
                continue;
            }

            document.Table(projectColumns, projects.Select((p, i) => (IReadOnlyList<BulletinCell>)
            [
                new(Number(i + 1)), new(p.UnitName), new(p.ProjectName), new(MonthDay(p.On)), new(Yi(p.ContractInvestmentWan)),
            ]));
        }

        document.Heading1(Heading1(++heading, Text("Quarterly.Heading.Signings")));
        if (b.Signings.Count == 0)
        {
            document.Paragraph(Text("Quarterly.NoSignings"));
        }
        else
        {
            BulletinColumn[] signingColumns =
            [
                new(Text("Quarterly.Column.Number"), 5),
                new(Text("Quarterly.Column.Event"), 22, AlignLeft: true),
                new(Text("Quarterly.Column.Date"), 9),
                new(Text("Quarterly.Column.Place"), 12),
                new(Text("Quarterly.Column.ProjectCount"), 8),
                new(Text("Quarterly.Column.TotalAmount"), 10),
            ];
            document.Table(signingColumns, b.Signings.OrderBy(s => s.HeldOn).Select((s, i) => (IReadOnlyList<BulletinCell>)
            [
                new(Number(i + 1)), new(s.Title), new(MonthDay(s.HeldOn)), new(s.Place), new(Number(s.ProjectCount)), new(Yi(s.TotalWan)),
            ]));
        }

        return End(document, b.Header);
    }

    private static OfficialDocument Begin(BulletinHeader header)
    {
        ArgumentNullException.ThrowIfNull(header);
        var document = new OfficialDocument(OfficialDocumentStyle.Standard);
        document.Masthead(header.IssuingBody, header.Number);
        document.Title(header.Title);
        return document;
    }

    private byte[] End(OfficialDocument document, BulletinHeader header)
    {
        document.Signature(header.IssuingBody, Date(header.IssuedOn));
        return document.ToBytes();
    }

    private IReadOnlyList<BulletinCell> RankingCells(RankingBulletinRow r) =>
    [
        new(Number(r.Rank)),
        new(r.UnitName),
        new(r.Score.ToString("0.00", Invariant)),
        new(Change(r.Change)),
        new(Yi(r.OutsideProvinceWan)),
        new(Percent(r.OutsideProvinceCompletion)),
        new(Yi(r.OutsideCityWan)),
        new(Percent(r.OutsideCityCompletion)),
        new(Count(r.SignedOverHundredMillion)),
        new(Count(r.SignedOverBillion)),
        new(Count(r.Started)),
        new(Count(r.InProduction)),
        new(Count(r.Trips)),
        new(Text("Status." + r.Status), OfficialDocumentStyle.Standard.StatusFill.GetValueOrDefault(r.Status.ToString())),
    ];

    private static IReadOnlyList<BulletinCell> BatchCells(BatchUnitRow u) =>
    [
        new(u.UnitName), new(Number(u.Signed)), new(Yi(u.SignedWan)), new(Number(u.Started)), new(Yi(u.StartedWan)), new(Number(u.InProduction)), new(Yi(u.InProductionWan)),
    ];

    private string TripText(TripLine trip)
    {
        var dates = trip.ReturnedOn == trip.DepartedOn ? MonthDay(trip.DepartedOn) : Format("DateRange", MonthDay(trip.DepartedOn), MonthDay(trip.ReturnedOn));
        var sentence = Format("Weekly.Trip", trip.LeaderPost, trip.LeaderName, dates, trip.Destination);
        if (trip.OrganisationsVisited.Count > 0)
        {
            sentence += Format("Weekly.Visited", Join(trip.OrganisationsVisited));
        }

        if (!string.IsNullOrWhiteSpace(trip.Outcome))
        {
            sentence += Format("Weekly.Outcome", trip.Outcome.Trim());
        }

        return sentence;
    }

    private string WithScore(RankingBulletinRow r) => Format("Monthly.NameWithScore", r.UnitName, r.Score.ToString("0.00", Invariant));

    private string Change(int? change) => change switch
    {
        null => Text("Change.New"),
        0 => Text("Change.Same"),
        > 0 => Format("Change.Up", change.Value),
        _ => Format("Change.Down", -change.Value),
    };

    private string Heading1(int number, string title) => Format("Heading1", Numeral(number), title);

    private string Heading2(int number, string title) => Format("Heading2", Numeral(number), title);

    private string Numeral(int number)
    {
        var numerals = Text("Numerals").Split(',');
        return number <= numerals.Length ? numerals[number - 1] : Number(number);
    }

    private string Date(DateOnly date) => Format("Date", date.Year, date.Month, date.Day);

    private string MonthDay(DateOnly date) => Format("MonthDay", date.Month, date.Day);

    private string Percent(decimal? fraction) => fraction is { } f
        ? Format("Percent", (f * 100m).ToString("0.0", Invariant))
        : Text("NotApplicable");

    /// <summary>万元 as 亿元 with two decimals.</summary>
    private static string Yi(decimal wan) => (wan / 10000m).ToString("0.00", Invariant);

    private static string Count(decimal count) => count.ToString("0.##", Invariant);

    private static string Number(int value) => value.ToString(Invariant);

    private string Join(IEnumerable<string> names) => string.Join(Text("NameSeparator"), names);

    private string Text(string key) => text[key].Value;

    private string Format(string key, params object[] arguments) => string.Format(Invariant, Text(key), arguments);
}
