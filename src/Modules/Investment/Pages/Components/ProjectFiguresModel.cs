using Tianzhong.Modules.Investment.Domain;

namespace Tianzhong.Modules.Investment.Pages.Components;

/// <summary>The editable state behind <see cref="ProjectFiguresForm"/>: MudBlazor binds to mutable properties.</summary>
public sealed class ProjectFiguresModel
{
    public string? UnitCode { get; set; }

    public string? Name { get; set; }

    public string? DirectionCode { get; set; }

    public string? MajorGroupCode { get; set; }

    public CapitalSource Source { get; set; } = CapitalSource.OtherProvince;

    public decimal ContractInvestmentWan { get; set; }

    public decimal? FirstPhaseWan { get; set; }

    public decimal? RegisteredCapitalWan { get; set; }

    public decimal? ForeignContractedUsdWan { get; set; }

    public decimal? ForeignUsedUsdWan { get; set; }

    public decimal? PlannedFixedAssetWan { get; set; }

    public decimal? LandMu { get; set; }

    public decimal? ExpectedAnnualOutputWan { get; set; }

    public decimal? ExpectedAnnualTaxWan { get; set; }

    public int? ExpectedJobs { get; set; }

    public DateTime? PlannedStart { get; set; }

    public DateTime? PlannedProduction { get; set; }

    public bool IsConfidential { get; set; }

    public static ProjectFiguresModel From(string unitCode, ProjectFigures f)
    {
        ArgumentNullException.ThrowIfNull(f);
        return new()
        {
            UnitCode = unitCode,
            Name = f.Name,
            DirectionCode = f.DirectionCode,
            MajorGroupCode = f.MajorGroupCode,
            Source = f.Source,
            ContractInvestmentWan = f.ContractInvestmentWan,
            FirstPhaseWan = f.FirstPhaseWan,
            RegisteredCapitalWan = f.RegisteredCapitalWan,
            ForeignContractedUsdWan = f.ForeignContractedUsdWan,
            ForeignUsedUsdWan = f.ForeignUsedUsdWan,
            PlannedFixedAssetWan = f.PlannedFixedAssetWan,
            LandMu = f.LandMu,
            ExpectedAnnualOutputWan = f.ExpectedAnnualOutputWan,
            ExpectedAnnualTaxWan = f.ExpectedAnnualTaxWan,
            ExpectedJobs = f.ExpectedJobs,
            PlannedStart = f.PlannedStart?.ToDateTime(TimeOnly.MinValue),
            PlannedProduction = f.PlannedProduction?.ToDateTime(TimeOnly.MinValue),
            IsConfidential = f.IsConfidential,
        };
    }

    public ProjectFigures ToFigures() => new(
        Name ?? string.Empty, DirectionCode ?? string.Empty, MajorGroupCode, Source, ContractInvestmentWan, FirstPhaseWan, RegisteredCapitalWan,
        ForeignContractedUsdWan, ForeignUsedUsdWan, PlannedFixedAssetWan, LandMu, ExpectedAnnualOutputWan, ExpectedAnnualTaxWan, ExpectedJobs,
        PlannedStart is { } s ? DateOnly.FromDateTime(s) : null, PlannedProduction is { } p ? DateOnly.FromDateTime(p) : null, IsConfidential);
}
