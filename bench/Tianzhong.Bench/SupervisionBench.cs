using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Tianzhong.Kernel.Infrastructure.Persistence;
using Tianzhong.Kernel.Infrastructure.Security;
using Tianzhong.Kernel.Time;
using Tianzhong.Modules.Registry.Contracts;
using Tianzhong.Modules.Supervision.Data;
using Tianzhong.Modules.Supervision.Domain;
using Tianzhong.Modules.Supervision.Domain.Ranking;
using Tianzhong.Modules.Supervision.Features.Bulletins;
using Tianzhong.Modules.Supervision.Features.Rankings;
using Tianzhong.Modules.Supervision.Features.Reports;
using Tianzhong.Modules.Supervision.Features.Schemes;

namespace Tianzhong.Bench;

/// <summary>
/// Issue 4's speed goal: one month's ranking (<see cref="RankingComputation.ComputeAsync"/>, as the close runs it) beside
/// one raw SQL statement computing the same per-unit figures over the same report lines, in the same run; then the
/// monthly bulletin from the frozen ranking. The monthly reports of months 1..M are built first, either through the
/// real commands (submit, approve, close) or from the real figure lines bulk-written and closed through the real close.
/// </summary>
internal static class SupervisionBench
{
    private const int Months = 10;
    private const int BulletinIterations = 10;

