namespace Tianzhong.Modules.Investment.Contracts;

/// <summary>A project's key facts for modules that link to projects (chain links, map layers).</summary>
/// <param name="Id">The project.</param>
/// <param name="Name">Its name.</param>
/// <param name="UnitCode">The unit that owns it.</param>
/// <param name="DirectionCode">Its industry direction.</param>
/// <param name="Stage">Negotiating, Signed, Started, InProduction, Stalled or Terminated.</param>
/// <param name="ContractInvestmentWan">Contract investment in 万元.</param>
/// <param name="IsConfidential">Confidential projects are hidden from other counties.</param>
public sealed record ProjectDigest(Guid Id, string Name, string UnitCode, string DirectionCode, string Stage, decimal ContractInvestmentWan, bool IsConfidential)
{
    /// <summary>Signed, started or in production: the stages that count as landed investment.</summary>
    public bool IsSignedOrLater => Stage is "Signed" or "Started" or "InProduction";
}

/// <summary>Looks projects up by id or by name within the caller's data scope (a project the caller may not see is skipped).</summary>
public interface IProjectDigests
{
    /// <summary>The projects with these ids the caller may see, in no particular order.</summary>
    Task<IReadOnlyList<ProjectDigest>> FindManyAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken = default);

    /// <summary>
    /// Projects in every stage but Terminated (leads in talks included) whose name contains <paramref name="term"/>
    /// (any when blank), newest first, at most <paramref name="take"/> (1 to 50), for pickers.
    /// </summary>
    Task<IReadOnlyList<ProjectDigest>> SearchAsync(string? term, int take, CancellationToken cancellationToken = default);
}
