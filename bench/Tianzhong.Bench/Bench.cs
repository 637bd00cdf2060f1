using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Claims;
using System.Text;
using ClosedXML.Excel;
using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Tianzhong.Kernel.Identifiers;
using Tianzhong.Kernel.Infrastructure.Persistence;
using Tianzhong.Kernel.Security;
using Tianzhong.Modules.Identity.Data;
using Tianzhong.Modules.Identity.Features.SignIn;
using Tianzhong.Modules.Investment.Data;
using Tianzhong.Modules.Investment.Domain;
using Tianzhong.Modules.Investment.Features.Demo;
using Tianzhong.Modules.Investment.Features.Import;
using Tianzhong.Modules.Investment.Features.Projects;
using Tianzhong.Modules.Registry.Contracts;
using Tianzhong.Modules.Registry.Data;
using Tianzhong.Modules.Registry.Domain;

namespace Tianzhong.Bench;

/// <summary>
/// City- (or province-) scale benchmark: a fresh database, a bulk load of generated data, then the project list API
/// beside the same query in raw SQL, and a 10,000-row workbook import beside a raw bulk insert of the same rows. Every
/// figure is printed with its floor from the same run, because the machines are shared and noisy.
/// </summary>
internal static class Bench
{
    private const string Password = "Str0ng!Bench#Passw0rd2026";
    private const int Seed = 42;
    private const int ImportRows = 10_000;

    public static async Task<int> Main(string[] args)
    {
        var options = Options.Parse(args);
        if (options is null)
        {
            Console.WriteLine("usage: dotnet run -c Release --project bench/Tianzhong.Bench -- --provider postgres|sqlite [--scale city|province] [--suite projects|supervision|chains] [--reports commands|bulk] [--connection \"...\"] [--iterations 200] [--keep]");
            return 2;
        }

        var (provider, connectionString, drop) = await CreateDatabaseAsync(options);
        Console.WriteLine($"# Tianzhong benchmark ({options.Suite}): {provider}, scale {options.Scale}, {options.Iterations} iterations, {Environment.ProcessorCount} cores, {TimeProvider.System.GetLocalNow():yyyy-MM-dd HH:mm}");
        try
        {
            await using var host = new BenchHost(provider, connectionString);
            var clock = Stopwatch.StartNew();
            _ = host.Services;
            Console.WriteLine($"migrations + reference data: {clock.Elapsed.TotalSeconds:F1} s");

            var (units, directions) = await ReferenceAsync(host);
            if (options.Suite == "chains")
            {
                // Loads its own data at city scale, then grows it to province scale, and times both.
                await ChainsBench.RunAsync(host, provider, connectionString, units, directions, options.Iterations);
                return 0;
            }

            var scale = options.Scale switch { "province" => GeneratorScale.Province, "demo" => GeneratorScale.Demo, _ => GeneratorScale.City };
            await LoadAsync(host, provider, connectionString, scale, units, directions);

            if (options.Suite == "supervision")
            {
                await SupervisionBench.RunAsync(host, provider, connectionString, units, options.Iterations, options.Reports);
                return 0;
            }

            using var city = await ClientAsync(host, Roles.CityOfficer, null);
            using var county = await ClientAsync(host, Roles.CountyOfficer, "411726");
            var term = directions.First(d => d.Code == "food").Name[..2];
            await QueriesAsync(host, provider, connectionString, city, county, term, options.Iterations);
            await ImportAsync(host, provider, connectionString, city, units, directions);
        }
        finally
        {
            if (!options.Keep)
            {
                await drop();
            }
        }

        return 0;
    }

    private static async Task<(string Provider, string ConnectionString, Func<Task> Drop)> CreateDatabaseAsync(Options options)
    {
        if (options.Provider == "sqlite")
        {
            var file = options.Connection ?? Path.Combine(Path.GetTempPath(), $"tz-bench-{Guid.NewGuid():N}.db");
            return ("Sqlite", $"Data Source={file}", () =>
            {
                SqliteConnection.ClearAllPools();
                foreach (var f in new[] { file, file + "-wal", file + "-shm" })
                {
                    File.Delete(f);
                }

                return Task.CompletedTask;
            });
        }

        var admin = options.Connection ?? "Host=127.0.0.1;Port=55432;Username=postgres;Database=postgres";
        var name = $"tz_bench_{Guid.NewGuid():N}"[..24];
        await using (var connection = new NpgsqlConnection(admin))
        {
            await connection.OpenAsync();
            await BulkWriter.ExecuteAsync(connection, $"CREATE DATABASE \"{name}\"");
        }

        var builder = new NpgsqlConnectionStringBuilder(admin) { Database = name, Pooling = true };
        return ("Postgres", builder.ConnectionString, async () =>
        {
            NpgsqlConnection.ClearAllPools();
            await using var connection = new NpgsqlConnection(admin);
            await connection.OpenAsync();
            await BulkWriter.ExecuteAsync(connection, $"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");
        });
    }