    public static async Task RunAsync(BenchHost host, string provider, string connectionString, IReadOnlyList<UnitSummary> units, int iterations, string reportsMode)
    {
        var pg = provider == "Postgres";
        var today = ChinaTime.Today(TimeProvider.System);
        var period = today.Month > Months ? new ReportingPeriod(today.Year, Months) : new ReportingPeriod(today.Year - 1, Months);
        if (today.Month is > 1 and <= Months)
        {
            period = new ReportingPeriod(today.Year, today.Month - 1);
        }

        await using (DbConnection connection = pg ? new NpgsqlConnection(connectionString) : new SqliteConnection(connectionString))
        {
            await connection.OpenAsync();

            // The generator leaves the GB/T 4754 major group empty; give projects one so the major-industrial weighting has
            // work to do, as it would on real data: each direction falls in three neighbouring major groups of 01–62
            // (06–46 is industry, so most directions are industrial and some are services).
            await BulkWriter.ExecuteAsync(connection, pg
                ? "UPDATE investment_projects SET \"MajorGroupCode\" = to_char((abs(hashtext(\"DirectionCode\")) % 60) + 1 + (abs(hashtext(\"Id\"::text)) % 3), 'FM00')"
                : "UPDATE investment_projects SET \"MajorGroupCode\" = printf('%02d', ((unicode(\"DirectionCode\") * 31 + unicode(substr(\"DirectionCode\", 2)) * 7 + length(\"DirectionCode\")) % 60) + 1 + (rowid % 3))");
        }

        Console.WriteLine();
        Console.WriteLine($"## Supervision: monthly reports {period.Year}-01..{period.Month:D2} of {units.Count} units, ranking of {period}");
        Console.WriteLine();
        var clock = Stopwatch.StartNew();
        var lineCount = reportsMode == "bulk"
            ? await BuildBulkAsync(host, provider, connectionString, units, period)
            : await BuildThroughCommandsAsync(host, units, period);
        await using (DbConnection connection = pg ? new NpgsqlConnection(connectionString) : new SqliteConnection(connectionString))
        {
            await connection.OpenAsync();
            await BulkWriter.ExecuteAsync(connection, "ANALYZE");
        }

        Console.WriteLine($"built and closed {period.Month} months x {units.Count} units ({lineCount:N0} report lines) {(reportsMode == "bulk" ? "from ReportFigures' lines, bulk-written, closed through MonthClose" : "through ReportCommands.SubmitAsync + ApproveAsync and MonthClose.CloseAsync")}: {clock.Elapsed.TotalSeconds:F1} s");

        RankingRules rules;
        await using (var scope = host.Services.GetRequiredService<ISystemScopeFactory>().CreateSystemScope())
        {
            rules = (await scope.ServiceProvider.GetRequiredService<SchemeQueries>().GetAsync(period.Year, CancellationToken.None)).Rules;
        }

        var sql = RawSql(pg, rules, units.Select(u => u.Code).ToList());
        (string Name, object Value)[] parameters = [("year", period.Year), ("month", period.Month)];

        MonthRanking? ranking = null;
        async Task Ranking()
        {
            await using var scope = host.Services.GetRequiredService<ISystemScopeFactory>().CreateSystemScope();
            ranking = await scope.ServiceProvider.GetRequiredService<RankingComputation>().ComputeAsync(period, provisional: false, CancellationToken.None);
        }

        var groups = 0;
        async Task Grouped()
        {
            await using var scope = host.Services.GetRequiredService<ISystemScopeFactory>().CreateSystemScope();
            groups = (await scope.ServiceProvider.GetRequiredService<RankingLines>().GroupedAsync(period, rules, CancellationToken.None)).Values.Sum(l => l.Count);
        }

        var raw = new Dictionary<string, decimal[]>(StringComparer.Ordinal);
        async Task Raw()
        {
            // Like a request, each iteration takes a connection from the pool (as EF does).
            await using DbConnection connection = pg ? new NpgsqlConnection(connectionString) : new SqliteConnection(connectionString);
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = sql;
            Bench.Bind(command, parameters);
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                var values = new decimal[reader.FieldCount - 1];
                for (var i = 1; i < reader.FieldCount; i++)
                {
                    values[i - 1] = Convert.ToDecimal(reader.GetValue(i), CultureInfo.InvariantCulture);
                }

                raw[reader.GetString(0)] = values;
            }
        }

        var byKindSql = RawSqlByKind(pg, rules, units.Select(u => u.Code).ToList());
        var rawByKind = new Dictionary<string, decimal[]>(StringComparer.Ordinal);
        async Task RawByKind()
        {
            await using DbConnection connection = pg ? new NpgsqlConnection(connectionString) : new SqliteConnection(connectionString);
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = byKindSql;
            Bench.Bind(command, parameters);
            await using var reader = await command.ExecuteReaderAsync();
            rawByKind.Clear();
            while (await reader.ReadAsync())
            {
                var values = new decimal[reader.FieldCount - 2];
                for (var i = 2; i < reader.FieldCount; i++)
                {
                    values[i - 2] = reader.IsDBNull(i) ? 0m : Convert.ToDecimal(reader.GetValue(i), CultureInfo.InvariantCulture);
                }

                var unit = reader.GetString(0);
                if (!rawByKind.TryGetValue(unit, out var figures))
                {
                    rawByKind[unit] = figures = new decimal[11];
                }

                Pivot(figures, reader.GetString(1), values);
            }
        }

        var rankingTiming = await Timing.TimeAsync(Ranking, iterations);
        var groupedTiming = await Timing.TimeAsync(Grouped, iterations);
        var perUnitTiming = await Timing.TimeAsync(Raw, iterations);
        var byKindTiming = await Timing.TimeAsync(RawByKind, iterations);
        var rawTiming = byKindTiming.P95 < perUnitTiming.P95 ? byKindTiming : perUnitTiming;
        var mismatches = Compare(ranking!, raw);
        mismatches.AddRange(Compare(ranking!, rawByKind).Select(m => "by kind: " + m));

        Console.WriteLine();
        Console.WriteLine($"### Ranking of {period} ({lineCount:N0} lines, {groups:N0} grouped rows reach the calculator); {iterations} iterations after warm-up");
        Console.WriteLine();
        Console.WriteLine("| what | median ms | p95 ms | p95 / raw p95 |");
        Console.WriteLine("|---|---:|---:|---:|");
        Console.WriteLine($"| RankingComputation.ComputeAsync (system scope; scheme, units, targets, grouped lines, last month's frozen ranking, calculator) | {rankingTiming.Median:F2} | {rankingTiming.P95:F2} | {rankingTiming.P95 / rawTiming.P95:F2}x |");
        Console.WriteLine($"| of which RankingLines.GroupedAsync alone (the database part) | {groupedTiming.Median:F2} | {groupedTiming.P95:F2} | {groupedTiming.P95 / rawTiming.P95:F2}x |");
        Console.WriteLine($"| raw SQL (a): the seven figures per unit, weighted counts included, one statement | {perUnitTiming.Median:F2} | {perUnitTiming.P95:F2} | {perUnitTiming.P95 / rawTiming.P95:F2}x |");
        Console.WriteLine($"| raw SQL (b): the same per unit and kind (78 rows pivoted), one statement | {byKindTiming.Median:F2} | {byKindTiming.P95:F2} | {byKindTiming.P95 / rawTiming.P95:F2}x |");
        Console.WriteLine($"floor = the faster raw statement ({(rawTiming == byKindTiming ? "b" : "a")})");
        var ratio = rankingTiming.P95 / rawTiming.P95;
        Console.WriteLine();
        Console.WriteLine($"goal: ranking p95 <= 1.5x the raw SQL's p95: {ratio:F2}x, {(ratio <= 1.5 ? "met" : "NOT met")}");
        Console.WriteLine(mismatches.Count == 0
            ? $"check: the ranking's raw and weighted values equal both raw statements' for all {raw.Count} units x 7 indicators"
            : $"WARNING: {mismatches.Count} differences between the ranking and the raw SQL: {string.Join("; ", mismatches.Take(10))}");

        await ExplainAsync(host, provider, connectionString, period, rules, [("a", sql), ("b", byKindSql)], parameters);
        await BulletinAsync(host, period);
    }

