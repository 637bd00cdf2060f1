namespace Tianzhong.Modules.Investment.Contracts;

/// <summary>What a figure record counts towards.</summary>
public enum FigureSource
{
    /// <summary>Verified funds in place from outside the province (as <c>Investment:Funds</c> defines it).</summary>
    FundsOutsideProvince,

    /// <summary>Verified funds in place from outside the city.</summary>
    FundsOutsideCity,

    // "Signed" is the domain's own word (签约), not the integer qualifier CA1720 guards against.
#pragma warning disable CA1720
    /// <summary>A project's approved 签约 date.</summary>
    Signed,
#pragma warning restore CA1720

    /// <summary>A project's approved 开工 date.</summary>
    Started,

    /// <summary>A project's approved 投产 date.</summary>
    InProduction,
}

/// <summary>One record behind a unit's figures.</summary>
/// <param name="Source">What it counts towards.</param>
/// <param name="Reference">The funds record (funds) or the project (stages).</param>
/// <param name="ProjectId">The project.</param>
/// <param name="UnitCode">The project's unit.</param>
/// <param name="ProjectName">The project's name.</param>
/// <param name="OccurredOn">The received date (funds) or the approved stage date.</param>
/// <param name="AmountWan">Funds: the verified amount in 万元 weighted by the project's count share. Stages: the project's contract investment.</param>
/// <param name="Share">The project's count share (1 unless a double claim was split).</param>
/// <param name="DirectionCode">The project's industry direction.</param>
/// <param name="MajorGroupCode">The project's GB/T 4754-2017 major group, if recorded.</param>
public sealed record FigureRecord(FigureSource Source, Guid Reference, Guid ProjectId, string UnitCode, string ProjectName, DateOnly OccurredOn, decimal AmountWan, decimal Share, string DirectionCode, string? MajorGroupCode);

/// <summary>A project as supervision lists it (centralised signing, 三个一批).</summary>
/// <param name="Id">The project.</param>
/// <param name="Name">Its name.</param>
/// <param name="UnitCode">Its unit.</param>
/// <param name="ContractInvestmentWan">Contract investment in 万元.</param>
/// <param name="Stage">Its approved stage (Negotiating, Signed, Started, InProduction, Stalled, Terminated).</param>
/// <param name="SignedOn">The approved 签约 date, if signed.</param>
public sealed record ProjectBrief(Guid Id, string Name, string UnitCode, decimal ContractInvestmentWan, string Stage, DateOnly? SignedOn);

/// <summary>
/// The project library's countable facts for supervision: verified funds and approved stage dates, with the project
/// facts that classify them. Results follow the caller's data scope.
/// </summary>
public interface IInvestmentFigures
{
    /// <summary>Every funds and stage record dated from <paramref name="firstDay"/> to <paramref name="lastDay"/> (inclusive), for one unit or (null) all.</summary>
    Task<IReadOnlyList<FigureRecord>> ListAsync(DateOnly firstDay, DateOnly lastDay, string? unitCode, CancellationToken cancellationToken = default);

    /// <summary>The projects with the given ids the caller can see.</summary>
    Task<IReadOnlyList<ProjectBrief>> DescribeAsync(IReadOnlyCollection<Guid> projectIds, CancellationToken cancellationToken = default);

    /// <summary>Signed (or further) projects whose name contains <paramref name="text"/>, for pickers; at most <paramref name="take"/>.</summary>
    Task<IReadOnlyList<ProjectBrief>> SearchSignedAsync(string? text, int take, CancellationToken cancellationToken = default);
}