    private static async Task<(IReadOnlyList<UnitSummary> Units, IReadOnlyList<DirectionSummary> Directions)> ReferenceAsync(BenchHost host)
    {
        await using var scope = host.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().UseSystem();
        return (await scope.ServiceProvider.GetRequiredService<IUnitDirectory>().ListUnitsAsync(), await scope.ServiceProvider.GetRequiredService<IIndustryDirectory>().ListDirectionsAsync());
    }

    private static async Task LoadAsync(BenchHost host, string provider, string connectionString, GeneratorScale scale, IReadOnlyList<UnitSummary> units, IReadOnlyList<DirectionSummary> directions)
    {
        var clock = Stopwatch.StartNew();
        var today = DateOnly.FromDateTime(DateTime.SpecifyKind(TimeProvider.System.GetLocalNow().DateTime, DateTimeKind.Unspecified));
        var generator = new InvestmentDataGenerator(Seed, units, directions, today, CultureInfo.GetCultureInfo("zh-CN"));
        var organisations = generator.Organisations(scale.Organisations)
            .Select(o => Organisation.Register(o.Name, OrganisationKind.Enterprise, o.Region, false, UnifiedSocialCreditCode.TryParse(o.CreditCode, out var code) ? code : null, o.Traits))
            .ToList();
        var data = generator.Generate(scale, [.. organisations.Select(o => (o.Id, o.Name))], "BENCH-");
        var investors = data.Projects.SelectMany(p => p.Investors.Select(i => (Project: p.Id, Investor: i))).ToList();
        Console.WriteLine($"generated {organisations.Count:N0} organisations, {data.Projects.Count:N0} projects, {investors.Count:N0} investor links, {data.Funds.Count:N0} funds records, {data.Interactions.Count:N0} interactions in {clock.Elapsed.TotalSeconds:F1} s");

        clock.Restart();
        await using var scope = host.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().UseSystem();
        var registryModel = scope.ServiceProvider.GetRequiredService<RegistryDb>().Model;
        var investmentModel = scope.ServiceProvider.GetRequiredService<InvestmentDb>().Model;
        if (provider == "Postgres")
        {
            await using var connection = new NpgsqlConnection(connectionString);
            await connection.OpenAsync();
            await BulkWriter.CopyAsync(connection, "registry_organisations", BulkWriter.Columns(registryModel.FindEntityType(typeof(Organisation))!), organisations);
            await BulkWriter.CopyAsync(connection, "investment_projects", BulkWriter.Columns(investmentModel.FindEntityType(typeof(Project))!), data.Projects);
            var investorColumns = BulkWriter.Columns(investmentModel.FindEntityType(typeof(ProjectInvestor))!, new Dictionary<string, Func<object, object?>>
            {
                ["ProjectId"] = row => ((ValueTuple<Guid, ProjectInvestor>)row).Item1,
                ["OrganisationId"] = row => ((ValueTuple<Guid, ProjectInvestor>)row).Item2.OrganisationId,
                ["OrganisationName"] = row => ((ValueTuple<Guid, ProjectInvestor>)row).Item2.OrganisationName,
            });
            await BulkWriter.CopyAsync(connection, "investment_project_investors", investorColumns, investors.Select(i => (object)(i.Project, i.Investor)));
            await BulkWriter.CopyAsync(connection, "investment_funds", BulkWriter.Columns(investmentModel.FindEntityType(typeof(FundsRecord))!), data.Funds);
            await BulkWriter.CopyAsync(connection, "investment_interactions", BulkWriter.Columns(investmentModel.FindEntityType(typeof(Interaction))!), data.Interactions);
            await BulkWriter.ExecuteAsync(connection, "ANALYZE");
        }
        else
        {
            var system = new SystemUser();
            var settings = scope.ServiceProvider.GetRequiredService<DatabaseSettings>();
            var registryOptions = new DbContextOptionsBuilder<RegistryDb>();
            settings.Configure(registryOptions, RegistryDb.HistoryTable);
            await using (var registry = new RegistryDb(registryOptions.Options, system))
            {
                await SaveInBatchesAsync(registry, organisations);
            }

            var investmentOptions = new DbContextOptionsBuilder<InvestmentDb>();
            settings.Configure(investmentOptions, InvestmentDb.HistoryTable);
            await using var investment = new InvestmentDb(investmentOptions.Options, system, scope.ServiceProvider.GetRequiredService<PersonalDataProtection>());
            await SaveInBatchesAsync(investment, data.Projects);
            await SaveInBatchesAsync(investment, data.Funds);
            await SaveInBatchesAsync(investment, data.Interactions);
            await investment.Database.ExecuteSqlRawAsync("ANALYZE");
        }

        Console.WriteLine($"bulk load ({(provider == "Postgres" ? "binary COPY" : "batched inserts, one transaction per table")}): {clock.Elapsed.TotalSeconds:F1} s");
    }