    /// <summary>Every unit submits each month through the real command, the city approves, then closes the month.</summary>
    private static async Task<long> BuildThroughCommandsAsync(BenchHost host, IReadOnlyList<UnitSummary> units, ReportingPeriod last)
    {
        var scopes = host.Services.GetRequiredService<ISystemScopeFactory>();
        long lines = 0;
        for (var month = 1; month <= last.Month; month++)
        {
            var period = new ReportingPeriod(last.Year, month);
            var clock = Stopwatch.StartNew();
            foreach (var unit in units)
            {
                await using var scope = scopes.CreateSystemScope();
                var commands = scope.ServiceProvider.GetRequiredService<ReportCommands>();
                var submitted = await commands.SubmitAsync(unit.Code, period, new SaveReportRequest("bench", 0), CancellationToken.None);
                lines += submitted.Lines.Count;
                await commands.ApproveAsync(unit.Code, period, new DecideReportRequest(null, submitted.Version), CancellationToken.None);
            }

            var reported = clock.Elapsed.TotalSeconds;
            await using (var scope = scopes.CreateSystemScope())
            {
                await scope.ServiceProvider.GetRequiredService<MonthClose>().CloseAsync(period, CancellationToken.None);
            }

            Console.WriteLine($"  {period}: submitted + approved in {reported:F1} s, closed in {clock.Elapsed.TotalSeconds - reported:F1} s");
        }

        return lines;
    }

