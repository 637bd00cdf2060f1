using Tianzhong.Kernel.Auditing;

namespace Tianzhong.Modules.Map.Domain;

/// <summary>
/// An official boundary file (an approved standard map) uploaded by the security administrator. The active one
/// replaces the schematic. Its metadata is audited; the file itself lives in <see cref="OfficialMapFile"/>.
/// </summary>
public sealed class OfficialMap
{
    private OfficialMap()
    {
    }

    public Guid Id { get; private set; }

    public string FileName { get; private set; } = string.Empty;

    /// <summary>SHA-256 of the file, hex.</summary>
    public string Sha256 { get; private set; } = string.Empty;

    public long SizeBytes { get; private set; }

    public string UploadedBy { get; private set; } = string.Empty;

    public DateTime UploadedUtc { get; private set; }

    public bool IsActive { get; private set; }

    /// <summary>Per unit code, the feature name the map shows it under (JSON object).</summary>
    public string RegionNamesJson { get; private set; } = "{}";

    public DateTime? DeactivatedUtc { get; private set; }

    public static OfficialMap Upload(string fileName, string sha256, long sizeBytes, string regionNamesJson, string by, DateTime nowUtc) => new()
    {
        Id = Guid.CreateVersion7(),
        FileName = fileName,
        Sha256 = sha256,
        SizeBytes = sizeBytes,
        RegionNamesJson = regionNamesJson,
        UploadedBy = by,
        UploadedUtc = nowUtc,
        IsActive = true,
    };

    public void Deactivate(DateTime nowUtc)
    {
        IsActive = false;
        DeactivatedUtc = nowUtc;
    }
}

/// <summary>The GeoJSON text of an uploaded official map (not copied into the audit log: its hash is, with the upload).</summary>
public sealed class OfficialMapFile : INotAudited
{
    private OfficialMapFile()
    {
    }

    public Guid Id { get; private set; }

    public string Content { get; private set; } = string.Empty;

    public static OfficialMapFile For(Guid mapId, string content) => new() { Id = mapId, Content = content };
}
