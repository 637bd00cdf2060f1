using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using System.Security.Claims;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Tianzhong.Kernel.Identifiers;
using Tianzhong.Kernel.Security;
using Tianzhong.Modules.Chains.Data;
using Tianzhong.Modules.Chains.Domain;
using Tianzhong.Modules.Chains.Features.Matching;
using Tianzhong.Modules.Identity.Features.SignIn;
using Tianzhong.Modules.Investment.Data;
using Tianzhong.Modules.Investment.Domain;
using Tianzhong.Modules.Investment.Features.Demo;
using Tianzhong.Modules.Registry.Contracts;
using Tianzhong.Modules.Registry.Data;
using Tianzhong.Modules.Registry.Domain;

namespace Tianzhong.Bench;

/// <summary>
/// Precision matching (issue 5 point 3): scoring every organisation for one chain, first at city scale (20,000
/// organisations, 20,000 projects, 100,000 interactions), then after growing the same database to province scale
/// (10x each). Both timings are printed beside a floor measured in the same run (the raw SQL reads of the same
/// projections the scorer needs), and the growth ratio is checked against the issue's limit of 12x for 10x the data.
/// </summary>
internal static class ChainsBench
{
    private const string ChainCode = "equipment";
    private const double GrowthLimit = 12.0;

    public static async Task RunAsync(BenchHost host, string provider, string connectionString, IReadOnlyList<UnitSummary> units, IReadOnlyList<DirectionSummary> directions, int iterations)
    {
        var today = DateOnly.FromDateTime(DateTime.SpecifyKind(TimeProvider.System.GetLocalNow().DateTime, DateTimeKind.Unspecified));
        var city = GeneratorScale.City;
        var province = GeneratorScale.Province;
        var all = new InvestmentDataGenerator(42, units, directions, today, CultureInfo.GetCultureInfo("zh-CN")).Organisations(province.Organisations)
            .Select(o => Organisation.Register(o.Name, OrganisationKind.Enterprise, o.Region, false, UnifiedSocialCreditCode.TryParse(o.CreditCode, out var code) ? code : null, o.Traits))
            .ToList();

        Console.WriteLine();
        Console.WriteLine($"## Precision matching: score every organisation for the {ChainCode} chain; {iterations} timed runs after one warm-up");
        var rows = new List<(string Scale, int Organisations, long Interactions, Stats Handler, Stats Floor)>();

        await LoadAsync(host, provider, connectionString, all[..city.Organisations], new InvestmentDataGenerator(43, units, directions, today, CultureInfo.GetCultureInfo("zh-CN")).Generate(new GeneratorScale(city.Projects, 0, city.Interactions, 0), [.. all[..city.Organisations].Select(o => (o.Id, o.Name))], "BENCH-C-"));
        await ChainAsync(host, all[..city.Organisations]);
        rows.Add(await MeasureAsync(host, provider, connectionString, "city", iterations));

        var rest = all[city.Organisations..];
        await LoadAsync(host, provider, connectionString, rest, new InvestmentDataGenerator(44, units, directions, today, CultureInfo.GetCultureInfo("zh-CN")).Generate(new GeneratorScale(province.Projects - city.Projects, 0, province.Interactions - city.Interactions, 0), [.. rest.Select(o => (o.Id, o.Name))], "BENCH-P-"));
        rows.Add(await MeasureAsync(host, provider, connectionString, "province", iterations));

        Console.WriteLine();
        Console.WriteLine("| scale | organisations | interactions | scoring (handler) median / min ms | floor (raw SQL reads) median / min ms | handler / floor |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|");
        foreach (var r in rows)
        {
            Console.WriteLine($"| {r.Scale} | {r.Organisations:N0} | {r.Interactions:N0} | {r.Handler.Median:F0} / {r.Handler.Min:F0} | {r.Floor.Median:F0} / {r.Floor.Min:F0} | {r.Handler.Median / r.Floor.Median:F1}x |");
        }

        var growth = rows[1].Handler.Median / rows[0].Handler.Median;
        var floorGrowth = rows[1].Floor.Median / rows[0].Floor.Median;
        Console.WriteLine();
        Console.WriteLine($"growth city -> province (10x the data): scoring {growth:F1}x (limit {GrowthLimit:F0}x: {(growth <= GrowthLimit ? "met" : "NOT met")}); floor {floorGrowth:F1}x");
    }