    /// <summary>
    /// The lines the submission would freeze (ReportFigures' own lines per unit-month; the data do not change between
    /// months, so there are no adjustments), submitted and approved on the domain objects, written in bulk; then each
    /// month closed through the real MonthClose.
    /// </summary>
    private static async Task<long> BuildBulkAsync(BenchHost host, string provider, string connectionString, IReadOnlyList<UnitSummary> units, ReportingPeriod last)
    {
        var scopes = host.Services.GetRequiredService<ISystemScopeFactory>();
        var now = TimeProvider.System.GetUtcNow().UtcDateTime;
        var reports = new List<MonthlyReport>();
        var clock = Stopwatch.StartNew();
        foreach (var unit in units)
        {
            await using var scope = scopes.CreateSystemScope();
            var byMonth = await scope.ServiceProvider.GetRequiredService<ReportFigures>().LinesByMonthAsync(unit.Code, new ReportingPeriod(last.Year, 1).FirstDay, last.LastDay, CancellationToken.None);
            for (var month = 1; month <= last.Month; month++)
            {
                var period = new ReportingPeriod(last.Year, month);
                var report = MonthlyReport.Start(unit.Code, period);
                report.Submit(byMonth.GetValueOrDefault(period.Key) ?? [], "bench", "bench", now);
                report.Approve("bench", null, now);
                reports.Add(report);
            }
        }

        var lineCount = reports.Sum(r => r.Lines.Count);
        Console.WriteLine($"  lines computed by ReportFigures: {lineCount:N0} in {clock.Elapsed.TotalSeconds:F1} s");
        clock.Restart();
        await using (var scope = scopes.CreateSystemScope())
        {
            var model = scope.ServiceProvider.GetRequiredService<SupervisionDb>().Model;
            if (provider == "Postgres")
            {
                await using var connection = new NpgsqlConnection(connectionString);
                await connection.OpenAsync();
                await BulkWriter.CopyAsync(connection, "supervision_reports", BulkWriter.Columns(model.FindEntityType(typeof(MonthlyReport))!), reports);
                await BulkWriter.CopyAsync(connection, "supervision_report_lines", BulkWriter.Columns(model.FindEntityType(typeof(ReportLine))!), reports.SelectMany(r => r.Lines));
                await BulkWriter.CopyAsync(connection, "supervision_report_events", BulkWriter.Columns(model.FindEntityType(typeof(ReportEvent))!), reports.SelectMany(r => r.Events));
            }
            else
            {
                var settings = scope.ServiceProvider.GetRequiredService<DatabaseSettings>();
                var options = new DbContextOptionsBuilder<SupervisionDb>();
                settings.Configure(options, SupervisionDb.HistoryTable);
                await using var db = new SupervisionDb(options.Options, new SystemUser());
                db.ChangeTracker.AutoDetectChangesEnabled = false;
                await using var transaction = await db.Database.BeginTransactionAsync();
                foreach (var chunk in reports.Chunk(20))
                {
                    db.Reports.AddRange(chunk);
                    await db.SaveChangesAsync();
                    db.ChangeTracker.Clear();
                }

                await transaction.CommitAsync();
            }
        }

        Console.WriteLine($"  bulk write ({(provider == "Postgres" ? "binary COPY" : "EF inserts in one transaction, no audit")}): {clock.Elapsed.TotalSeconds:F1} s");
        for (var month = 1; month <= last.Month; month++)
        {
            clock.Restart();
            await using var scope = scopes.CreateSystemScope();
            await scope.ServiceProvider.GetRequiredService<MonthClose>().CloseAsync(new ReportingPeriod(last.Year, month), CancellationToken.None);
            Console.WriteLine($"  {last.Year}-{month:D2} closed through MonthClose.CloseAsync in {clock.Elapsed.TotalSeconds:F1} s");
        }

        return lineCount;
    }

    /// <summary>
    /// The floor: per unit, the seven figures of the ranking in one statement over the standing reports' lines of months
    /// 1..M: the two funds sums, and for the project counts the count share both as counted and weighted (1 + leading
    /// bonus when the direction is one of the unit's leading industries + major bonus for an industrial major group
    /// 06–46 at or above the threshold), with the signed classes by contract investment (1亿, 10亿).
    /// </summary>
    private static string RawSql(bool pg, RankingRules rules, IReadOnlyList<string> unitCodes)
    {
        // SQLite keeps EF's decimals as TEXT: compare and add them as REAL.
        var amount = pg ? "l.\"AmountWan\"" : "CAST(l.\"AmountWan\" AS REAL)";
        var share = pg ? "l.\"Share\"" : "CAST(l.\"Share\" AS REAL)";
        string N(decimal d) => d.ToString(CultureInfo.InvariantCulture);
        string Q(string s) => "'" + s.Replace("'", "''", StringComparison.Ordinal) + "'";
        var leadingPairs = unitCodes
            .Where(u => rules.LeadingDirections.TryGetValue(u, out var d) && d.Count > 0)
            .Select(u => $"(r.\"UnitCode\" = {Q(u)} AND l.\"DirectionCode\" IN ({string.Join(", ", rules.LeadingDirections[u].Select(Q))}))")
            .ToList();
        var leading = leadingPairs.Count == 0 ? "0" : $"CASE WHEN {string.Join(" OR ", leadingPairs)} THEN {N(rules.LeadingIndustryBonus)} ELSE 0 END";
        var major = $"CASE WHEN length(l.\"MajorGroupCode\") = 2 AND l.\"MajorGroupCode\" BETWEEN '{IndustrialMajorGroups.First:D2}' AND '{IndustrialMajorGroups.Last:D2}' AND {amount} >= {N(rules.MajorIndustrialThresholdWan)} THEN {N(rules.MajorIndustrialBonus)} ELSE 0 END";
        var weight = $"(1 + {leading} + {major})";
        string Kind(FigureKind kind) => $"l.\"Kind\" = '{kind}'";
        string Sum(string condition, string value) => $"SUM(CASE WHEN {condition} THEN {value} ELSE 0 END)";
        var hundred = $"{Kind(FigureKind.Signed)} AND {amount} >= {N(RankingItems.HundredMillionWan)}";
        var billion = $"{Kind(FigureKind.Signed)} AND {amount} >= {N(RankingItems.BillionWan)}";
        return $"""
            SELECT r."UnitCode",
              {Sum(Kind(FigureKind.FundsOutsideProvince), amount)},
              {Sum(Kind(FigureKind.FundsOutsideCity), amount)},
              {Sum(hundred, share)}, {Sum(hundred, $"{share} * {weight}")},
              {Sum(billion, share)}, {Sum(billion, $"{share} * {weight}")},
              {Sum(Kind(FigureKind.Started), share)}, {Sum(Kind(FigureKind.Started), $"{share} * {weight}")},
              {Sum(Kind(FigureKind.InProduction), share)}, {Sum(Kind(FigureKind.InProduction), $"{share} * {weight}")},
              {Sum(Kind(FigureKind.Trip), share)}
            FROM supervision_report_lines l
            JOIN supervision_reports r ON r."Id" = l."ReportId"
            WHERE r."Year" = @year AND r."Month" <= @month AND r."Status" IN ('{ReportStatus.Submitted}', '{ReportStatus.Approved}')
            GROUP BY r."UnitCode"
            """;
    }

