using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Tianzhong.Kernel.Auditing;
using Tianzhong.Kernel.Infrastructure.Modules;
using Tianzhong.Kernel.Infrastructure.Persistence;
using Tianzhong.Kernel.Security;
using Tianzhong.Modules.Identity.Contracts;
using Tianzhong.Modules.Identity.Data;
using Tianzhong.Modules.Identity.Features.Accounts;
using Tianzhong.Modules.Identity.Features.Audit;
using Tianzhong.Modules.Identity.Features.Bootstrap;
using Tianzhong.Modules.Identity.Features.SignIn;

namespace Tianzhong.Modules.Identity;

/// <summary>Users, roles, data scopes, sign-in security and the audit log.</summary>
public static class IdentityModule
{
    public const string SmartScheme = "Tianzhong";
    public const string AbsoluteExpiryItem = "tz.absolute_expiry";
    public static readonly TimeSpan IdleTimeout = TimeSpan.FromMinutes(30);
    public static readonly TimeSpan AbsoluteLifetime = TimeSpan.FromHours(12);

    public static IServiceCollection AddIdentityModule(this IServiceCollection services)
    {
        services.AddModuleDbContext<IdentityDb>(IdentityDb.HistoryTable);
        services.AddDbContextFactory<AuditDb>((sp, options) => sp.GetRequiredService<DatabaseSettings>().Configure(options, AuditDb.HistoryTable));
        services.AddStartupTask<MigrateDatabase<AuditDb>>(order: 0);
        services.AddStartupTask<AdminBootstrap>(order: 100);

        services.AddHttpContextAccessor();
        services.AddScoped<CurrentUser>();
        services.AddScoped<ICurrentUser>(sp => sp.GetRequiredService<CurrentUser>());
        services.AddScoped<Tianzhong.Kernel.Infrastructure.Security.ISystemScopeFactory, SystemScopeFactory>();
        services.AddScoped<IAuditTrail, AuditTrail>();
        services.AddScoped<IUserDirectory, UserDirectory>();
        services.TryAddSingleton<PersonalDataProtection>();
        services.AddSingleton(_ => PlatformPasswordValidator.LoadRules());
        services.AddScoped<UserAdministration>();
        services.AddScoped<SelfService>();
        services.AddScoped<SignInAuditing>();
        services.AddScoped<AuditLog>();

        services.AddDataProtection().SetApplicationName("Tianzhong").PersistKeysToDbContext<IdentityDb>();

        services.AddIdentity<AppUser, AppRole>(options =>
            {
                // Length and character classes are checked once, by PlatformPasswordValidator (Domain.PasswordRules).
                options.Password.RequiredLength = 1;
                options.Password.RequireDigit = false;
                options.Password.RequireLowercase = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireNonAlphanumeric = false;
                options.Password.RequiredUniqueChars = 1;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(30);
                options.Lockout.AllowedForNewUsers = true;
                options.User.RequireUniqueEmail = false;
                options.SignIn.RequireConfirmedAccount = false;
            })
            .AddEntityFrameworkStores<IdentityDb>()
            .AddDefaultTokenProviders()
            .AddClaimsPrincipalFactory<PlatformClaimsFactory>()
            .AddPasswordValidator<PlatformPasswordValidator>()
            .AddErrorDescriber<LocalizedIdentityErrorDescriber>();

        services.AddAuthentication()
            .AddBearerToken(IdentityConstants.BearerScheme, options => options.BearerTokenExpiration = TimeSpan.FromHours(1))
            .AddPolicyScheme(SmartScheme, SmartScheme, options => options.ForwardDefaultSelector = SelectScheme);
        services.Configure<AuthenticationOptions>(options =>
        {
            options.DefaultScheme = SmartScheme;
            options.DefaultAuthenticateScheme = SmartScheme;
            options.DefaultChallengeScheme = SmartScheme;
            options.DefaultForbidScheme = SmartScheme;
        });
        services.ConfigureApplicationCookie(ConfigureCookie);
        // Checked on every request (one key lookup): sign-out, disabling or re-roling an account ends its cookie sessions at once.
        services.Configure<SecurityStampValidatorOptions>(o =>
        {
            o.ValidationInterval = TimeSpan.Zero;

            // The validator rebuilds the principal from the account; carry the session's absolute expiry over.
            o.OnRefreshingPrincipal = context =>
            {
                var expiry = context.CurrentPrincipal?.FindFirst(ClaimNames.SessionExpires);
                if (expiry is not null && context.NewPrincipal?.Identity is System.Security.Claims.ClaimsIdentity identity && !identity.HasClaim(c => c.Type == ClaimNames.SessionExpires))
                {
                    identity.AddClaim(new System.Security.Claims.Claim(ClaimNames.SessionExpires, expiry.Value));
                }

                return Task.CompletedTask;
            };
        });

        var authorization = services.AddAuthorizationBuilder();
        foreach (var (policy, roles) in Policies.RolesByPolicy)
        {
            authorization.AddPolicy(policy, p => p.RequireAuthenticatedUser().RequireRole(roles));
        }

        return services;
    }

