namespace Tianzhong.Modules.Investment.Domain;

public enum FigureProblem
{
    Required,
    Negative,
    Absurd,
    ProductionBeforeStart,
}

/// <summary>
/// What makes a project's figures acceptable: names present, amounts neither negative nor absurd (above 1万亿元,
/// i.e. 100,000,000万元, larger than any single project could be), planned production not before the planned start.
/// </summary>
public static class ProjectFiguresRules
{
    public const decimal AbsurdAmountWan = 100_000_000m;

    public static IReadOnlyList<(string Field, FigureProblem Problem)> Check(ProjectFigures figures)
    {
        ArgumentNullException.ThrowIfNull(figures);
        var problems = new List<(string, FigureProblem)>();
        if (string.IsNullOrWhiteSpace(figures.Name))
        {
            problems.Add(("name", FigureProblem.Required));
        }

        if (string.IsNullOrWhiteSpace(figures.DirectionCode))
        {
            problems.Add(("directionCode", FigureProblem.Required));
        }

        Amount(problems, "contractInvestmentWan", figures.ContractInvestmentWan);
        Amount(problems, "firstPhaseWan", figures.FirstPhaseWan);
        Amount(problems, "registeredCapitalWan", figures.RegisteredCapitalWan);
        Amount(problems, "foreignContractedUsdWan", figures.ForeignContractedUsdWan);
        Amount(problems, "foreignUsedUsdWan", figures.ForeignUsedUsdWan);
        Amount(problems, "plannedFixedAssetWan", figures.PlannedFixedAssetWan);
        Amount(problems, "landMu", figures.LandMu);
        Amount(problems, "expectedAnnualOutputWan", figures.ExpectedAnnualOutputWan);
        Amount(problems, "expectedAnnualTaxWan", figures.ExpectedAnnualTaxWan);
        Amount(problems, "expectedJobs", figures.ExpectedJobs);
        if (figures.PlannedStart is { } start && figures.PlannedProduction is { } production && production < start)
        {
            problems.Add(("plannedProduction", FigureProblem.ProductionBeforeStart));
        }

        return problems;
    }

    private static void Amount(List<(string, FigureProblem)> problems, string field, decimal? value)
    {
        if (value < 0)
        {
            problems.Add((field, FigureProblem.Negative));
        }
        else if (value > AbsurdAmountWan)
        {
            problems.Add((field, FigureProblem.Absurd));
        }
    }
}