    private sealed record Stats(double Median, double Min);

    private static async Task<(string, int, long, Stats, Stats)> MeasureAsync(BenchHost host, string provider, string connectionString, string scale, int iterations)
    {
        var principal = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Name, "bench-city"), new Claim(ClaimTypes.Role, Roles.CityOfficer)], "bench"));
        var scored = 0;
        async Task Handler()
        {
            await using var scope = host.Services.CreateAsyncScope();
            scope.ServiceProvider.GetRequiredService<CurrentUser>().UseCircuitPrincipal(principal);
            scored = (await scope.ServiceProvider.GetRequiredService<Recommendations>().ForChainAsync(ChainCode, new RecommendationQuery(PageSize: 50), CancellationToken.None)).Scored;
        }

        var pg = provider == "Postgres";
        string[] floor =
        [
            "SELECT \"Id\", \"Name\", \"Region\", \"IsForeign\", \"Traits\" FROM registry_organisations WHERE \"MergedIntoId\" IS NULL ORDER BY \"Name\"",
            "SELECT l.\"OrganisationId\", l.\"Box\", l.\"DirectionCode\", l.\"SubSector\" FROM registry_organisation_listings l JOIN registry_organisations o ON o.\"Id\" = l.\"OrganisationId\" WHERE o.\"MergedIntoId\" IS NULL",
            "SELECT \"OrganisationId\", COUNT(*), MAX(\"OccurredOn\") FROM investment_interactions GROUP BY \"OrganisationId\"",
            "SELECT DISTINCT i.\"OrganisationId\" FROM investment_project_investors i JOIN investment_projects p ON p.\"Id\" = i.\"ProjectId\" WHERE p.\"Stage\" IN ('Signed', 'Started', 'InProduction')",
        ];
        long interactions = 0;
        async Task Floor()
        {
            await using DbConnection connection = pg ? new NpgsqlConnection(connectionString) : new SqliteConnection(connectionString);
            await connection.OpenAsync();
            foreach (var sql in floor)
            {
                await using var command = connection.CreateCommand();
                command.CommandText = sql;
                await using var reader = await command.ExecuteReaderAsync();
                var values = new object[reader.FieldCount];
                while (await reader.ReadAsync())
                {
                    reader.GetValues(values);
                }
            }

            await using var count = connection.CreateCommand();
            count.CommandText = "SELECT COUNT(*) FROM investment_interactions";
            interactions = Convert.ToInt64(await count.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
        }

        var handler = await TimeAsync(Handler, iterations);
        var raw = await TimeAsync(Floor, iterations);
        Console.WriteLine($"{scale}: {scored:N0} organisations scored; scoring median {handler.Median:F0} ms, floor median {raw.Median:F0} ms");
        return (scale, scored, interactions, handler, raw);
    }

    private static async Task<Stats> TimeAsync(Func<Task> action, int iterations)
    {
        await action();
        var samples = new double[iterations];
        for (var i = 0; i < iterations; i++)
        {
            var start = Stopwatch.GetTimestamp();
            await action();
            samples[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        }

        Array.Sort(samples);
        return new Stats(samples[iterations / 2], samples[0]);
    }

    // One chain with a link per sub-sector of the seed, 200 target enterprises and 50 local enterprises on them.
    private static async Task ChainAsync(BenchHost host, IReadOnlyList<Organisation> organisations)
    {
        await using var scope = host.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().UseSystem();
        var profile = await scope.ServiceProvider.GetRequiredService<IDirectionProfiles>().FindAsync(ChainCode) ?? throw new InvalidOperationException("No equipment direction.");
        var db = scope.ServiceProvider.GetRequiredService<ChainsDb>();
        var chain = IndustryChain.Create(profile.Code, profile.Name, 1);
        db.Chains.Add(chain);
        var links = profile.SubSectors.Select((s, i) => ChainLink.Create(chain.Id, null, s, ChainSegment.Midstream, i, null)).ToList();
        db.Links.AddRange(links);
        for (var i = 0; i < 250; i++)
        {
            var organisation = organisations[i * 37 % organisations.Count];
            var kind = i < 200 ? AttachmentKind.TargetEnterprise : AttachmentKind.LocalEnterprise;
            db.Attachments.Add(LinkAttachment.Organisation(chain.Id, links[i % links.Count].Id, kind, organisation.Id, organisation.Name, kind == AttachmentKind.LocalEnterprise ? "411702" : null, "bench", DateTime.UnixEpoch));
        }

        await db.SaveChangesAsync();
    }

    private static async Task LoadAsync(BenchHost host, string provider, string connectionString, List<Organisation> organisations, GeneratedData data)
    {
        var clock = Stopwatch.StartNew();
        await using var scope = host.Services.CreateAsyncScope();
        var registryModel = scope.ServiceProvider.GetRequiredService<RegistryDb>().Model;
        var investmentModel = scope.ServiceProvider.GetRequiredService<InvestmentDb>().Model;
        var investors = data.Projects.SelectMany(p => p.Investors.Select(i => (object)(p.Id, i))).ToList();
        var investorColumns = BulkWriter.Columns(investmentModel.FindEntityType(typeof(ProjectInvestor))!, new Dictionary<string, Func<object, object?>>
        {
            ["ProjectId"] = row => ((ValueTuple<Guid, ProjectInvestor>)row).Item1,
            ["OrganisationId"] = row => ((ValueTuple<Guid, ProjectInvestor>)row).Item2.OrganisationId,
            ["OrganisationName"] = row => ((ValueTuple<Guid, ProjectInvestor>)row).Item2.OrganisationName,
        });
        var organisationColumns = BulkWriter.Columns(registryModel.FindEntityType(typeof(Organisation))!);
        var projectColumns = BulkWriter.Columns(investmentModel.FindEntityType(typeof(Project))!);
        var interactionColumns = BulkWriter.Columns(investmentModel.FindEntityType(typeof(Interaction))!);
        if (provider == "Postgres")
        {
            await using var connection = new NpgsqlConnection(connectionString);
            await connection.OpenAsync();
            await BulkWriter.CopyAsync(connection, "registry_organisations", organisationColumns, organisations);
            await BulkWriter.CopyAsync(connection, "investment_projects", projectColumns, data.Projects);
            await BulkWriter.CopyAsync(connection, "investment_project_investors", investorColumns, investors);
            await BulkWriter.CopyAsync(connection, "investment_interactions", interactionColumns, data.Interactions);
            await BulkWriter.ExecuteAsync(connection, "ANALYZE");
        }
        else
        {
            await using var connection = new SqliteConnection(connectionString);
            await connection.OpenAsync();
            await BulkWriter.InsertAsync(connection, "registry_organisations", organisationColumns, organisations);
            await BulkWriter.InsertAsync(connection, "investment_projects", projectColumns, data.Projects);
            await BulkWriter.InsertAsync(connection, "investment_project_investors", investorColumns, investors);
            await BulkWriter.InsertAsync(connection, "investment_interactions", interactionColumns, data.Interactions);
            await BulkWriter.ExecuteAsync(connection, "ANALYZE");
        }

        Console.WriteLine($"loaded {organisations.Count:N0} organisations, {data.Projects.Count:N0} projects, {investors.Count:N0} investor links, {data.Interactions.Count:N0} interactions in {clock.Elapsed.TotalSeconds:F1} s");
    }
}
