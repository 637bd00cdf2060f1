namespace Tianzhong.Kernel.Domain;

/// <summary>
/// A record that belongs to one administrative unit (county-level unit or functional zone).
/// Persistence filters and guards these centrally: a county officer reads and writes only its own unit's records.
/// </summary>
public interface IUnitScoped
{
    string UnitCode { get; }
}
