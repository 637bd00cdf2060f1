using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Tianzhong.IntegrationTests.Infrastructure;
using Tianzhong.Kernel.Security;
using Tianzhong.Modules.Identity.Features.SignIn;
using Tianzhong.Modules.Investment.Data;
using Tianzhong.Modules.Investment.Domain;
using Xunit;

namespace Tianzhong.IntegrationTests.Supervision;

/// <summary>Helpers for the supervision tests: projects with approved stages, and a month submitted, approved and closed for every unit.</summary>
internal static class SupervisionSeed
{
    public static readonly string[] Units = ["411702", "411721", "411722", "411723", "411724", "411725", "411726", "411727", "411728", "411729", "ZMD-SFQ", "411771", "ZMD-GXQ"];

    /// <summary>A project with an external reference (so an import can revise it), signed on <paramref name="signedOn"/>.</summary>
    public static async Task<Guid> SignedProjectAsync(TianzhongFactory factory, string unitCode, string name, string externalReference, decimal contractWan, DateOnly signedOn, string direction = "food", string? majorGroup = "14", DateOnly? startedOn = null)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().UseSystem();
        var db = scope.ServiceProvider.GetRequiredService<InvestmentDb>();
        var now = TimeProvider.System.GetUtcNow().UtcDateTime;
        var figures = new ProjectFigures(name, direction, majorGroup, CapitalSource.OtherProvince, contractWan, null, null, null, null, null, 120.5m, null, null, 300, new DateOnly(2026, 3, 1), new DateOnly(2027, 6, 30), false);
        var project = Project.Register(unitCode, figures, now, externalReference);
        db.Projects.Add(project);
        foreach (var (stage, on) in new[] { (ProjectStage.Signed, (DateOnly?)signedOn), (ProjectStage.Started, startedOn) })
        {
            if (on is { } date)
            {
                var submission = StageSubmission.Create(project, stage, date, null, [], "seed", now);
                db.StageSubmissions.Add(submission);
                LifecycleRules.Approve(project, submission, "seed", null, now);
            }
        }

        await db.SaveChangesAsync();
        return project.Id;
    }

    /// <summary>Submits and approves every unit's report of the month as the city, then closes it.</summary>
    public static async Task CloseMonthAsync(HttpClient city, int year, int month)
    {
        foreach (var unit in Units)
        {
            var report = await city.GetFromJsonAsync<JsonElement>($"/api/v1/supervision/reports/{unit}/{year}/{month}");
            using var submit = await city.PostAsJsonAsync($"/api/v1/supervision/reports/{unit}/{year}/{month}/submit", new { narrative = "本月工作平稳推进。", version = report.GetProperty("version").GetInt32() });
            Assert.True(submit.StatusCode == HttpStatusCode.OK, await submit.Content.ReadAsStringAsync());
            var submitted = await submit.Content.ReadFromJsonAsync<JsonElement>();
            using var approve = await city.PostAsJsonAsync($"/api/v1/supervision/reports/{unit}/{year}/{month}/approve", new { opinion = (string?)null, version = submitted.GetProperty("version").GetInt32() });
            Assert.True(approve.StatusCode == HttpStatusCode.OK, await approve.Content.ReadAsStringAsync());
        }

        using var close = await city.PostAsync($"/api/v1/supervision/months/{year}/{month}/close", null);
        Assert.True(close.StatusCode == HttpStatusCode.OK, await close.Content.ReadAsStringAsync());
    }

    public static Task<HttpClient> CityAsync(TianzhongFactory factory) => factory.ClientForRoleAsync(Roles.CityOfficer);
}
