using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Claims;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Tianzhong.IntegrationTests.Infrastructure;
using Tianzhong.Kernel.Security;
using Tianzhong.Modules.Identity.Features.SignIn;
using Tianzhong.Modules.Investment.Contracts;
using Xunit;

namespace Tianzhong.IntegrationTests;

/// <summary>
/// The project picker's search (IProjectDigests.SearchAsync, used by the chain link panel and the inspection routes):
/// every stage but Terminated, newest first, within the caller's data scope. The projects carry a unique token in
/// their names, so other tests' projects never match.
/// </summary>
[Collection(AppFixtureGroup.Name)]
public sealed class ProjectSearchTests(TianzhongFactory factory)
{
    private static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");

    [Fact]
    public async Task Leads_and_later_stages_are_found_newest_first_terminated_ones_and_other_counties_confidential_ones_are_not()
    {
        var token = Guid.NewGuid().ToString("N")[..10];
        using var city = await factory.ClientForRoleAsync(Roles.CityOfficer);
        var negotiating = await RegisterAsync(city, "411722", $"{token}在谈项目", confidential: false);
        var signed = await RegisterAsync(city, "411722", $"{token}签约项目", confidential: false);
        await ApproveAsync(city, signed, "Signed", "2025-03-01");
        var confidential = await RegisterAsync(city, "411723", $"{token}保密项目", confidential: true);
        var open = await RegisterAsync(city, "411723", $"{token}公开项目", confidential: false);
        var terminated = await RegisterAsync(city, "411722", $"{token}终止项目", confidential: false);
        await TerminateAsync(city, terminated);

        var asCity = await SearchAsync(Roles.CityOfficer, null, token, 50);
        Assert.Equal([open, confidential, signed, negotiating], asCity.Select(p => p.Id));
        Assert.Equal(["Negotiating", "Negotiating", "Signed", "Negotiating"], asCity.Select(p => p.Stage));
        Assert.Equal(["411723", "411723", "411722", "411722"], asCity.Select(p => p.UnitCode));

        // The newest first, cut in the database.
        Assert.Equal([open, confidential], (await SearchAsync(Roles.CityOfficer, null, token, 2)).Select(p => p.Id));

        // A county sees its own projects and other units' non-confidential ones.
        Assert.Equal([open, signed, negotiating], (await SearchAsync(Roles.CountyOfficer, "411722", token, 50)).Select(p => p.Id));
        Assert.Equal([open, confidential, signed, negotiating], (await SearchAsync(Roles.CountyOfficer, "411723", token, 50)).Select(p => p.Id));

        // The name decides: a part of it finds the one project, a name nobody has finds none.
        Assert.Equal([signed], (await SearchAsync(Roles.CountyOfficer, "411722", $"{token}签约", 50)).Select(p => p.Id));
        Assert.Empty(await SearchAsync(Roles.CityOfficer, null, $"{token}终止", 50));
        Assert.Empty(await SearchAsync(Roles.CountyOfficer, "411722", $"{token}保密", 50));
    }

    // The handler as the page calls it, in a scope whose caller has this role and unit.
    private async Task<IReadOnlyList<ProjectDigest>> SearchAsync(string role, string? unitCode, string term, int take)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var claims = new List<Claim> { new(ClaimTypes.NameIdentifier, Guid.NewGuid().ToString()), new(ClaimTypes.Name, "search-test"), new(ClaimTypes.Role, role) };
        if (unitCode is not null)
        {
            claims.Add(new Claim(ClaimNames.Unit, unitCode));
        }

        scope.ServiceProvider.GetRequiredService<CurrentUser>().UseCircuitPrincipal(new ClaimsPrincipal(new ClaimsIdentity(claims, "test")));
        return await scope.ServiceProvider.GetRequiredService<IProjectDigests>().SearchAsync(term, take, CancellationToken.None);
    }

    private static async Task<Guid> RegisterAsync(HttpClient city, string unitCode, string name, bool confidential)
    {
        using var response = await city.PostAsJsonAsync("/api/v1/investment/projects", new
        {
            unitCode,
            figures = new { name, directionCode = "food", source = "OtherProvince", contractInvestmentWan = 10_000m, isConfidential = confidential },
        });
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    private static async Task ApproveAsync(HttpClient city, Guid projectId, string stage, string date)
    {
        using var form = new MultipartFormDataContent
        {
            { new StringContent(stage), "targetStage" },
            { new StringContent(date), "occurredOn" },
        };
        var file = new ByteArrayContent(Pdf);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        form.Add(file, "files", "evidence.pdf");
        form.Add(new StringContent("Contract"), "kinds");
        using var submitted = await city.PostAsync($"/api/v1/investment/projects/{projectId}/submissions", form);
        var body = await submitted.Content.ReadAsStringAsync();
        Assert.True(submitted.StatusCode == HttpStatusCode.Created, body);
        var submission = JsonDocument.Parse(body).RootElement;
        using var approved = await city.PostAsJsonAsync($"/api/v1/investment/submissions/{submission.GetProperty("id").GetString()}/approve", new { version = submission.GetProperty("version").GetInt32() });
        Assert.True(approved.StatusCode == HttpStatusCode.OK, await approved.Content.ReadAsStringAsync());
    }

    private static async Task TerminateAsync(HttpClient city, Guid projectId)
    {
        var version = (await city.GetFromJsonAsync<JsonElement>($"/api/v1/investment/projects/{projectId}/lifecycle")).GetProperty("version").GetInt32();
        using var response = await city.PostAsJsonAsync($"/api/v1/investment/projects/{projectId}/terminate", new { reason = "企业战略调整", version });
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, body);
        Assert.Equal("Terminated", JsonDocument.Parse(body).RootElement.GetProperty("stage").GetString());
    }
}
