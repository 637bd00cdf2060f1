namespace Tianzhong.Modules.Registry.Contracts;

/// <summary>Checks industry codes for modules that record them (projects, enterprises).</summary>
public interface IIndustryDirectory
{
    /// <summary>True when the code is one of plan A's industry directions.</summary>
    Task<bool> DirectionExistsAsync(string code, CancellationToken cancellationToken = default);

    /// <summary>True when the code is a GB/T 4754-2017 major group (two digits).</summary>
    Task<bool> MajorGroupExistsAsync(string code, CancellationToken cancellationToken = default);
}
