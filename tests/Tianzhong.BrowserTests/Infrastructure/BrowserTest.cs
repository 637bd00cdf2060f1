using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Tianzhong.BrowserTests.Infrastructure;

/// <summary>
/// Base class of every browser test: a fresh browser context and page per test, sign-in helpers, and two checks
/// after the test body: the app logged no unexpected warning or error, and no page raised an uncaught script error.
/// </summary>
[Collection(BrowserTestGroup.Name)]
public abstract partial class BrowserTest(TianzhongApp app) : IAsyncLifetime
{
    private readonly List<IBrowserContext> _contexts = [];
    private readonly List<string> _pageErrors = [];
    private long _logMark;

    protected TianzhongApp App => app;

    protected IBrowserContext Context { get; private set; } = default!;

    protected IPage Page { get; private set; } = default!;

    public async Task InitializeAsync()
    {
        _logMark = App.Logs.Mark;
        Context = await NewContextAsync();
        Page = await Context.NewPageAsync();
    }

    public async Task DisposeAsync()
    {
        foreach (var context in _contexts)
        {
            await context.CloseAsync();
        }

        App.Logs.AssertNoUnexpected(_logMark, IsExpectedAppLog, "during " + GetType().Name);
        if (_pageErrors.Count > 0)
        {
            throw new InvalidOperationException("Uncaught script error(s) in the browser:" + Environment.NewLine + string.Join(Environment.NewLine, _pageErrors));
        }
    }

    /// <summary>A test that provokes an app warning on purpose overrides this to accept exactly that warning.</summary>
    protected virtual bool IsExpectedAppLog(CapturedLog entry) => false;

    /// <summary>Another fresh context (no cookies), e.g. to come back as if from a different browser; closed after the test.</summary>
    protected async Task<IBrowserContext> NewContextAsync()
    {
        var context = await App.NewContextAsync();
        context.Page += (_, page) => page.PageError += (_, error) =>
        {
            lock (_pageErrors)
            {
                _pageErrors.Add(page.Url + ": " + error);
            }
        };
        _contexts.Add(context);
        return context;
    }

    /// <summary>
    /// The element with this test id once Blazor has made the page interactive (its prerendered copy does not
    /// match): only then do typing and clicking reach the server.
    /// </summary>
    protected static ILocator Interactive(IPage page, string testId)
    {
        ArgumentNullException.ThrowIfNull(page);
        return page.Locator($"[data-testid='{testId}']:not([data-tz-prerendered])");
    }

    /// <summary>
    /// The interactive text box of the target-enterprise search. MudBlazor puts the test id on the &lt;input&gt;
    /// itself; should it ever move to a wrapper, the input inside it is found instead.
    /// </summary>
    protected static ILocator SearchBox(IPage page)
    {
        var box = Interactive(page, "enterprise-search");
        return box.And(page.Locator("input")).Or(box.Locator("input"));
    }

    /// <summary>Opens the sign-in page, fills in the form and submits it.</summary>
    protected static async Task SubmitSignInAsync(IPage page, string userName, string password)
    {
        ArgumentNullException.ThrowIfNull(page);
        await page.GotoAsync("/account/login");
        await FillInSignInAsync(page, userName, password);
    }

    /// <summary>Fills in and submits the sign-in form already on the page.</summary>
    protected static async Task FillInSignInAsync(IPage page, string userName, string password)
    {
        ArgumentNullException.ThrowIfNull(page);
        await page.GetByTestId("username").FillAsync(userName);
        await page.GetByTestId("password").FillAsync(password);
        await SubmitFormAsync(page, page.GetByTestId("sign-in"));
    }

    /// <summary>Signs in and waits for the home page.</summary>
    /// <summary>Enters the current TOTP code for the authenticator key on a code form and submits it.</summary>
    protected static async Task SubmitTotpCodeAsync(IPage page, string authenticatorKey)
    {
        ArgumentNullException.ThrowIfNull(page);
        await page.GetByTestId("totp-code").FillAsync(Tianzhong.IntegrationTests.Infrastructure.Totp.Code(authenticatorKey, TimeProvider.System.GetUtcNow()));
        await SubmitFormAsync(page, page.GetByTestId("verify-code"));
    }

    protected static async Task SignInAsync(IPage page, TestUser user)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(user);
        await SubmitSignInAsync(page, user.UserName, user.Password);
        await Expect(page).ToHaveURLAsync(HomeUrl());
        await Expect(page.GetByTestId("current-user")).ToHaveTextAsync(user.DisplayName);
    }

    /// <summary>
    /// Clicks a submit button of a plain (non-interactive) form and fails at once, with the server's answer, if
    /// the server refuses the post (e.g. 400 for a bad antiforgery token) instead of timing out later.
    /// </summary>
    protected static async Task SubmitFormAsync(IPage page, ILocator submit)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(submit);
        var response = await page.RunAndWaitForResponseAsync(
            () => submit.ClickAsync(),
            r => r.Request.Method == "POST" && r.Request.IsNavigationRequest);
        if (response.Status >= 400)
        {
            var body = await response.TextAsync();
            Assert.Fail($"The server refused the form post to {response.Url}: HTTP {response.Status} {body[..Math.Min(body.Length, 500)]}");
        }
    }

    /// <summary>The home page "/", with or without a query string.</summary>
    protected static Regex HomeUrl() => HomeUrlPattern();

    protected static bool IsPath(string url, string path) => string.Equals(new Uri(url).AbsolutePath, path, StringComparison.OrdinalIgnoreCase);

    /// <summary>The number in the target-enterprise total, "共 N 家" or "N organisations".</summary>
    protected static async Task<int> ReadTotalAsync(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        var text = await page.GetByTestId("enterprise-total").InnerTextAsync();
        var match = Number().Match(text);
        Assert.True(match.Success, $"No number in the total \"{text}\".");
        return int.Parse(match.Value, NumberStyles.None, CultureInfo.InvariantCulture);
    }

    [GeneratedRegex(@"\d+")]
    private static partial Regex Number();

    [GeneratedRegex(@"^https?://[^/]+/(\?.*)?$")]
    private static partial Regex HomeUrlPattern();
}
