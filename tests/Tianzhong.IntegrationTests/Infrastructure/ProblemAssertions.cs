using System.Net;
using System.Text.Json;
using Xunit;

namespace Tianzhong.IntegrationTests.Infrastructure;

public static class ProblemAssertions
{
    /// <summary>Asserts a ProblemDetails response with the status and returns its JSON.</summary>
    public static async Task<JsonElement> ProblemAsync(this HttpResponseMessage response, HttpStatusCode status)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(status == response.StatusCode, $"Expected {(int)status} but got {(int)response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var json = JsonDocument.Parse(body).RootElement.Clone();
        Assert.Equal((int)status, json.GetProperty("status").GetInt32());
        return json;
    }

    /// <summary>The messages of one field in a 400 validation problem.</summary>
    public static async Task<string[]> FieldErrorsAsync(this HttpResponseMessage response, string field)
    {
        var problem = await response.ProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(problem.TryGetProperty("errors", out var errors), "The problem has no field errors.");
        Assert.True(errors.TryGetProperty(field, out var messages), $"No error for field '{field}': {errors}");
        return [.. messages.EnumerateArray().Select(m => m.GetString()!)];
    }
}
