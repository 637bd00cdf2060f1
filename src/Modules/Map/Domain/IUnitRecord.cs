namespace Tianzhong.Modules.Map.Domain;

/// <summary>A map record a unit owns and edits with the version it read (a park, a land parcel, an opportunity).</summary>
public interface IUnitRecord
{
    Guid Id { get; }

    /// <summary>The owning unit; null for a city-level record.</summary>
    string? UnitCode { get; }

    int Version { get; }
}
