using Tianzhong.Kernel.Domain;

namespace Tianzhong.Modules.Supervision.Domain;

/// <summary>A unit's target for one indicator in one year, set by the city (万元 for funds, a count otherwise).</summary>
public sealed class AnnualTarget : IUnitScoped
{
    private AnnualTarget()
    {
    }

    public Guid Id { get; private set; }

    public string UnitCode { get; private set; } = string.Empty;

    public int Year { get; private set; }

    public RankingIndicator Indicator { get; private set; }

    public decimal Value { get; private set; }

    public string SetBy { get; private set; } = string.Empty;

    public DateTime SetUtc { get; private set; }

    public int Version { get; private set; }

    public static AnnualTarget Set(string unitCode, int year, RankingIndicator indicator, decimal value, string by, DateTime nowUtc) => new()
    {
        Id = Guid.NewGuid(),
        UnitCode = unitCode,
        Year = year,
        Indicator = indicator,
        Value = value,
        SetBy = by,
        SetUtc = nowUtc,
    };

    public void Change(decimal value, string by, DateTime nowUtc)
    {
        Value = value;
        SetBy = by;
        SetUtc = nowUtc;
        Version++;
    }
}