    public static void MapIdentityApi(this IEndpointRouteBuilder api)
    {
        api.MapTokenEndpoint();
        api.MapAccountsApi();
        AuditLog.MapAuditApi(api);
    }

    /// <summary>
    /// Bearer when the request carries a token. Otherwise the cookie, except for API writes: the pages call the
    /// handlers directly, so a cookie-authenticated POST/PUT/DELETE to /api can only be a cross-site forgery.
    /// </summary>
    private static string SelectScheme(HttpContext context)
    {
        if (context.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return IdentityConstants.BearerScheme;
        }

        var apiWrite = context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase)
            && !HttpMethods.IsGet(context.Request.Method) && !HttpMethods.IsHead(context.Request.Method);
        return apiWrite ? IdentityConstants.BearerScheme : IdentityConstants.ApplicationScheme;
    }

    private static void ConfigureCookie(CookieAuthenticationOptions options)
    {
        options.Cookie.Name = "tianzhong.auth";
        options.Cookie.HttpOnly = true;
        options.Cookie.SameSite = SameSiteMode.Lax;
        options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        options.LoginPath = "/account/login";
        options.LogoutPath = "/account/logout";
        options.AccessDeniedPath = "/account/access-denied";
        options.ExpireTimeSpan = IdleTimeout;
        options.SlidingExpiration = true;
        options.Events.OnRedirectToLogin = context => ApiAwareRedirect(context, StatusCodes.Status401Unauthorized);
        options.Events.OnRedirectToAccessDenied = context => ApiAwareRedirect(context, StatusCodes.Status403Forbidden);
        options.Events.OnSigningIn = context =>
        {
            var now = context.HttpContext.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow();
            context.Properties.Items.TryAdd(AbsoluteExpiryItem, now.Add(AbsoluteLifetime).ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture));

            // The same expiry as a claim, so an open Blazor circuit (which never sees the cookie again) can enforce it too.
            if (context.Principal?.Identity is System.Security.Claims.ClaimsIdentity identity && !identity.HasClaim(c => c.Type == ClaimNames.SessionExpires))
            {
                identity.AddClaim(new System.Security.Claims.Claim(ClaimNames.SessionExpires, context.Properties.Items[AbsoluteExpiryItem]!));
            }

            return Task.CompletedTask;
        };
        options.Events.OnValidatePrincipal = async context =>
        {
            var now = context.HttpContext.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow();
            if (context.Properties.Items.TryGetValue(AbsoluteExpiryItem, out var text)
                && long.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, out var expiry)
                && now.ToUnixTimeSeconds() >= expiry)
            {
                context.RejectPrincipal();
                await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme).ConfigureAwait(false);
                return;
            }

            await SecurityStampValidator.ValidatePrincipalAsync(context).ConfigureAwait(false);
        };
    }

    private static Task ApiAwareRedirect(RedirectContext<CookieAuthenticationOptions> context, int statusCode)
    {
        if (context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase))
        {
            context.Response.StatusCode = statusCode;
            return Task.CompletedTask;
        }

        context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }
}