    private static async Task SaveInBatchesAsync<T>(DbContext db, IReadOnlyList<T> rows)
        where T : class
    {
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        await using var transaction = await db.Database.BeginTransactionAsync();
        foreach (var chunk in rows.Chunk(5_000))
        {
            db.Set<T>().AddRange(chunk);
            await db.SaveChangesAsync();
            db.ChangeTracker.Clear();
        }

        await transaction.CommitAsync();
    }

    private static async Task<HttpClient> ClientAsync(BenchHost host, string role, string? unit)
    {
        var name = $"bench-{role.ToLowerInvariant()}";
        await using (var scope = host.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            var user = new AppUser { UserName = name, DisplayName = name, UnitCode = unit, LockoutEnabled = true };
            var created = await users.CreateAsync(user, Password);
            if (!created.Succeeded || !(await users.AddToRoleAsync(user, role)).Succeeded)
            {
                throw new InvalidOperationException(string.Join("; ", created.Errors.Select(e => e.Description)));
            }
        }

        var client = host.CreateClient();
        client.Timeout = TimeSpan.FromMinutes(10);
        using var response = await client.PostAsJsonAsync("/api/v1/auth/token", new { userName = name, password = Password });
        response.EnsureSuccessStatusCode();
        var token = (await response.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("accessToken").GetString();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    private sealed record ListCase(string Name, HttpClient Client, string Query, ProjectQuery Handler, string Where, (string Name, object Value)[] Parameters);

    private static async Task QueriesAsync(BenchHost host, string provider, string connectionString, HttpClient city, HttpClient county, string term, int iterations)
    {
        var pg = provider == "Postgres";
        // The list searches project names and investor names alike, so the floor does too.
        var contains = pg
            ? "(strpos(\"Name\", @term) > 0 OR EXISTS (SELECT 1 FROM investment_project_investors i WHERE i.\"ProjectId\" = investment_projects.\"Id\" AND strpos(i.\"OrganisationName\", @term) > 0))"
            : "(instr(\"Name\", @term) > 0 OR EXISTS (SELECT 1 FROM investment_project_investors i WHERE i.\"ProjectId\" = investment_projects.\"Id\" AND instr(i.\"OrganisationName\", @term) > 0))";
        var investorNames = pg
            ? "(SELECT string_agg(i.\"OrganisationName\", ',') FROM investment_project_investors i WHERE i.\"ProjectId\" = investment_projects.\"Id\")"
            : "(SELECT group_concat(i.\"OrganisationName\", ',') FROM investment_project_investors i WHERE i.\"ProjectId\" = investment_projects.\"Id\")";
        var overBillion = pg ? "\"ContractInvestmentWan\" >= 100000" : "CAST(\"ContractInvestmentWan\" AS REAL) >= 100000";
        const string CountyScope = "(\"UnitCode\" = @own OR NOT \"IsConfidential\")";
        var search = Uri.EscapeDataString(term);
        ListCase[] cases =
        [
            new("city: first page, no filter", city, "", new(), "TRUE", []),
            new("city: unit + stage", city, "unitCode=411726&stage=Signed", new(UnitCode: "411726", Stage: ProjectStage.Signed), "\"UnitCode\" = @unit AND \"Stage\" = 'Signed'", [("unit", "411726")]),
            new("city: direction + over 1bn", city, "directionCode=food&overBillion=true", new(DirectionCode: "food", OverBillion: true), $"\"DirectionCode\" = 'food' AND {overBillion}", []),
            new("city: Chinese name search", city, $"search={search}", new(Search: term), contains, [("term", term)]),
            new("county: own scope, no filter", county, "", new(), CountyScope, [("own", "411726")]),
            new("county: name search + stage", county, $"search={search}&stage=InProduction", new(Search: term, Stage: ProjectStage.InProduction), $"{CountyScope} AND {contains} AND \"Stage\" = 'InProduction'", [("own", "411726"), ("term", term)]),
        ];
        if (!pg)
        {
            cases = [.. cases.Select(c => c with { Where = c.Where.Replace("TRUE", "1", StringComparison.Ordinal).Replace("NOT \"IsConfidential\"", "\"IsConfidential\" = 0", StringComparison.Ordinal) })];
        }

        await using DbConnection connection = pg ? new NpgsqlConnection(connectionString) : new SqliteConnection(connectionString);
        await connection.OpenAsync();
        Console.WriteLine();
        Console.WriteLine($"## Project list, page 1 of 20 rows with total (search term: {term}); {iterations} iterations after warm-up");
        Console.WriteLine();
        Console.WriteLine("| query | rows | API (HTTP) median / p95 ms | handler median / p95 ms | raw SQL median / p95 ms | API p95 / raw p95 | goal <= 1.5x | handler p95 / raw p95 |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---|---:|");
        foreach (var c in cases)
        {
            var url = "/api/v1/investment/projects" + (c.Query.Length > 0 ? "?" + c.Query : string.Empty);
            var total = 0;
            async Task Api()
            {
                using var response = await c.Client.GetAsync(url);
                response.EnsureSuccessStatusCode();
                var body = await response.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>();
                total = body.GetProperty("total").GetInt32();
            }

            var rawTotal = 0L;
            // Like a request, each iteration takes a connection from the pool (as EF does).
            async Task Raw()
            {
                await using DbConnection perRequest = pg ? new NpgsqlConnection(connectionString) : new SqliteConnection(connectionString);
                await perRequest.OpenAsync();
                await using var count = perRequest.CreateCommand();
                count.CommandText = $"SELECT COUNT(*) FROM investment_projects WHERE {c.Where}";
                Bind(count, c.Parameters);
                rawTotal = Convert.ToInt64(await count.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
                await using var page = perRequest.CreateCommand();
                page.CommandText = $"SELECT *, {investorNames} FROM investment_projects WHERE {c.Where} ORDER BY \"CreatedUtc\" DESC, \"Id\" LIMIT 20 OFFSET 0";
                Bind(page, c.Parameters);
                await using var reader = await page.ExecuteReaderAsync();
                var values = new object[reader.FieldCount];
                while (await reader.ReadAsync())
                {
                    reader.GetValues(values);
                }
            }

            var handlerTotal = 0;
            var principal = new ClaimsPrincipal(new ClaimsIdentity(
                c.Client == county
                    ? [new Claim(ClaimTypes.Name, "bench-county"), new Claim(ClaimTypes.Role, Roles.CountyOfficer), new Claim(ClaimNames.Unit, "411726")]
                    : [new Claim(ClaimTypes.Name, "bench-city"), new Claim(ClaimTypes.Role, Roles.CityOfficer)],
                "bench"));
            async Task Handler()
            {
                await using var scope = host.Services.CreateAsyncScope();
                scope.ServiceProvider.GetRequiredService<CurrentUser>().UseCircuitPrincipal(principal);
                handlerTotal = (await scope.ServiceProvider.GetRequiredService<ProjectQueries>().SearchAsync(c.Handler, CancellationToken.None)).Total;
            }

            var api = await Timing.TimeAsync(Api, iterations);
            var handler = await Timing.TimeAsync(Handler, iterations);
            var raw = await Timing.TimeAsync(Raw, iterations);
            if (total != rawTotal || handlerTotal != rawTotal)
            {
                Console.WriteLine($"WARNING: {c.Name}: the API counted {total} rows, the handler {handlerTotal}, raw SQL {rawTotal}");
            }

            // The issue's goal: the endpoint's p95 within 1.5x of the raw SQL's p95 measured in the same run.
            var endpoint = api.P95 / raw.P95;
            Console.WriteLine($"| {c.Name} | {total:N0} | {api.Median:F2} / {api.P95:F2} | {handler.Median:F2} / {handler.P95:F2} | {raw.Median:F2} / {raw.P95:F2} | {endpoint:F2}x | {(endpoint <= 1.5 ? "met" : "NOT met")} | {handler.P95 / raw.P95:F2}x |");
        }

        Console.WriteLine();
        Console.WriteLine("### Query plans (raw SQL of the name search, county scope)");
        Console.WriteLine();
        Console.WriteLine("```");
        foreach (var c in new[] { cases[3], cases[^1], cases[1] })
        {
            Console.WriteLine($"-- {c.Name}: count");
            await using var explain = connection.CreateCommand();
            explain.CommandText = (pg ? "EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF) " : "EXPLAIN QUERY PLAN ") + $"SELECT COUNT(*) FROM investment_projects WHERE {c.Where}";
            Bind(explain, c.Parameters);
            await PrintAsync(explain);
            Console.WriteLine($"-- {c.Name}: page");
            await using var page = connection.CreateCommand();
            page.CommandText = (pg ? "EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF) " : "EXPLAIN QUERY PLAN ") + $"SELECT * FROM investment_projects WHERE {c.Where} ORDER BY \"CreatedUtc\" DESC, \"Id\" LIMIT 20";
            Bind(page, c.Parameters);
            await PrintAsync(page);
        }

        Console.WriteLine("```");
    }

    internal static async Task PrintAsync(DbCommand command)
    {
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            Console.WriteLine(string.Join(" | ", Enumerable.Range(0, reader.FieldCount).Select(i => Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture))));
        }
    }

    internal static void Bind(DbCommand command, (string Name, object Value)[] parameters)
    {
        foreach (var (name, value) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = "@" + name;
            parameter.Value = value;
            command.Parameters.Add(parameter);
        }
    }

    private static async Task ImportAsync(BenchHost host, string provider, string connectionString, HttpClient city, IReadOnlyList<UnitSummary> units, IReadOnlyList<DirectionSummary> directions)
    {
        var today = DateOnly.FromDateTime(DateTime.SpecifyKind(TimeProvider.System.GetLocalNow().DateTime, DateTimeKind.Unspecified));
        var projects = new InvestmentDataGenerator(Seed + 1, units, directions, today, CultureInfo.GetCultureInfo("zh-CN")).Generate(new GeneratorScale(ImportRows, 0, 0, 0), [], "BENCH-IMPORT-").Projects;
        var clock = Stopwatch.StartNew();
        var workbook = Workbook(projects);
        Console.WriteLine();
        Console.WriteLine($"## Import of a {ImportRows:N0}-row projects workbook ({workbook.Length / 1024:N0} KB, built in {clock.Elapsed.TotalSeconds:F1} s)");
        Console.WriteLine();

        clock.Restart();
        using (var form = new MultipartFormDataContent())
        {
            form.Add(new ByteArrayContent(workbook), "file", "projects.xlsx");
            using var response = await city.PostAsync("/api/v1/investment/import/projects", form);
            var body = await response.Content.ReadAsStringAsync();
            if (!response.IsSuccessStatusCode)
            {
                throw new InvalidOperationException($"Import failed: {(int)response.StatusCode} {body[..Math.Min(body.Length, 2000)]}");
            }

            Console.WriteLine($"import response: {body}");
        }

        var importSeconds = clock.Elapsed.TotalSeconds;

        clock.Restart();
        using (var form = new MultipartFormDataContent())
        {
            form.Add(new ByteArrayContent(workbook), "file", "projects.xlsx");
            using var response = await city.PostAsync("/api/v1/investment/import/projects", form);
            Console.WriteLine($"re-import response: {await response.Content.ReadAsStringAsync()}");
        }

        var reimportSeconds = clock.Elapsed.TotalSeconds;

        await using var scope = host.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().UseSystem();
        var columns = BulkWriter.Columns(scope.ServiceProvider.GetRequiredService<InvestmentDb>().Model.FindEntityType(typeof(Project))!);
        double rawSeconds;
        if (provider == "Postgres")
        {
            await using var connection = new NpgsqlConnection(connectionString);
            await connection.OpenAsync();
            await BulkWriter.ExecuteAsync(connection, "CREATE TABLE bench_scratch (LIKE investment_projects INCLUDING ALL)");
            clock.Restart();
            await BulkWriter.CopyAsync(connection, "bench_scratch", columns, projects);
            rawSeconds = clock.Elapsed.TotalSeconds;
            await BulkWriter.ExecuteAsync(connection, "DROP TABLE bench_scratch");
        }
        else
        {
            await using var connection = new SqliteConnection(connectionString);
            await connection.OpenAsync();
            await BulkWriter.ExecuteAsync(connection, "CREATE TABLE bench_scratch AS SELECT * FROM investment_projects WHERE 0");
            clock.Restart();
            await BulkWriter.InsertAsync(connection, "bench_scratch", columns, projects);
            rawSeconds = clock.Elapsed.TotalSeconds;
            await BulkWriter.ExecuteAsync(connection, "DROP TABLE bench_scratch");
        }

        Console.WriteLine();
        Console.WriteLine("| step | seconds | rows/s |");
        Console.WriteLine("|---|---:|---:|");
        Console.WriteLine($"| API import (parse, validate, insert, audit) | {importSeconds:F2} | {ImportRows / importSeconds:N0} |");
        Console.WriteLine($"| API re-import of the same file (0 writes) | {reimportSeconds:F2} | {ImportRows / reimportSeconds:N0} |");
        Console.WriteLine($"| raw {(provider == "Postgres" ? "binary COPY" : "prepared INSERTs in one transaction")} of the same rows into a scratch table | {rawSeconds:F2} | {ImportRows / rawSeconds:N0} |");
        Console.WriteLine($"| ratio API / raw | {importSeconds / rawSeconds:F1}x | |");
    }

    private static byte[] Workbook(IReadOnlyList<Project> projects)
    {
        string[] keys = ["externalReference", "unitCode", "name", "directionCode", "source", "contractInvestmentWan", "firstPhaseWan", "registeredCapitalWan", "plannedFixedAssetWan", "landMu", "expectedAnnualOutputWan", "expectedAnnualTaxWan", "expectedJobs", "plannedStart", "plannedProduction", "isConfidential"];
        using var workbook = new XLWorkbook();
        var sheet = workbook.Worksheets.Add("projects");
        for (var c = 0; c < keys.Length; c++)
        {
            sheet.Cell(1, c + 1).SetValue(ImportSheet.Header(keys[c], CultureInfo.GetCultureInfo("zh-CN")));
        }

        var r = 2;
        foreach (var p in projects)
        {
            var f = p.Figures;
            object?[] values = [p.ExternalReference, p.UnitCode, f.Name, f.DirectionCode, f.Source.ToString(), f.ContractInvestmentWan, f.FirstPhaseWan, f.RegisteredCapitalWan, f.PlannedFixedAssetWan, f.LandMu, f.ExpectedAnnualOutputWan, f.ExpectedAnnualTaxWan, f.ExpectedJobs, f.PlannedStart?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), f.PlannedProduction?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), f.IsConfidential ? "Yes" : "No"];
            for (var c = 0; c < values.Length; c++)
            {
                switch (values[c])
                {
                    case null:
                        break;
                    case string s:
                        sheet.Cell(r, c + 1).SetValue(s);
                        break;
                    case decimal d:
                        sheet.Cell(r, c + 1).Value = (double)d;
                        break;
                    case var v:
                        sheet.Cell(r, c + 1).Value = v;
                        break;
                }
            }

            r++;
        }

        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        return stream.ToArray();
    }

    private sealed record Options(string Provider, string Scale, string? Connection, int Iterations, bool Keep, string Suite, string Reports)
    {
        public static Options? Parse(string[] args)
        {
            string? Value(string name) => Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : null;
            var provider = (Value("--provider") ?? "postgres").ToLowerInvariant();
            var scale = (Value("--scale") ?? "city").ToLowerInvariant();
            var suite = (Value("--suite") ?? "projects").ToLowerInvariant();
            var reports = (Value("--reports") ?? "commands").ToLowerInvariant();
            if (provider is not ("postgres" or "sqlite") || scale is not ("city" or "province" or "demo") || suite is not ("projects" or "supervision" or "chains") || reports is not ("commands" or "bulk"))
            {
                return null;
            }

            return new Options(provider, scale, Value("--connection"), int.Parse(Value("--iterations") ?? "200", CultureInfo.InvariantCulture), args.Contains("--keep"), suite, reports);
        }
    }
}
