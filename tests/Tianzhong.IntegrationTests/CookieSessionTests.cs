using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Tianzhong.IntegrationTests.Infrastructure;
using Tianzhong.Kernel.Security;
using Xunit;

namespace Tianzhong.IntegrationTests;

/// <summary>The browser session: cookie sign-in through the real form, CSRF rules for the API, sign-out.</summary>
[Collection(AppFixtureGroup.Name)]
public sealed partial class CookieSessionTests(TianzhongFactory factory)
{
    [Fact]
    public async Task A_signed_in_browser_reads_the_api_but_cannot_write_to_it_with_its_cookie()
    {
        var user = await factory.CreateUserAsync(Roles.CityOfficer);
        using var browser = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        await SignInAsync(browser, user);

        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/api/v1/registry/units")).StatusCode);

        // A forged cross-site write carries the cookie but no bearer token: refused before any handler runs.
        using var forged = await browser.PutAsJsonAsync("/api/v1/account/culture", new { culture = "en" });
        await forged.ProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task After_sign_out_a_copied_session_cookie_is_worthless()
    {
        var user = await factory.CreateUserAsync(Roles.CityOfficer);
        using var browser = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        var cookie = await SignInAsync(browser, user);

        using (var before = new HttpRequestMessage(HttpMethod.Get, "/api/v1/registry/units"))
        {
            before.Headers.Add("Cookie", cookie);
            Assert.Equal(HttpStatusCode.OK, (await browser.SendAsync(before)).StatusCode);
        }

        using (var home = new HttpRequestMessage(HttpMethod.Get, "/account/change-password"))
        {
            home.Headers.Add("Cookie", cookie);
            var page = await (await browser.SendAsync(home)).Content.ReadAsStringAsync();
            using var logout = new HttpRequestMessage(HttpMethod.Post, "/account/logout")
            {
                Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = Token(page) }),
            };
            logout.Headers.Add("Cookie", cookie + "; " + AntiforgeryCookie);
            Assert.Equal(HttpStatusCode.Redirect, (await browser.SendAsync(logout)).StatusCode);
        }

        using var after = new HttpRequestMessage(HttpMethod.Get, "/api/v1/registry/units");
        after.Headers.Add("Cookie", cookie);
        Assert.Equal(HttpStatusCode.Unauthorized, (await browser.SendAsync(after)).StatusCode);
    }

    [Theory]
    [InlineData("//evil.example/")]
    [InlineData("/\\evil.example/")]
    [InlineData("https://evil.example/")]
    public async Task The_language_switch_never_redirects_off_site(string returnUrl)
    {
        using var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        using var response = await client.GetAsync("/culture/en?returnUrl=" + Uri.EscapeDataString(returnUrl));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task A_session_ends_after_30_idle_minutes_and_after_12_hours_however_active()
    {
        var clock = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(DateTimeOffset.Parse("2026-11-26T08:00:00+08:00", System.Globalization.CultureInfo.InvariantCulture));
        await using var timed = new ClockedFactory(clock);
        await ((IAsyncLifetime)timed).InitializeAsync();
        try
        {
            var user = await timed.CreateUserAsync(Roles.CityOfficer);
            using var browser = timed.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
            await SignInAsync(browser, user);

            // Active every 25 minutes: the sliding cookie keeps the session alive until the 12-hour limit.
            var elapsed = TimeSpan.Zero;
            while (elapsed < TimeSpan.FromHours(11.5))
            {
                clock.Advance(TimeSpan.FromMinutes(25));
                elapsed += TimeSpan.FromMinutes(25);
                Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/api/v1/registry/units")).StatusCode);
            }

            // One more step, shorter than the idle limit, that crosses the 12-hour mark.
            var step = TimeSpan.FromHours(12) - elapsed + TimeSpan.FromMinutes(1);
            Assert.True(step < TimeSpan.FromMinutes(30), "the last step must not be an idle timeout");
            clock.Advance(step);
            Assert.Equal(HttpStatusCode.Unauthorized, (await browser.GetAsync("/api/v1/registry/units")).StatusCode);

            using var idle = timed.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
            await SignInAsync(idle, user);
            clock.Advance(TimeSpan.FromMinutes(31));
            Assert.Equal(HttpStatusCode.Unauthorized, (await idle.GetAsync("/api/v1/registry/units")).StatusCode);
        }
        finally
        {
            await ((IAsyncLifetime)timed).DisposeAsync();
        }
    }

    private sealed class ClockedFactory(Microsoft.Extensions.Time.Testing.FakeTimeProvider clock) : TianzhongFactory
    {
        protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureServices(services => services.AddSingleton<TimeProvider>(clock));
        }
    }

    private string AntiforgeryCookie { get; set; } = string.Empty;

    /// <summary>Signs in through the static sign-in form (antiforgery included) and returns the auth cookie pair.</summary>
    private async Task<string> SignInAsync(HttpClient client, TestUser user)
    {
        using var form = await client.GetAsync("/account/login");
        var html = await form.Content.ReadAsStringAsync();
        AntiforgeryCookie = form.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]).First(c => c.StartsWith(".AspNetCore.Antiforgery", StringComparison.Ordinal));
        using var post = new HttpRequestMessage(HttpMethod.Post, "/account/login")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["_handler"] = "login",
                ["__RequestVerificationToken"] = Token(html),
                ["Input.UserName"] = user.UserName,
                ["Input.Password"] = user.Password,
            }),
        };
        post.Headers.Add("Cookie", AntiforgeryCookie);
        using var response = await client.SendAsync(post);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return response.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]).First(c => c.StartsWith("tianzhong.auth=", StringComparison.Ordinal));
    }

    private static string Token(string html) => TokenPattern().Match(html).Groups["token"].Value;

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"(?<token>[^\"]+)\"")]
    private static partial Regex TokenPattern();
}
