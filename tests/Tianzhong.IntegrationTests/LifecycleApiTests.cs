using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Tianzhong.IntegrationTests.Infrastructure;
using Tianzhong.Kernel.Security;
using Tianzhong.Modules.Identity.Features.SignIn;
using Tianzhong.Modules.Investment.Pages;
using Tianzhong.Modules.Investment.Pages.Components;
using Xunit;

namespace Tianzhong.IntegrationTests;

[Collection(AppFixtureGroup.Name)]
public sealed class LifecycleApiTests(TianzhongFactory factory)
{
    private static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");

    // The first bytes of a Windows program ("MZ" header) under a harmless-looking name.
    private static readonly byte[] Program = [0x4D, 0x5A, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0xFF, 0xFF, 0x00, 0x00];

    [Fact]
    public async Task A_county_submits_signing_only_the_city_approves_and_then_the_stage_counts()
    {
        using var county = await factory.ClientForRoleAsync(Roles.CountyOfficer, unitCode: "411723");
        using var city = await factory.ClientForRoleAsync(Roles.CityOfficer);
        var projectId = await RegisterAsync(county, null, "平舆县防水材料产业园项目");

        using var submitted = await SubmitAsync(county, projectId, "Signed", "2025-03-01", ("签约合同.pdf", Pdf, "Contract"));
        Assert.Equal(HttpStatusCode.Created, submitted.StatusCode);
        var submission = await submitted.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Pending", submission.GetProperty("status").GetString());
        var evidence = Assert.Single(submission.GetProperty("evidence").EnumerateArray().ToList());
        Assert.Equal("签约合同.pdf", evidence.GetProperty("fileName").GetString());
        Assert.Equal("Contract", evidence.GetProperty("kind").GetString());
        Assert.Equal("application/pdf", evidence.GetProperty("contentType").GetString());
        Assert.Equal(Pdf.Length, evidence.GetProperty("length").GetInt64());
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(Pdf)), evidence.GetProperty("sha256").GetString());
        var submissionId = submission.GetProperty("id").GetString();

        // Unapproved, the project still counts as negotiating.
        var project = await county.GetFromJsonAsync<JsonElement>($"/api/v1/investment/projects/{projectId}");
        Assert.Equal("Negotiating", project.GetProperty("stage").GetString());
        var versionBefore = project.GetProperty("version").GetInt32();
        var lifecycle = await county.GetFromJsonAsync<JsonElement>($"/api/v1/investment/projects/{projectId}/lifecycle");
        Assert.Equal(submissionId, lifecycle.GetProperty("pendingSubmissionId").GetString());
        var queue = await city.GetFromJsonAsync<JsonElement>("/api/v1/investment/submissions?status=Pending&unitCode=411723&pageSize=200");
        Assert.Contains(queue.GetProperty("items").EnumerateArray(), s => s.GetProperty("id").GetString() == submissionId && s.GetProperty("projectName").GetString() == "平舆县防水材料产业园项目");

        // A county officer may not decide: 403, and the refusal is in the audit log.
        using (var refused = await county.PostAsJsonAsync($"/api/v1/investment/submissions/{submissionId}/approve", new { version = 1 }))
        {
            await refused.ProblemAsync(HttpStatusCode.Forbidden);
        }

        Assert.Contains(await AuditReader.EntriesAsync(factory, "AccessDenied"), e => e.ObjectId == $"POST /api/v1/investment/submissions/{submissionId}/approve");

        using (var approved = await city.PostAsJsonAsync($"/api/v1/investment/submissions/{submissionId}/approve", new { opinion = "材料齐全", version = 1 }))
        {
            Assert.Equal(HttpStatusCode.OK, approved.StatusCode);
            var decided = await approved.Content.ReadFromJsonAsync<JsonElement>();
            Assert.Equal("Approved", decided.GetProperty("status").GetString());
            Assert.Equal(2, decided.GetProperty("version").GetInt32());
        }

        lifecycle = await county.GetFromJsonAsync<JsonElement>($"/api/v1/investment/projects/{projectId}/lifecycle");
        Assert.Equal("Signed", lifecycle.GetProperty("stage").GetString());
        Assert.Equal("2025-03-01", lifecycle.GetProperty("signedOn").GetString());
        Assert.Equal("Started", lifecycle.GetProperty("nextStage").GetString());
        Assert.Equal(JsonValueKind.Null, lifecycle.GetProperty("pendingSubmissionId").ValueKind);
        Assert.Equal(versionBefore + 1, lifecycle.GetProperty("version").GetInt32());

        var history = await county.GetFromJsonAsync<JsonElement>($"/api/v1/investment/projects/{projectId}/history");
        Assert.Equal(["Submitted", "Approved"], history.EnumerateArray().Select(h => h.GetProperty("event").GetString()));
        Assert.All(history.EnumerateArray(), h => Assert.Equal("2025-03-01", h.GetProperty("occurredOn").GetString()));
        Assert.Equal("材料齐全", history[1].GetProperty("remark").GetString());

        // Deciding twice is refused, whether with the old version or the new one.
        using (var stale = await city.PostAsJsonAsync($"/api/v1/investment/submissions/{submissionId}/approve", new { version = 1 }))
        {
            await stale.ProblemAsync(HttpStatusCode.Conflict);
        }

        using (var again = await city.PostAsJsonAsync($"/api/v1/investment/submissions/{submissionId}/approve", new { version = 2 }))
        {
            await again.ProblemAsync(HttpStatusCode.Conflict);
        }

        // The file's bytes never enter the audit log; its hash does.
        var created = (await AuditReader.EntriesAsync(factory, "Create")).Single(e => e.ObjectType == "EvidenceFile" && e.ObjectId == evidence.GetProperty("id").GetString());
        Assert.DoesNotContain(Convert.ToBase64String(Pdf), created.After!, StringComparison.Ordinal);
        Assert.Contains(evidence.GetProperty("sha256").GetString()!, created.After!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_returned_submission_keeps_the_stage_and_can_be_submitted_again()
    {
        using var county = await factory.ClientForRoleAsync(Roles.CountyOfficer, unitCode: "411724");
        using var city = await factory.ClientForRoleAsync(Roles.CityOfficer);
        var projectId = await RegisterAsync(county, null, "正阳县花生精深加工项目");
        var submissionId = await SubmittedIdAsync(county, projectId, "Signed", "2025-04-02");

        using (var withoutOpinion = await city.PostAsJsonAsync($"/api/v1/investment/submissions/{submissionId}/return", new { opinion = "  ", version = 1 }))
        {
            Assert.NotEmpty(await withoutOpinion.FieldErrorsAsync("opinion"));
        }

        using (var returned = await city.PostAsJsonAsync($"/api/v1/investment/submissions/{submissionId}/return", new { opinion = "合同缺少盖章页", version = 1 }))
        {
            var decided = await returned.Content.ReadFromJsonAsync<JsonElement>();
            Assert.Equal("Returned", decided.GetProperty("status").GetString());
            Assert.Equal("合同缺少盖章页", decided.GetProperty("opinion").GetString());
        }

        var lifecycle = await county.GetFromJsonAsync<JsonElement>($"/api/v1/investment/projects/{projectId}/lifecycle");
        Assert.Equal("Negotiating", lifecycle.GetProperty("stage").GetString());
        Assert.Equal(JsonValueKind.Null, lifecycle.GetProperty("signedOn").ValueKind);

        var history = await county.GetFromJsonAsync<JsonElement>($"/api/v1/investment/projects/{projectId}/history");
        Assert.Equal(["Submitted", "Returned"], history.EnumerateArray().Select(h => h.GetProperty("event").GetString()));
        Assert.Equal("合同缺少盖章页", history[1].GetProperty("remark").GetString());

        using var again = await SubmitAsync(county, projectId, "Signed", "2025-04-02", ("盖章合同.pdf", Pdf, "Contract"));
        Assert.Equal(HttpStatusCode.Created, again.StatusCode);
        var submissions = await county.GetFromJsonAsync<JsonElement>($"/api/v1/investment/projects/{projectId}/submissions");
        Assert.Equal(["Pending", "Returned"], submissions.EnumerateArray().Select(s => s.GetProperty("status").GetString()));
    }

    [Fact]
    public async Task A_start_dated_before_the_signing_names_occurredOn_and_writes_nothing()
    {
        using var county = await factory.ClientForRoleAsync(Roles.CountyOfficer, unitCode: "411725");
        using var city = await factory.ClientForRoleAsync(Roles.CityOfficer);
        var projectId = await RegisterAsync(county, null, "确山县提琴产业园项目");
        var signing = await SubmittedIdAsync(county, projectId, "Signed", "2025-05-10");
        (await city.PostAsJsonAsync($"/api/v1/investment/submissions/{signing}/approve", new { version = 1 })).EnsureSuccessStatusCode();

        using (var early = await SubmitAsync(county, projectId, "Started", "2025-05-09", ("施工许可证.pdf", Pdf, "Permit")))
        {
            Assert.NotEmpty(await early.FieldErrorsAsync("occurredOn"));
        }

        var future = DateOnly.FromDateTime(TimeProvider.System.GetUtcNow().UtcDateTime.AddDays(3)).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        using (var tomorrow = await SubmitAsync(county, projectId, "Started", future, ("施工许可证.pdf", Pdf, "Permit")))
        {
            Assert.NotEmpty(await tomorrow.FieldErrorsAsync("occurredOn"));
        }

        using (var skipping = await SubmitAsync(county, projectId, "InProduction", "2025-06-01", ("投产照片.pdf", Pdf, "Photo")))
        {
            Assert.NotEmpty(await skipping.FieldErrorsAsync("targetStage"));
        }

        Assert.Single((await county.GetFromJsonAsync<JsonElement>($"/api/v1/investment/projects/{projectId}/submissions")).EnumerateArray());
        Assert.Equal(2, (await county.GetFromJsonAsync<JsonElement>($"/api/v1/investment/projects/{projectId}/history")).GetArrayLength());

        using var onTheDay = await SubmitAsync(county, projectId, "Started", "2025-05-10", ("施工许可证.pdf", Pdf, "Permit"));
        Assert.Equal(HttpStatusCode.Created, onTheDay.StatusCode);
    }

    [Theory]
    [InlineData("合同.pdf", "program", "files")]
    [InlineData("setup.exe", "program", "files")]
    [InlineData("合同.pdf", "empty", "files")]
    [InlineData(null, null, "files")]
    public async Task Unacceptable_evidence_is_refused_naming_files(string? fileName, string? content, string field)
    {
        using var county = await factory.ClientForRoleAsync(Roles.CountyOfficer, unitCode: "411726");
        var projectId = await RegisterAsync(county, null, $"泌阳县材料校验项目{Guid.NewGuid():N}");
        var files = fileName is null ? [] : new[] { (fileName, content == "empty" ? Array.Empty<byte>() : Program, "Contract") };
        using var response = await SubmitAsync(county, projectId, "Signed", "2025-02-01", files);
        Assert.NotEmpty(await response.FieldErrorsAsync(field));
        Assert.Empty((await county.GetFromJsonAsync<JsonElement>($"/api/v1/investment/projects/{projectId}/submissions")).EnumerateArray());
        Assert.Empty((await county.GetFromJsonAsync<JsonElement>($"/api/v1/investment/projects/{projectId}/history")).EnumerateArray());
    }

    [Fact]
    public async Task A_stale_version_on_approval_is_a_409_and_the_stage_stays()
    {
        using var county = await factory.ClientForRoleAsync(Roles.CountyOfficer, unitCode: "411727");
        using var city = await factory.ClientForRoleAsync(Roles.CityOfficer);
        var projectId = await RegisterAsync(county, null, "汝南县绿色建材项目");
        var submissionId = await SubmittedIdAsync(county, projectId, "Signed", "2025-01-20");

        using (var stale = await city.PostAsJsonAsync($"/api/v1/investment/submissions/{submissionId}/approve", new { version = 7 }))
        {
            await stale.ProblemAsync(HttpStatusCode.Conflict);
        }

        var lifecycle = await city.GetFromJsonAsync<JsonElement>($"/api/v1/investment/projects/{projectId}/lifecycle");
        Assert.Equal("Negotiating", lifecycle.GetProperty("stage").GetString());
        Assert.Equal(submissionId, lifecycle.GetProperty("pendingSubmissionId").GetString());
    }

    [Fact]
    public async Task Another_county_neither_sees_the_confidential_projects_submissions_nor_downloads_its_evidence()
    {
        using var city = await factory.ClientForRoleAsync(Roles.CityOfficer);
        using var owner = await factory.ClientForRoleAsync(Roles.CountyOfficer, unitCode: "411729");
        using var other = await factory.ClientForRoleAsync(Roles.CountyOfficer, unitCode: "411722");
        var projectId = await RegisterAsync(city, "411729", "新蔡县保密签约项目", confidential: true);
        using var submitted = await SubmitAsync(owner, projectId, "Signed", "2025-06-18", ("保密合同.pdf", Pdf, "Contract"));
        var submission = await submitted.Content.ReadFromJsonAsync<JsonElement>();
        var fileId = submission.GetProperty("evidence")[0].GetProperty("id").GetString();

        await (await other.GetAsync($"/api/v1/investment/projects/{projectId}/submissions")).ProblemAsync(HttpStatusCode.NotFound);
        await (await other.GetAsync($"/api/v1/investment/projects/{projectId}/history")).ProblemAsync(HttpStatusCode.NotFound);
        await (await other.GetAsync($"/api/v1/investment/evidence/{fileId}")).ProblemAsync(HttpStatusCode.NotFound);
        var queue = await other.GetFromJsonAsync<JsonElement>("/api/v1/investment/submissions?pageSize=200");
        Assert.All(queue.GetProperty("items").EnumerateArray(), s => Assert.Equal("411722", s.GetProperty("unitCode").GetString()));

        // The owner and the city download it, and each download is audited.
        using var download = await city.GetAsync($"/api/v1/investment/evidence/{fileId}");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("application/pdf", download.Content.Headers.ContentType?.MediaType);
        Assert.Equal(Pdf, await download.Content.ReadAsByteArrayAsync());
        Assert.Equal(HttpStatusCode.OK, (await owner.GetAsync($"/api/v1/investment/evidence/{fileId}")).StatusCode);
        Assert.Equal(2, (await AuditReader.EntriesAsync(factory, "Export")).Count(e => e.ObjectType == "EvidenceFile" && e.ObjectId == fileId));
    }

    [Fact]
    public async Task A_stalled_project_resumes_where_it_was_and_a_terminated_one_stops()
    {
        using var county = await factory.ClientForRoleAsync(Roles.CountyOfficer, unitCode: "411728");
        using var city = await factory.ClientForRoleAsync(Roles.CityOfficer);
        var projectId = await RegisterAsync(county, null, "遂平县食品机械项目");
        var signing = await SubmittedIdAsync(county, projectId, "Signed", "2025-02-14");
        (await city.PostAsJsonAsync($"/api/v1/investment/submissions/{signing}/approve", new { version = 1 })).EnsureSuccessStatusCode();
        var version = (await county.GetFromJsonAsync<JsonElement>($"/api/v1/investment/projects/{projectId}/lifecycle")).GetProperty("version").GetInt32();

        using (var noReason = await county.PostAsJsonAsync($"/api/v1/investment/projects/{projectId}/stall", new { reason = "", version }))
        {
            Assert.NotEmpty(await noReason.FieldErrorsAsync("reason"));
        }

        using (var stale = await county.PostAsJsonAsync($"/api/v1/investment/projects/{projectId}/stall", new { reason = "资金未到位", version = version - 1 }))
        {
            await stale.ProblemAsync(HttpStatusCode.Conflict);
        }

        var stalled = await (await county.PostAsJsonAsync($"/api/v1/investment/projects/{projectId}/stall", new { reason = "资金未到位", version })).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Stalled", stalled.GetProperty("stage").GetString());
        Assert.Equal("Signed", stalled.GetProperty("reachedStage").GetString());
        Assert.Equal("资金未到位", stalled.GetProperty("haltReason").GetString());
        Assert.Equal(JsonValueKind.String, stalled.GetProperty("haltedOn").ValueKind);

        using (var whileStalled = await SubmitAsync(county, projectId, "Started", "2025-03-01", ("施工许可证.pdf", Pdf, "Permit")))
        {
            Assert.NotEmpty(await whileStalled.FieldErrorsAsync("targetStage"));
        }

        var resumed = await (await county.PostAsJsonAsync($"/api/v1/investment/projects/{projectId}/resume", new { version = stalled.GetProperty("version").GetInt32() })).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Signed", resumed.GetProperty("stage").GetString());
        Assert.Equal(JsonValueKind.Null, resumed.GetProperty("haltReason").ValueKind);

        var terminated = await (await county.PostAsJsonAsync($"/api/v1/investment/projects/{projectId}/terminate", new { reason = "企业战略调整", version = resumed.GetProperty("version").GetInt32() })).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Terminated", terminated.GetProperty("stage").GetString());
        using (var resumeTerminated = await county.PostAsJsonAsync($"/api/v1/investment/projects/{projectId}/resume", new { version = terminated.GetProperty("version").GetInt32() }))
        {
            await resumeTerminated.ProblemAsync(HttpStatusCode.Conflict);
        }

        var history = await county.GetFromJsonAsync<JsonElement>($"/api/v1/investment/projects/{projectId}/history");
        Assert.Equal(["Submitted", "Approved", "Stalled", "Resumed", "Terminated"], history.EnumerateArray().Select(h => h.GetProperty("event").GetString()));
        Assert.Equal("资金未到位", history[2].GetProperty("remark").GetString());
        Assert.Equal("企业战略调整", history[4].GetProperty("remark").GetString());
    }

    [Fact]
    public async Task The_lifecycle_panel_and_the_approval_queue_render_the_project_as_it_stands()
    {
        using var county = await factory.ClientForRoleAsync(Roles.CountyOfficer, unitCode: "411721");
        var projectId = await RegisterAsync(county, null, "西平县畜牧机械项目");
        await SubmittedIdAsync(county, projectId, "Signed", "2025-07-07");

        var panel = await RenderAsync<ProjectLifecyclePanel>(Principal(Roles.CountyOfficer, "411721"), new Dictionary<string, object?> { ["ProjectId"] = Guid.Parse(projectId) });
        Assert.Contains("data-testid=\"lifecycle-timeline\"", panel, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"lifecycle-pending\"", panel, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"lifecycle-halt-form\"", panel, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"lifecycle-submit-form\"", panel, StringComparison.Ordinal);
        Assert.Contains("2025-07-07", panel, StringComparison.Ordinal);

        // Another county sees the (open) project but none of its lifecycle, and gets no forms.
        var outsider = await RenderAsync<ProjectLifecyclePanel>(Principal(Roles.CountyOfficer, "411722"), new Dictionary<string, object?> { ["ProjectId"] = Guid.Parse(projectId) });
        Assert.DoesNotContain("data-testid=\"lifecycle-halt-form\"", outsider, StringComparison.Ordinal);
        Assert.DoesNotContain("2025-07-07", outsider, StringComparison.Ordinal);

        var queue = await RenderAsync<Approvals>(Principal(Roles.CityOfficer, null), []);
        Assert.Contains("西平县畜牧机械项目", queue, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"approval-approve\"", queue, StringComparison.Ordinal);
        var readOnly = await RenderAsync<Approvals>(Principal(Roles.CountyOfficer, "411721"), []);
        Assert.Contains("西平县畜牧机械项目", readOnly, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"approvals-readonly\"", readOnly, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"approval-approve\"", readOnly, StringComparison.Ordinal);
    }

    private static ClaimsPrincipal Principal(string role, string? unitCode)
    {
        var claims = new List<Claim> { new(ClaimTypes.Name, $"render-{role}"), new(ClaimTypes.Role, role) };
        if (unitCode is not null)
        {
            claims.Add(new Claim(ClaimNames.Unit, unitCode));
        }

        return new ClaimsPrincipal(new ClaimsIdentity(claims, "test"));
    }

    // Renders a component as the server's prerender does, as the given user, with the app's own services.
    private async Task<string> RenderAsync<TComponent>(ClaimsPrincipal user, Dictionary<string, object?> parameters)
        where TComponent : IComponent
    {
        await using var scope = factory.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().UseCircuitPrincipal(user);
        await using var renderer = new HtmlRenderer(scope.ServiceProvider, NullLoggerFactory.Instance);
        var host = new Dictionary<string, object?> { [nameof(PopoverHost.Component)] = typeof(TComponent), [nameof(PopoverHost.Parameters)] = parameters };
        var html = await renderer.Dispatcher.InvokeAsync(async () =>
            (await renderer.RenderComponentAsync<PopoverHost>(ParameterView.FromDictionary(host))).ToHtmlString());
        return WebUtility.HtmlDecode(html);
    }

    /// <summary>The layout's popover provider around the component, as MudBlazor's selects and pickers require.</summary>
    private sealed class PopoverHost : ComponentBase
    {
        [Parameter]
        public Type Component { get; set; } = default!;

        [Parameter]
        public Dictionary<string, object?> Parameters { get; set; } = [];

        protected override void BuildRenderTree(Microsoft.AspNetCore.Components.Rendering.RenderTreeBuilder builder)
        {
            builder.OpenComponent<MudBlazor.MudPopoverProvider>(0);
            builder.CloseComponent();
            builder.OpenComponent<DynamicComponent>(1);
            builder.AddComponentParameter(2, nameof(DynamicComponent.Type), Component);
            builder.AddComponentParameter(3, nameof(DynamicComponent.Parameters), Parameters);
            builder.CloseComponent();
        }
    }

    private static async Task<string> RegisterAsync(HttpClient client, string? unitCode, string name, bool confidential = false)
    {
        using var response = await client.PostAsJsonAsync("/api/v1/investment/projects", new
        {
            unitCode,
            figures = new { name, directionCode = "food", source = "OtherProvince", contractInvestmentWan = 50_000m, isConfidential = confidential },
        });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    }

    private static async Task<string> SubmittedIdAsync(HttpClient client, string projectId, string stage, string date)
    {
        using var response = await SubmitAsync(client, projectId, stage, date, ("佐证材料.pdf", Pdf, "Contract"));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    }

    private static async Task<HttpResponseMessage> SubmitAsync(HttpClient client, string projectId, string stage, string date, params (string Name, byte[] Content, string Kind)[] files)
    {
        using var form = new MultipartFormDataContent
        {
            { new StringContent(stage), "targetStage" },
            { new StringContent(date), "occurredOn" },
            { new StringContent("县区申报"), "note" },
        };
        foreach (var (name, content, kind) in files)
        {
            var file = new ByteArrayContent(content);
            file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
            form.Add(file, "files", name);
            form.Add(new StringContent(kind), "kinds");
        }

        return await client.PostAsync($"/api/v1/investment/projects/{projectId}/submissions", form);
    }
}