    /// <summary>
    /// The same figures grouped by unit and kind (78 rows, pivoted in the bench): fewer conditional sums per row, the
    /// weight evaluated only for stage lines. The floor is the faster of the two statements.
    /// </summary>
    private static string RawSqlByKind(bool pg, RankingRules rules, IReadOnlyList<string> unitCodes)
    {
        var perUnit = RawSql(pg, rules, unitCodes);
        var amount = pg ? "l.\"AmountWan\"" : "CAST(l.\"AmountWan\" AS REAL)";
        var share = pg ? "l.\"Share\"" : "CAST(l.\"Share\" AS REAL)";
        var weight = perUnit[(perUnit.IndexOf("* (1 + ", StringComparison.Ordinal) + 2)..perUnit.IndexOf(" ELSE 0 END),", perUnit.IndexOf("* (1 + ", StringComparison.Ordinal), StringComparison.Ordinal)];
        string N(decimal d) => d.ToString(CultureInfo.InvariantCulture);
        var stage = $"l.\"Kind\" IN ('{FigureKind.Signed}', '{FigureKind.Started}', '{FigureKind.InProduction}')";
        var signed = $"l.\"Kind\" = '{FigureKind.Signed}'";
        return $"""
            SELECT r."UnitCode", l."Kind",
              SUM({amount}),
              SUM({share}),
              SUM(CASE WHEN {stage} THEN {share} * {weight} ELSE 0 END),
              SUM(CASE WHEN {amount} >= {N(RankingItems.HundredMillionWan)} THEN {share} ELSE 0 END),
              SUM(CASE WHEN {signed} AND {amount} >= {N(RankingItems.HundredMillionWan)} THEN {share} * {weight} ELSE 0 END),
              SUM(CASE WHEN {amount} >= {N(RankingItems.BillionWan)} THEN {share} ELSE 0 END),
              SUM(CASE WHEN {signed} AND {amount} >= {N(RankingItems.BillionWan)} THEN {share} * {weight} ELSE 0 END)
            FROM supervision_report_lines l
            JOIN supervision_reports r ON r."Id" = l."ReportId"
            WHERE r."Year" = @year AND r."Month" <= @month AND r."Status" IN ('{ReportStatus.Submitted}', '{ReportStatus.Approved}')
            GROUP BY r."UnitCode", l."Kind"
            """;
    }

