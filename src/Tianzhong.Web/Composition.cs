using System.Globalization;
using Microsoft.AspNetCore.Components.Server.Circuits;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Localization;
using MudBlazor.Services;
using Scalar.AspNetCore;
using Tianzhong.Kernel.Infrastructure.Modules;
using Tianzhong.Kernel.Infrastructure.Persistence;
using Tianzhong.Modules.Identity;
using Tianzhong.Modules.Identity.Data;
using Tianzhong.Modules.Identity.Features.SignIn;
using Tianzhong.Modules.Investment;
using Tianzhong.Modules.Supervision;
using Tianzhong.Modules.Chains;
using Tianzhong.Modules.Map;
using Tianzhong.Modules.Registry;
using Tianzhong.Web.Components;
using Tianzhong.Web.Infrastructure;

namespace Tianzhong.Web;

/// <summary>The composition root: every module is added and mapped here, and nowhere else.</summary>
public static class Composition
{
    public static readonly CultureInfo[] SupportedCultures = [new("zh-CN"), new("en")];

    public static WebApplicationBuilder AddTianzhong(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(DatabaseSettings.FromConfiguration(builder.Configuration, builder.Environment.ContentRootPath));
        services.AddLocalization();
        services.AddScoped<IScopeMessages, LocalizedScopeMessages>();

        services.AddIdentityModule();
        services.AddRegistryModule();
        services.AddInvestmentModule();
        services.AddSupervisionModule();
        services.AddChainsModule();
        services.AddMapModule();

        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new System.Text.Json.Serialization.JsonStringEnumConverter()));
        services.AddProblemDetails(options => options.CustomizeProblemDetails = LocalizedProblemTitles.Apply);
        services.Configure<Microsoft.AspNetCore.Routing.RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.AddExceptionHandler<ProblemDetailsExceptionHandler>();
        services.AddSingleton<Microsoft.AspNetCore.Authorization.IAuthorizationMiddlewareResultHandler, AuditingAuthorizationResultHandler>();
        services.AddOpenApi(options => options.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "Tianzhong API";
            document.Info.Description = "Zhumadian Tianzhong platform API. Obtain a token with POST /api/v1/auth/token and send it as a Bearer token.";
            return Task.CompletedTask;
        }));
        services.AddHealthChecks().AddDbContextCheck<IdentityDb>("database", tags: ["ready"]);

        services.AddRazorComponents().AddInteractiveServerComponents();
        services.AddCascadingAuthenticationState();
        services.AddScoped<Microsoft.AspNetCore.Components.Authorization.AuthenticationStateProvider, RevalidatingIdentityStateProvider>();
        services.AddScoped<CircuitHandler, UserCircuitHandler>();
        services.AddMudServices();
        services.AddAntiforgery();
        return builder;
    }

    /// <summary>Runs every module's startup tasks (migrations, reference data, the first administrator) in order.</summary>
    public static async Task InitialiseAsync(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        await using var scope = app.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().UseSystem();
        foreach (var registration in scope.ServiceProvider.GetServices<StartupTaskRegistration>().OrderBy(r => r.Order))
        {
            var task = (IStartupTask)scope.ServiceProvider.GetRequiredService(registration.TaskType);
            await task.RunAsync(app.Lifetime.ApplicationStopping).ConfigureAwait(false);
        }
    }

    public static WebApplication UseTianzhong(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
        }

        app.UseRequestLocalization(options =>
        {
            options.DefaultRequestCulture = new RequestCulture("zh-CN");
            options.SupportedCultures = SupportedCultures;
            options.SupportedUICultures = SupportedCultures;
            options.RequestCultureProviders = [new CookieRequestCultureProvider(), new AcceptLanguageHeaderRequestCultureProvider()];
        });
        app.UseAuthentication();
        app.UseMiddleware<BearerSessionValidation>();
        app.UseMiddleware<PendingObligationsMiddleware>();
        app.UseAuthorization();
        app.UseAntiforgery();
        app.MapStaticAssets();

        var api = app.MapGroup("/api/v1");
        api.MapIdentityApi();
        api.MapRegistryApi();
        api.MapInvestmentApi();
        api.MapSupervisionApi();
        api.MapChainsApi();
        api.MapMapApi();
        app.MapCultureEndpoint();
        app.MapAccountFormEndpoints();

        app.MapOpenApi("/openapi/{documentName}.json").AllowAnonymous();
        app.MapScalarApiReference("/api-docs", options => options.WithTitle("Tianzhong API").WithOpenApiRoutePattern("/openapi/{documentName}.json")).AllowAnonymous();
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false }).AllowAnonymous();
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains("ready") }).AllowAnonymous();

        app.MapRazorComponents<App>()
            .AddInteractiveServerRenderMode()
            .AddAdditionalAssemblies(typeof(RegistryModule).Assembly, typeof(IdentityModule).Assembly, typeof(InvestmentModule).Assembly, typeof(SupervisionModule).Assembly, typeof(ChainsModule).Assembly, typeof(MapModule).Assembly);
        return app;
    }
}
