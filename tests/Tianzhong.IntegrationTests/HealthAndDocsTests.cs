using System.Net;
using System.Text.Json;
using Tianzhong.IntegrationTests.Infrastructure;
using Xunit;

namespace Tianzhong.IntegrationTests;

[Collection(AppFixtureGroup.Name)]
public sealed class HealthAndDocsTests(TianzhongFactory factory)
{
    [Theory]
    [InlineData("/health/live")]
    [InlineData("/health/ready")]
    public async Task Health_endpoints_answer_without_signing_in(string path)
    {
        using var client = factory.CreateClient();
        using var response = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task OpenApi_document_lists_the_registry_and_identity_operations()
    {
        using var client = factory.CreateClient();
        var json = JsonDocument.Parse(await client.GetStringAsync("/openapi/v1.json")).RootElement;
        var paths = json.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        Assert.Contains("/api/v1/auth/token", paths);
        Assert.Contains("/api/v1/registry/units", paths);
        Assert.Contains("/api/v1/registry/industries", paths);
        Assert.Contains("/api/v1/registry/target-enterprises", paths);
        Assert.Contains("/api/v1/identity/users", paths);
    }

    [Fact]
    public async Task Api_docs_page_is_served()
    {
        using var client = factory.CreateClient();
        using var response = await client.GetAsync("/api-docs");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("text/html", response.Content.Headers.ContentType?.MediaType, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unauthenticated_api_call_is_a_401_problem()
    {
        using var client = factory.CreateClient();
        using var response = await client.GetAsync("/api/v1/registry/units");
        await response.ProblemAsync(HttpStatusCode.Unauthorized);
    }
}
