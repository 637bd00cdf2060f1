using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Tianzhong.Kernel.Infrastructure.Auditing;
using Tianzhong.Kernel.Infrastructure.Persistence;

namespace Tianzhong.Kernel.Infrastructure.Modules;

/// <summary>Work a module needs done once at start, before requests are served (migrations, reference data, bootstrap).</summary>
public interface IStartupTask
{
    Task RunAsync(CancellationToken cancellationToken);
}

/// <summary>A registered startup task with its position; lower orders run first.</summary>
public sealed record StartupTaskRegistration(Type TaskType, int Order);

/// <summary>Applies a module context's pending migrations for whichever provider is configured.</summary>
public sealed class MigrateDatabase<TContext>(TContext context) : IStartupTask
    where TContext : DbContext
{
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        // On a new PostgreSQL database EF would first query the missing history table and log that failure as an
        // error; creating the table up front keeps a clean first start free of false alarms.
        await context.GetService<IHistoryRepository>().CreateIfNotExistsAsync(cancellationToken).ConfigureAwait(false);
        await context.Database.MigrateAsync(cancellationToken).ConfigureAwait(false);
    }
}

public static class ModuleRegistration
{
    public static IServiceCollection AddStartupTask<TTask>(this IServiceCollection services, int order)
        where TTask : class, IStartupTask
    {
        services.AddScoped<TTask>();
        services.AddSingleton(new StartupTaskRegistration(typeof(TTask), order));
        return services;
    }

    /// <summary>Registers a module's DbContext on the configured provider, with data-scope and audit interceptors.</summary>
    public static IServiceCollection AddModuleDbContext<TContext>(this IServiceCollection services, string migrationsHistoryTable)
        where TContext : DbContext
    {
        services.AddTransient<AuditingInterceptor>();
        services.AddTransient<DataScopeGuardInterceptor>();
        services.TryAddScoped<Components.CircuitWorkGate>();
        services.AddDbContext<TContext>((sp, options) =>
        {
            sp.GetRequiredService<DatabaseSettings>().Configure(options, migrationsHistoryTable);
            options.AddInterceptors(sp.GetRequiredService<DataScopeGuardInterceptor>(), sp.GetRequiredService<AuditingInterceptor>());

            // A failing query or command always reaches its caller, which reports it (ProblemDetails handler, circuit
            // error log, start-up failure); EF's own error entries would only repeat it, or report a command cut short
            // because its page went away and disposed the connection under it (PostgreSQL reports that as an error).
            options.ConfigureWarnings(w => w.Log(
                (Microsoft.EntityFrameworkCore.Diagnostics.CoreEventId.QueryIterationFailed, Microsoft.Extensions.Logging.LogLevel.Debug),
                (Microsoft.EntityFrameworkCore.Diagnostics.RelationalEventId.CommandError, Microsoft.Extensions.Logging.LogLevel.Debug)));
        });
        services.AddStartupTask<MigrateDatabase<TContext>>(order: 0);
        return services;
    }
}