    /// <summary>A (unit, kind) row of <see cref="RawSqlByKind"/> into the per-unit figures of <see cref="RawSql"/>.</summary>
    private static void Pivot(decimal[] unit, string kind, decimal[] v)
    {
        switch (Enum.Parse<FigureKind>(kind))
        {
            case FigureKind.FundsOutsideProvince: unit[0] = v[0]; break;
            case FigureKind.FundsOutsideCity: unit[1] = v[0]; break;
            case FigureKind.Signed: (unit[2], unit[3], unit[4], unit[5]) = (v[3], v[4], v[5], v[6]); break;
            case FigureKind.Started: (unit[6], unit[7]) = (v[1], v[2]); break;
            case FigureKind.InProduction: (unit[8], unit[9]) = (v[1], v[2]); break;
            case FigureKind.Trip: unit[10] = v[1]; break;
            default: break;
        }
    }

    /// <summary>The ranking's raw and weighted values against the raw SQL's, per unit and indicator (to the cent; SQLite adds in REAL).</summary>
    private static List<string> Compare(MonthRanking ranking, Dictionary<string, decimal[]> raw)
    {
        var mismatches = new List<string>();
        foreach (var unit in ranking.Units)
        {
            var values = raw.GetValueOrDefault(unit.UnitCode) ?? new decimal[11];
            var expected = new Dictionary<RankingIndicator, (decimal Raw, decimal Weighted)>
            {
                [RankingIndicator.FundsOutsideProvince] = (values[0], values[0]),
                [RankingIndicator.FundsOutsideCity] = (values[1], values[1]),
                [RankingIndicator.SignedOverHundredMillion] = (values[2], values[3]),
                [RankingIndicator.SignedOverBillion] = (values[4], values[5]),
                [RankingIndicator.Started] = (values[6], values[7]),
                [RankingIndicator.InProduction] = (values[8], values[9]),
                [RankingIndicator.Trips] = (values[10], values[10]),
            };
            foreach (var score in unit.Indicators)
            {
                var (r, w) = expected[score.Indicator];
                if (Math.Abs(score.RawValue - r) > 0.01m || Math.Abs(score.WeightedValue - w) > 0.01m)
                {
                    mismatches.Add($"{unit.UnitCode} {score.Indicator}: ranking {score.RawValue}/{score.WeightedValue}, SQL {r}/{w}");
                }
            }
        }

        return mismatches;
    }

    /// <summary>The plans of the SQL EF sends for the grouped lines (captured from a context of the same model) and of the raw SQL.</summary>
    private static async Task ExplainAsync(BenchHost host, string provider, string connectionString, ReportingPeriod period, RankingRules rules, (string Name, string Sql)[] rawSql, (string Name, object Value)[] parameters)
    {
        var pg = provider == "Postgres";
        var capture = new CommandCapture();
        await using var scope = host.Services.CreateAsyncScope();
        var settings = scope.ServiceProvider.GetRequiredService<DatabaseSettings>();
        var options = new DbContextOptionsBuilder<SupervisionDb>();
        settings.Configure(options, SupervisionDb.HistoryTable);
        options.AddInterceptors(capture);
        await using var db = new SupervisionDb(options.Options, new SystemUser());
        await new RankingLines(db, null!).GroupedAsync(period, rules, CancellationToken.None);

        // EF's connection: on SQLite it carries the functions EF registers (ef_compare, ef_sum) that its SQL calls.
        await db.Database.OpenConnectionAsync();
        var connection = db.Database.GetDbConnection();
        var prefix = pg ? "EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF) " : "EXPLAIN QUERY PLAN ";
        Console.WriteLine();
        Console.WriteLine("### Query plans");
        Console.WriteLine();
        Console.WriteLine("````");
        Console.WriteLine("-- RankingLines.GroupedAsync as EF sends it:");
        Console.WriteLine(capture.Text);
        Console.WriteLine();
        await using (var explain = connection.CreateCommand())
        {
            explain.CommandText = prefix + capture.Text;
            foreach (var (name, value) in capture.Parameters)
            {
                var parameter = explain.CreateParameter();
                parameter.ParameterName = name;
                parameter.Value = value;
                explain.Parameters.Add(parameter);
            }

            await Bench.PrintAsync(explain);
        }

        Console.WriteLine();
        foreach (var (name, statement) in rawSql)
        {
            Console.WriteLine($"-- raw SQL ({name}):");
            await using var explain = connection.CreateCommand();
            explain.CommandText = prefix + statement;
            Bench.Bind(explain, parameters);
            await Bench.PrintAsync(explain);
            Console.WriteLine();
        }

        Console.WriteLine("````");
        if (!pg)
        {
            await SqliteDecimalCostAsync(connection, capture);
        }
    }

