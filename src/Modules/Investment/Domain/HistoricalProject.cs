namespace Tianzhong.Modules.Investment.Domain;

/// <summary>
/// A 13th-plan (“十三五”) project that plan A part 1(1) names as signed and landed. The gazette gives only the
/// name, so that is all this record holds: no unit, amount or date is invented. It is history, not part of the
/// library's counts and rates.
/// </summary>
public sealed class HistoricalProject
{
    private HistoricalProject()
    {
    }

    public HistoricalProject(string key, string name, int order)
    {
        Key = key;
        Name = name;
        Order = order;
    }

    /// <summary>Stable key of the reference data.</summary>
    public string Key { get; private set; } = string.Empty;

    /// <summary>The name exactly as the gazette writes it.</summary>
    public string Name { get; private set; } = string.Empty;

    /// <summary>Order in the gazette's sentence.</summary>
    public int Order { get; private set; }

    public void Describe(string name, int order)
    {
        Name = name;
        Order = order;
    }
}
