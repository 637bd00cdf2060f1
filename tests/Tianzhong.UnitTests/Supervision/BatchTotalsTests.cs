using Tianzhong.Modules.Investment.Contracts;
using Tianzhong.Modules.Supervision.Features.Batches;
using Xunit;

namespace Tianzhong.UnitTests.Supervision;

public sealed class BatchTotalsTests
{
    private static FigureRecord R(FigureSource source, decimal amountWan, decimal share, string name = "p", int day = 1) =>
        new(source, Guid.NewGuid(), Guid.NewGuid(), "411722", name, new DateOnly(2025, 1, day), amountWan, share, "food", null);

    [Fact]
    public void Counts_use_the_share_and_amounts_the_contract_times_the_share()
    {
        // A whole project of 12 000, a split claim held at 0.6 of 10 000.33, and one at 0 (a held double claim).
        var records = new[]
        {
            R(FigureSource.Signed, 12_000m, 1m),
            R(FigureSource.Signed, 10_000.33m, 0.6m),
            R(FigureSource.Signed, 5_000m, 0m),
            R(FigureSource.Started, 7_000m, 1m),
            R(FigureSource.FundsOutsideProvince, 900m, 1m),
        };

        var signed = BatchQueries.Total(records, BatchCategory.Signed);
        Assert.Equal(1.6m, signed.Count);
        Assert.Equal(18_000.20m, signed.AmountWan); // 12 000 + 6 000.198 rounded to 2 places
        Assert.Equal(new BatchTotal(1m, 7_000m), BatchQueries.Total(records, BatchCategory.Started));
        Assert.Equal(new BatchTotal(0m, 0m), BatchQueries.Total(records, BatchCategory.InProduction));
    }

    [Fact]
    public void A_batch_lists_its_projects_by_date_with_their_unweighted_contract()
    {
        var records = new[] { R(FigureSource.Started, 300m, 0.5m, "late", 20), R(FigureSource.Started, 100m, 1m, "early", 3), R(FigureSource.Signed, 50m, 1m, "other") };
        var figure = BatchQueries.Figure(records, BatchCategory.Started);
        Assert.Equal(["early", "late"], figure.Projects.Select(p => p.Name));
        Assert.Equal([100m, 300m], figure.Projects.Select(p => p.ContractInvestmentWan));
        Assert.Equal(1.5m, figure.Count);
        Assert.Equal(250m, figure.AmountWan);
    }

    [Fact]
    public void Funds_records_belong_to_no_batch()
    {
        Assert.Null(BatchQueries.CategoryOf(FigureSource.FundsOutsideCity));
        Assert.Null(BatchQueries.CategoryOf(FigureSource.FundsOutsideProvince));
        Assert.Equal(BatchCategory.InProduction, BatchQueries.CategoryOf(FigureSource.InProduction));
    }
}
