namespace Tianzhong.Modules.Registry.Contracts;

/// <summary>An industry direction as other modules see it.</summary>
/// <param name="Code">Stable code.</param>
/// <param name="Name">The seed's name.</param>
public sealed record DirectionSummary(string Code, string Name);

/// <summary>One of the nine industry clusters of plan A, with the direction it belongs to.</summary>
/// <param name="Code">Stable code.</param>
/// <param name="Name">The seed's name.</param>
/// <param name="DirectionCode">The industry direction the cluster grows in.</param>
public sealed record ClusterSummary(string Code, string Name, string DirectionCode);

/// <summary>Checks and lists industry codes for modules that record them (projects, enterprises).</summary>
public interface IIndustryDirectory
{
    /// <summary>Plan A's industry directions in plan order.</summary>
    Task<IReadOnlyList<DirectionSummary>> ListDirectionsAsync(CancellationToken cancellationToken = default);

    /// <summary>The nine clusters in plan order.</summary>
    Task<IReadOnlyList<ClusterSummary>> ListClustersAsync(CancellationToken cancellationToken = default);

    /// <summary>True when the code is one of plan A's industry directions.</summary>
    Task<bool> DirectionExistsAsync(string code, CancellationToken cancellationToken = default);

    /// <summary>True when the code is a GB/T 4754-2017 major group (two digits).</summary>
    Task<bool> MajorGroupExistsAsync(string code, CancellationToken cancellationToken = default);
}
