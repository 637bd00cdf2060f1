using Tianzhong.Kernel.Identifiers;
using Tianzhong.Modules.Investment.Domain;
using Tianzhong.Modules.Investment.Features.Demo;
using Tianzhong.Modules.Registry.Contracts;
using Xunit;

namespace Tianzhong.UnitTests.Investment;

public sealed class InvestmentDataGeneratorTests
{
    private static readonly UnitSummary[] Units = [new("411702", "YiCheng", "District"), new("411726", "BiYang", "County"), new("411771", "Zone", "FunctionalZone")];
    private static readonly DirectionSummary[] Directions = [new("food", "Food"), new("equipment", "Equipment")];
    private static readonly DateOnly Today = new(2026, 6, 30);

    private static (IReadOnlyList<GeneratedOrganisation> Organisations, GeneratedData Data) Run(int seed)
    {
        var generator = new InvestmentDataGenerator(seed, Units, Directions, Today);
        var organisations = generator.Organisations(50);
        return (organisations, generator.Generate(new GeneratorScale(400, 2_000, 500, 50), [.. organisations.Select(o => (o.Id, o.Name))], "T-"));
    }

    [Fact]
    public void The_same_seed_gives_the_same_data()
    {
        var (a, first) = Run(7);
        var (b, second) = Run(7);
        Assert.Equal(a.Select(o => (o.Name, o.CreditCode)), b.Select(o => (o.Name, o.CreditCode)));
        Assert.Equal(first.Projects.Select(p => (p.ExternalReference, p.Figures, p.Stage, p.SignedOn)), second.Projects.Select(p => (p.ExternalReference, p.Figures, p.Stage, p.SignedOn)));
        Assert.Equal(first.Funds.Select(f => (f.ExternalReference, f.AmountWan, f.ReceivedOn)), second.Funds.Select(f => (f.ExternalReference, f.AmountWan, f.ReceivedOn)));
        Assert.NotEqual(first.Projects.Select(p => p.Figures.Name), Run(8).Data.Projects.Select(p => p.Figures.Name));
    }

    [Fact]
    public void Generated_records_obey_the_domain_rules()
    {
        var (organisations, data) = Run(11);
        Assert.Equal(400, data.Projects.Count);
        Assert.Equal(2_000, data.Funds.Count);
        Assert.Equal(500, data.Interactions.Count);
        Assert.All(organisations, o => Assert.Equal(IdentifierCheck.Valid, UnifiedSocialCreditCode.Check(o.CreditCode)));
        Assert.Equal(organisations.Count, organisations.Select(o => o.CreditCode).Distinct().Count());
        Assert.Equal(400, data.Projects.Select(p => p.ExternalReference).Distinct().Count());
        Assert.All(data.Projects, p =>
        {
            Assert.Empty(ProjectFiguresRules.Check(p.Figures));
            Assert.True(p.SignedOn is null || p.SignedOn <= Today);
            Assert.True(p.StartedOn is null || (p.SignedOn is not null && p.StartedOn >= p.SignedOn && p.StartedOn <= Today));
            Assert.True(p.InProductionOn is null || (p.StartedOn is not null && p.InProductionOn >= p.StartedOn && p.InProductionOn <= Today));
            Assert.Equal(p.ReachedStage is ProjectStage.Negotiating, p.SignedOn is null);
        });
        var projects = data.Projects.ToDictionary(p => p.Id);
        Assert.All(data.Funds, f =>
        {
            var project = projects[f.ProjectId];
            Assert.Empty(FundsRules.Check(project, f.ReceivedOn, f.Currency, f.OriginalAmountWan, f.RateToYuan, Today));
            Assert.Equal(project.UnitCode, f.UnitCode);
        });

        // A realistic skew: most projects below 10亿元, some above, a median of a few 亿元.
        var billion = data.Projects.Count(p => p.IsOverBillion);
        Assert.InRange(billion, 10, 150);
        Assert.Contains(data.Projects, p => p.Stage == ProjectStage.InProduction);
        Assert.Contains(data.Projects, p => p.Stage == ProjectStage.Negotiating);
    }
}