    /// <summary>
    /// Where EF's grouped query spends its time on SQLite: the same SQL on EF's connection as sent, with the decimal
    /// comparisons (ef_compare, a .NET callback per row) done as REAL, and with the sums (ef_sum) done as REAL too.
    /// </summary>
    private static async Task SqliteDecimalCostAsync(DbConnection connection, CommandCapture capture)
    {
        var compareAsReal = System.Text.RegularExpressions.Regex.Replace(capture.Text, @"ef_compare\(([^,]+), ([^)]+)\) >= 0", "CAST($1 AS REAL) >= CAST($2 AS REAL)");
        var sumAsReal = System.Text.RegularExpressions.Regex.Replace(compareAsReal, @"ef_sum\(([^)]+)\)", "SUM(CAST($1 AS REAL))");
        Console.WriteLine();
        Console.WriteLine("### SQLite: cost of EF's decimal functions in the grouped query (same SQL on EF's connection, 30 iterations)");
        Console.WriteLine();
        Console.WriteLine("| variant | median ms | p95 ms |");
        Console.WriteLine("|---|---:|---:|");
        foreach (var (name, sql) in new[] { ("as EF sends it (ef_compare x3, ef_sum x2 per line)", capture.Text), ("comparisons as REAL, sums by ef_sum", compareAsReal), ("comparisons and sums as REAL", sumAsReal) })
        {
            async Task Run()
            {
                await using var command = connection.CreateCommand();
                command.CommandText = sql;
                foreach (var (parameterName, value) in capture.Parameters)
                {
                    var parameter = command.CreateParameter();
                    parameter.ParameterName = parameterName;
                    parameter.Value = value;
                    command.Parameters.Add(parameter);
                }

                await using var reader = await command.ExecuteReaderAsync();
                while (await reader.ReadAsync())
                {
                }
            }

            var timing = await Timing.TimeAsync(Run, 30);
            Console.WriteLine($"| {name} | {timing.Median:F2} | {timing.P95:F2} |");
        }
    }

    /// <summary>The full path of the monthly bulletin as the endpoint runs it: BulletinService.MonthlyAsync (frozen ranking, adjustment notes, BulletinWriter, audit entry).</summary>
    private static async Task BulletinAsync(BenchHost host, ReportingPeriod period)
    {
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("zh-CN");
        try
        {
            var size = 0;
            async Task Write()
            {
                await using var scope = host.Services.GetRequiredService<ISystemScopeFactory>().CreateSystemScope();
                size = (await scope.ServiceProvider.GetRequiredService<BulletinService>().MonthlyAsync(period, CancellationToken.None)).Content.Length;
            }

            var timing = await Timing.TimeAsync(Write, BulletinIterations);
            Console.WriteLine();
            Console.WriteLine($"### Monthly bulletin of {period} ({BulletinIterations} iterations after warm-up; .docx of {size / 1024.0:F1} KB)");
            Console.WriteLine();
            Console.WriteLine("| what | median ms | p95 ms |");
            Console.WriteLine("|---|---:|---:|");
            Console.WriteLine($"| BulletinService.MonthlyAsync (frozen ranking, adjustment notes, Word document, audit entry) | {timing.Median:F2} | {timing.P95:F2} |");
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }

    /// <summary>Keeps the last query EF sent, with its parameters.</summary>
    private sealed class CommandCapture : DbCommandInterceptor
    {
        public string Text { get; private set; } = string.Empty;

        public List<(string Name, object Value)> Parameters { get; } = [];

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            Text = command.CommandText;
            Parameters.Clear();
            Parameters.AddRange(command.Parameters.Cast<DbParameter>().Select(p => (p.ParameterName, p.Value ?? DBNull.Value)));
            return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
        }
    }
}
