using Tianzhong.Modules.Investment.Domain;
using Xunit;

namespace Tianzhong.UnitTests.Investment;

public sealed class ProjectRulesTests
{
    private static ProjectFigures Figures(decimal contract = 5_000m, DateOnly? start = null, DateOnly? production = null, decimal? land = null, int? jobs = null) =>
        new("项目", "food", null, CapitalSource.Local, contract, null, null, null, null, null, land, null, null, jobs, start, production, false);

    [Theory]
    [InlineData(9_999.99, false, false)]
    [InlineData(10_000, true, false)]
    [InlineData(99_999.99, true, false)]
    [InlineData(100_000, true, true)]
    public void Size_classes_follow_the_plans_thresholds(double contractWan, bool overHundredMillion, bool overBillion)
    {
        Assert.Equal(overHundredMillion, ProjectScale.IsOverHundredMillion((decimal)contractWan));
        Assert.Equal(overBillion, ProjectScale.IsOverBillion((decimal)contractWan));
    }

    [Fact]
    public void Sound_figures_have_no_problem()
    {
        Assert.Empty(ProjectFiguresRules.Check(Figures(start: new DateOnly(2026, 1, 1), production: new DateOnly(2026, 1, 1))));
    }

    [Fact]
    public void Negative_and_absurd_amounts_and_production_before_start_are_named()
    {
        var problems = ProjectFiguresRules.Check(Figures(contract: -1m, land: 100_000_001m, jobs: -5, start: new DateOnly(2026, 6, 1), production: new DateOnly(2026, 5, 31)));
        Assert.Contains(("contractInvestmentWan", FigureProblem.Negative), problems);
        Assert.Contains(("landMu", FigureProblem.Absurd), problems);
        Assert.Contains(("expectedJobs", FigureProblem.Negative), problems);
        Assert.Contains(("plannedProduction", FigureProblem.ProductionBeforeStart), problems);
        Assert.Equal(4, problems.Count);
    }

    [Fact]
    public void A_revision_bumps_the_version()
    {
        var project = Project.Register("411702", Figures(), new DateTime(2026, 11, 26, 0, 0, 0, DateTimeKind.Utc));
        Assert.Equal(ProjectStage.Negotiating, project.Stage);
        Assert.Equal(1, project.Version);
        project.Revise(Figures(contract: 200_000m));
        Assert.Equal(2, project.Version);
        Assert.True(project.IsOverBillion);
    }
}
