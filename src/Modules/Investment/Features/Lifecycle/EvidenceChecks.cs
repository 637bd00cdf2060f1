using System.IO.Compression;
using System.Security.Cryptography;
using Tianzhong.Modules.Investment.Domain;

namespace Tianzhong.Modules.Investment.Features.Lifecycle;

/// <summary>Why an evidence file is refused; each maps to a message in the user's language.</summary>
public enum EvidenceProblem
{
    TooMany,
    Empty,
    TooLarge,
    TypeNotAllowed,
    ContentMismatch,
}

/// <summary>
/// The rules for evidence files: at most <see cref="MaxFiles"/> files of at most <see cref="MaxBytes"/> each, of the
/// allowed types only, and the content must really be of the type its name claims (a renamed program is refused).
/// </summary>
public static class EvidenceChecks
{
    public const int MaxFiles = 10;
    public const long MaxBytes = 10L * 1024 * 1024;
    public const int MaxFileNameLength = 200;

    /// <summary>The accepted extensions with the content type stored for them (the client's claim is not trusted).</summary>
    public static readonly IReadOnlyDictionary<string, string> ContentTypes = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        [".pdf"] = "application/pdf",
        [".jpg"] = "image/jpeg",
        [".jpeg"] = "image/jpeg",
        [".png"] = "image/png",
        [".docx"] = "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        [".xlsx"] = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    };

    /// <summary>The accept list for file pickers.</summary>
    public static string Accept => string.Join(",", ContentTypes.Keys);

    private static ReadOnlySpan<byte> PdfMagic => "%PDF-"u8;

    private static ReadOnlySpan<byte> JpegMagic => [0xFF, 0xD8, 0xFF];

    private static ReadOnlySpan<byte> PngMagic => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    private static ReadOnlySpan<byte> ZipMagic => [0x50, 0x4B, 0x03, 0x04];

    /// <summary>Checks what can be known before reading a file: its name and declared length.</summary>
    public static EvidenceProblem? CheckDeclared(string? fileName, long length)
    {
        if (length <= 0)
        {
            return EvidenceProblem.Empty;
        }

        if (length > MaxBytes)
        {
            return EvidenceProblem.TooLarge;
        }

        return ContentTypeOf(fileName) is null ? EvidenceProblem.TypeNotAllowed : null;
    }

    /// <summary>Checks the content itself: present, within the limit, and of the type the extension claims.</summary>
    public static EvidenceProblem? CheckContent(string? fileName, byte[] content)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (CheckDeclared(fileName, content.Length) is { } problem)
        {
            return problem;
        }

        var matches = Path.GetExtension(fileName)!.ToUpperInvariant() switch
        {
            ".PDF" => content.AsSpan().StartsWith(PdfMagic),
            ".JPG" or ".JPEG" => content.AsSpan().StartsWith(JpegMagic),
            ".PNG" => content.AsSpan().StartsWith(PngMagic),
            ".DOCX" => content.AsSpan().StartsWith(ZipMagic) && PackageHolds(content, "word/document.xml"),
            ".XLSX" => content.AsSpan().StartsWith(ZipMagic) && PackageHolds(content, "xl/workbook.xml"),
            _ => false,
        };
        return matches ? null : EvidenceProblem.ContentMismatch;
    }

    public static string? ContentTypeOf(string? fileName)
    {
        var extension = Path.GetExtension(fileName);
        return !string.IsNullOrEmpty(extension) && ContentTypes.TryGetValue(extension, out var type) ? type : null;
    }

    /// <summary>The name as stored: no directory part, within the column's length, its extension kept.</summary>
    public static string StoredName(string fileName)
    {
        var name = Path.GetFileName(fileName.Replace('\\', '/')).Trim();
        if (name.Length <= MaxFileNameLength)
        {
            return name;
        }

        var extension = Path.GetExtension(name);
        return string.Concat(name.AsSpan(0, MaxFileNameLength - extension.Length), extension);
    }

    public static string Sha256Of(ReadOnlySpan<byte> content) => Convert.ToHexStringLower(SHA256.HashData(content));

    public static EvidenceFile ToEvidence(EvidenceKind kind, string fileName, byte[] content) =>
        new(kind, StoredName(fileName), ContentTypeOf(fileName)!, content, Sha256Of(content));

    // Office documents are zip packages; a docx or xlsx must hold its main part, so any other zip renamed is refused.
    private static bool PackageHolds(byte[] content, string part)
    {
        try
        {
            using var stream = new MemoryStream(content, writable: false);
            using var zip = new ZipArchive(stream, ZipArchiveMode.Read);
            return zip.GetEntry(part) is not null;
        }
        catch (InvalidDataException)
        {
            return false;
        }
    }
}
