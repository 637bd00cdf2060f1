using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging;
using Tianzhong.Kernel.Time;
using Tianzhong.Kernel.Infrastructure.Modules;
using Tianzhong.Modules.Investment.Contracts;
using Tianzhong.Modules.Investment.Data;
using Tianzhong.Modules.Investment.Resources;
using Tianzhong.Modules.Registry.Contracts;

namespace Tianzhong.Modules.Investment.Features.Demo;

/// <summary>Reads <c>Demo:Enabled</c> (default false).</summary>
public sealed class DemoMode(IConfiguration configuration, IStringLocalizer<ImportText> text) : IDemoMode
{
    public bool Enabled => configuration.GetValue("Demo:Enabled", false);

    public string Banner => text["Demo.Banner"];
}

/// <summary>
/// Loads the small demonstration set once when <c>Demo:Enabled</c> is true: organisations through the Registry's own
/// registration (so its duplicate rules apply), then projects, funds and interactions. Idempotent: a library that
/// already holds a project whose external reference starts with <see cref="Prefix"/> is left alone.
/// </summary>
public sealed partial class DemoDataLoader(IDemoMode demo, InvestmentDb db, IUnitDirectory units, IIndustryDirectory industries, IOrganisationDirectory organisations, TimeProvider timeProvider, ILogger<DemoDataLoader> logger) : IStartupTask
{
    public const string Prefix = "DEMO-";
    public const int Seed = 20_260_101;

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        if (!demo.Enabled || await db.Projects.AnyAsync(p => p.ExternalReference != null && p.ExternalReference.StartsWith(Prefix), cancellationToken))
        {
            return;
        }

        var today = ChinaTime.Today(timeProvider);
        var generator = new InvestmentDataGenerator(Seed, await units.ListUnitsAsync(cancellationToken), await industries.ListDirectionsAsync(cancellationToken), today, CultureInfo.GetCultureInfo("zh-CN"));
        var scale = GeneratorScale.Demo;
        var registered = new List<(Guid, string)>();
        foreach (var organisation in generator.Organisations(scale.Organisations))
        {
            var summary = await organisations.FindByCreditCodeAsync(organisation.CreditCode, cancellationToken)
                ?? await organisations.RegisterAsync(new NewOrganisation(organisation.Name, organisation.CreditCode, organisation.Region, false, organisation.Traits, AcknowledgeSimilar: true), cancellationToken);
            registered.Add((summary.Id, summary.Name));
        }

        var data = generator.Generate(scale, registered, Prefix);
        db.Projects.AddRange(data.Projects);
        db.Funds.AddRange(data.Funds);
        db.Interactions.AddRange(data.Interactions);
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
        LogLoaded(logger, data.Projects.Count, data.Funds.Count, data.Interactions.Count, registered.Count);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Demo data loaded: {Projects} projects, {Funds} funds records, {Interactions} interactions, {Organisations} organisations")]
    private static partial void LogLoaded(ILogger logger, int projects, int funds, int interactions, int organisations);
}

public static class DemoDataRegistration
{
    /// <summary>The demo mode flag and its loader, after the Registry's reference data (order 10) and before bootstrap.</summary>
    public static IServiceCollection AddDemoData(this IServiceCollection services)
    {
        services.AddScoped<IDemoMode, DemoMode>();
        services.AddStartupTask<DemoDataLoader>(order: 50);
        return services;
    }
}
