using System.Net;
using System.Text;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Tianzhong.IntegrationTests.Infrastructure;
using Tianzhong.Kernel.Security;
using Xunit;

namespace Tianzhong.IntegrationTests;

/// <summary>
/// Enumerates every API endpoint the app maps and calls it as every role: a new endpoint is covered without
/// anyone remembering to add it here. Each endpoint must carry exactly one known policy (or be the token endpoint).
/// </summary>
[Collection(AppFixtureGroup.Name)]
public sealed class EndpointAuthorizationTests(TianzhongFactory factory)
{
    private static readonly HashSet<string> Anonymous = ["POST /api/v1/auth/token"];

    [Fact]
    public async Task Every_api_endpoint_admits_exactly_the_roles_of_its_policy()
    {
        var endpoints = ApiEndpoints();
        Assert.True(endpoints.Count >= 15, $"Only {endpoints.Count} API endpoints found; the enumeration is broken.");

        var clients = new Dictionary<string, HttpClient>();
        foreach (var role in Roles.All)
        {
            clients[role] = await factory.ClientForRoleAsync(role, unitCode: Roles.NeedsUnit(role) ? "411722" : null, departmentCode: Roles.NeedsDepartment(role) ? "talent-office" : null);
        }

        using var anonymous = factory.CreateClient();
        var failures = new List<string>();
        try
        {
            foreach (var (method, route, policy) in endpoints)
            {
                var key = $"{method} {route}";
                if (policy is null)
                {
                    if (!Anonymous.Contains(key))
                    {
                        failures.Add($"{key} has no authorization policy");
                    }

                    continue;
                }

                if (!Policies.RolesByPolicy.TryGetValue(policy, out var allowed))
                {
                    failures.Add($"{key} uses unknown policy {policy}");
                    continue;
                }

                using (var response = await SendAsync(anonymous, method, route))
                {
                    if (response.StatusCode != HttpStatusCode.Unauthorized)
                    {
                        failures.Add($"{key} anonymous: {(int)response.StatusCode}, expected 401");
                    }
                }

                foreach (var role in Roles.All)
                {
                    using var response = await SendAsync(clients[role], method, route);
                    // A 403 with a detail comes from the handler's data-scope check (e.g. a department officer asking for a county's
                    // report): the policy admitted the call. The policy's own refusal is a bare status-code problem.
                    var admitted = response.StatusCode is not (HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden)
                        || (response.StatusCode == HttpStatusCode.Forbidden && await RefusedByDataScopeAsync(response));
                    if (admitted != allowed.Contains(role))
                    {
                        failures.Add($"{key} as {role}: {(int)response.StatusCode}, expected {(allowed.Contains(role) ? "admitted" : "403")}");
                    }
                }
            }
        }
        finally
        {
            foreach (var client in clients.Values)
            {
                client.Dispose();
            }
        }

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    [Fact]
    public void Administrators_are_never_admitted_to_business_data_and_business_roles_never_to_administration()
    {
        foreach (var policy in new[] { Policies.BusinessRead, Policies.CityWrite })
        {
            Assert.DoesNotContain(Policies.RolesByPolicy[policy], Roles.IsAdministrator);
        }

        foreach (var policy in new[] { Policies.ManageAccounts, Policies.ManageSecurity, Policies.ReadAudit, Policies.ViewAccounts })
        {
            Assert.All(Policies.RolesByPolicy[policy], r => Assert.True(Roles.IsAdministrator(r)));
        }

        Assert.Equal([Roles.AuditAdministrator], Policies.RolesByPolicy[Policies.ReadAudit]);
    }

    private List<(string Method, string Route, string? Policy)> ApiEndpoints()
    {
        var sources = factory.Services.GetServices<EndpointDataSource>();
        var result = new List<(string, string, string?)>();
        foreach (var endpoint in sources.SelectMany(s => s.Endpoints).OfType<RouteEndpoint>())
        {
            var route = "/" + endpoint.RoutePattern.RawText!.TrimStart('/');
            if (!route.StartsWith("/api/", StringComparison.Ordinal))
            {
                continue;
            }

            var methods = endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"];
            var policies = endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>().Select(a => a.Policy).Where(p => p is not null).Distinct().ToList();
            var anonymous = endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null;
            Assert.True(policies.Count <= 1, $"{route} carries several policies: {string.Join(",", policies)}");
            foreach (var method in methods)
            {
                result.Add((method, route, anonymous ? null : policies.SingleOrDefault() ?? "(none)"));
            }
        }

        return result;
    }

    private static async Task<bool> RefusedByDataScopeAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        return body.Length > 0 && System.Text.Json.JsonDocument.Parse(body).RootElement.TryGetProperty("detail", out var detail) && detail.GetString() is { Length: > 0 };
    }

    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, string method, string route)
    {
        var path = route
            .Replace("{id:guid}", Guid.NewGuid().ToString(), StringComparison.Ordinal)
            .Replace("{id}", "no-such-user", StringComparison.Ordinal)
            .Replace("{code}", "411722", StringComparison.Ordinal)
            .Replace("{date}", "2026-11-02", StringComparison.Ordinal)
            .Replace("{year:int}", "2025", StringComparison.Ordinal);
        path = System.Text.RegularExpressions.Regex.Replace(path, @"\{[A-Za-z]+:int\}", "1");
        using var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (method is "POST" or "PUT" or "PATCH")
        {
            request.Content = new StringContent("{}", Encoding.UTF8, "application/json");
        }

        return await client.SendAsync(request);
    }
}
