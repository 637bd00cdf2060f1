using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tianzhong.IntegrationTests.Infrastructure;
using Tianzhong.Modules.Identity.Features.SignIn;
using Tianzhong.Modules.Investment.Contracts;
using Tianzhong.Modules.Investment.Data;
using Tianzhong.Modules.Investment.Features.Demo;
using Xunit;

namespace Tianzhong.IntegrationTests;

/// <summary>The app with <c>Demo:Enabled</c> on, on its own database.</summary>
public sealed class DemoFactory : TianzhongFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Demo:Enabled", "true");
    }
}

public sealed class DemoDataTests(DemoFactory factory) : IClassFixture<DemoFactory>
{
    [Fact]
    public async Task The_demo_set_is_loaded_once_and_the_mode_is_exposed()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().UseSystem();
        Assert.True(scope.ServiceProvider.GetRequiredService<IDemoMode>().Enabled);
        Assert.False(string.IsNullOrWhiteSpace(scope.ServiceProvider.GetRequiredService<IDemoMode>().Banner));
        var db = scope.ServiceProvider.GetRequiredService<InvestmentDb>();
        Assert.Equal(GeneratorScale.Demo.Projects, await db.Projects.CountAsync(p => p.ExternalReference!.StartsWith(DemoDataLoader.Prefix)));
        Assert.Equal(GeneratorScale.Demo.Funds, await db.Funds.CountAsync());
        Assert.Equal(GeneratorScale.Demo.Interactions, await db.Interactions.CountAsync());
        Assert.True(await db.ProjectInvestors.AnyAsync());

        // A second start (the task runs at every start) adds nothing.
        await scope.ServiceProvider.GetRequiredService<DemoDataLoader>().RunAsync(CancellationToken.None);
        Assert.Equal(GeneratorScale.Demo.Projects, await db.Projects.CountAsync(p => p.ExternalReference!.StartsWith(DemoDataLoader.Prefix)));
    }

    [Fact]
    public async Task The_demo_gets_this_years_plan_targets_split_across_the_units_once()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().UseSystem();
        var year = Tianzhong.Kernel.Time.ChinaTime.Today(TimeProvider.System).Year;
        var supervision = scope.ServiceProvider.GetRequiredService<Tianzhong.Modules.Supervision.Data.SupervisionDb>();
        var province = await supervision.Targets.Where(t => t.Year == year && t.Indicator == Tianzhong.Modules.Supervision.Domain.RankingIndicator.FundsOutsideProvince).Select(t => t.Value).ToListAsync();
        Assert.Equal(13, province.Count);
        Assert.Equal(Tianzhong.Modules.Supervision.Domain.Ranking.PlanTargets.CityTarget(Tianzhong.Modules.Supervision.Domain.RankingIndicator.FundsOutsideProvince, year), province.Sum());

        var before = await supervision.Targets.CountAsync();
        await scope.ServiceProvider.GetRequiredService<Tianzhong.Modules.Supervision.Features.Demo.DemoTargets>().RunAsync(CancellationToken.None);
        Assert.Equal(before, await supervision.Targets.CountAsync());
    }

    [Fact]
    public async Task The_demo_puts_its_newest_projects_on_their_own_chains_once()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().UseSystem();
        var chains = scope.ServiceProvider.GetRequiredService<Tianzhong.Modules.Chains.Data.ChainsDb>();
        var attached = await chains.Attachments.Where(a => a.Kind == Tianzhong.Modules.Chains.Domain.AttachmentKind.Project)
            .Join(chains.Chains, a => a.ChainId, c => c.Id, (a, c) => new { ProjectId = a.ProjectId!.Value, c.Code })
            .ToListAsync();
        Assert.NotEmpty(attached);
        Assert.Equal(attached.Count, attached.Select(a => a.ProjectId).Distinct().Count());

        // Each project sits on a chain of its own industry direction.
        var projects = await scope.ServiceProvider.GetRequiredService<InvestmentDb>().Projects
            .Where(p => attached.Select(a => a.ProjectId).Contains(p.Id))
            .Select(p => new { p.Id, p.Figures.DirectionCode })
            .ToListAsync();
        Assert.Equal(attached.Count, projects.Count);
        Assert.All(attached, a => Assert.Equal(projects.Single(p => p.Id == a.ProjectId).DirectionCode, a.Code));

        await scope.ServiceProvider.GetRequiredService<Tianzhong.Modules.Chains.Features.Demo.DemoChainProjects>().RunAsync(CancellationToken.None);
        Assert.Equal(attached.Count, await chains.Attachments.CountAsync(a => a.Kind == Tianzhong.Modules.Chains.Domain.AttachmentKind.Project));
    }
}

[Collection(AppFixtureGroup.Name)]
public sealed class DemoModeOffTests(TianzhongFactory factory)
{
    [Fact]
    public async Task Without_the_setting_there_is_no_demo_data()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().UseSystem();
        Assert.False(scope.ServiceProvider.GetRequiredService<IDemoMode>().Enabled);
        Assert.False(await scope.ServiceProvider.GetRequiredService<InvestmentDb>().Projects.AnyAsync(p => p.ExternalReference!.StartsWith(DemoDataLoader.Prefix)));
    }
}
