using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Tianzhong.Kernel.Auditing;

namespace Tianzhong.Modules.Identity.Domain;

/// <summary>
/// One line of the append-only audit log. Each entry's hash covers its own fields and the previous entry's hash,
/// so changing or removing any entry breaks the chain from that point on.
/// </summary>
public sealed class AuditEntry : INotAudited
{
    public const string GenesisHash = "0000000000000000000000000000000000000000000000000000000000000000";

    private AuditEntry()
    {
    }

    public long Id { get; private set; }

    public long Sequence { get; private set; }

    public DateTime OccurredUtc { get; private set; }

    public string? UserName { get; private set; }

    public string? UnitCode { get; private set; }

    public AuditAction Action { get; private set; }

    public string ObjectType { get; private set; } = string.Empty;

    public string? ObjectId { get; private set; }

    public AuditOutcome Outcome { get; private set; }

    public string? Before { get; private set; }

    public string? After { get; private set; }

    public string? Detail { get; private set; }

    public string? ClientAddress { get; private set; }

    public string PreviousHash { get; private set; } = GenesisHash;

    public string Hash { get; private set; } = string.Empty;

    public static AuditEntry Append(AuditEntry? previous, DateTime occurredUtc, string? userName, string? unitCode, string? clientAddress, AuditRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        var entry = new AuditEntry
        {
            Sequence = (previous?.Sequence ?? 0) + 1,
            OccurredUtc = DateTime.SpecifyKind(new DateTime(occurredUtc.Ticks - (occurredUtc.Ticks % TimeSpan.TicksPerMillisecond), occurredUtc.Kind), DateTimeKind.Utc),
            UserName = Fit(record.UserNameOverride ?? userName, 64),
            UnitCode = Fit(unitCode, 16),
            Action = record.Action,
            ObjectType = Fit(record.ObjectType, 64)!,
            ObjectId = Fit(record.ObjectId, 128),
            Outcome = record.Outcome,
            Before = record.Before,
            After = record.After,
            Detail = record.Detail,
            ClientAddress = Fit(clientAddress, 64),
            PreviousHash = previous?.Hash ?? GenesisHash,
        };
        entry.Hash = entry.ComputeHash();
        return entry;
    }

    // Column limits are the same on every provider; an over-long value (e.g. a 70-character user name typed at the
    // sign-in form) is cut, never allowed to make the audit write itself fail.
    private static string? Fit(string? value, int length) => value is null || value.Length <= length ? value : value[..length];

    /// <summary>The hash this entry should carry given its fields and <see cref="PreviousHash"/>.</summary>
    public string ComputeHash()
    {
        var canonical = string.Join(
            '\u001f',
            Sequence.ToString(CultureInfo.InvariantCulture),
            OccurredUtc.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture),
            UserName ?? string.Empty,
            UnitCode ?? string.Empty,
            Action.ToString(),
            ObjectType,
            ObjectId ?? string.Empty,
            Outcome.ToString(),
            Before ?? string.Empty,
            After ?? string.Empty,
            Detail ?? string.Empty,
            ClientAddress ?? string.Empty,
            PreviousHash);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)));
    }
}

/// <summary>The result of checking the chain: where it first breaks, if anywhere.</summary>
public sealed record AuditChainVerification(long EntriesChecked, long? FirstBrokenSequence, string? Reason)
{
    public bool IsIntact => FirstBrokenSequence is null;
}

/// <summary>Walks entries in sequence order and reports the first one whose hash or link does not hold.</summary>
public sealed class AuditChainVerifier
{
    private string _expectedPrevious = AuditEntry.GenesisHash;
    private long _expectedSequence = 1;
    private long _checked;

    public AuditChainVerification? Broken { get; private set; }

    /// <summary>Feeds the next entry; returns false once the chain is broken.</summary>
    public bool Accept(AuditEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        if (Broken is not null)
        {
            return false;
        }

        string? reason = null;
        if (entry.Sequence != _expectedSequence)
        {
            reason = "sequence-gap";
        }
        else if (entry.PreviousHash != _expectedPrevious)
        {
            reason = "link-mismatch";
        }
        else if (entry.ComputeHash() != entry.Hash)
        {
            reason = "content-changed";
        }

        if (reason is not null)
        {
            Broken = new AuditChainVerification(_checked, entry.Sequence, reason);
            return false;
        }

        _checked++;
        _expectedSequence++;
        _expectedPrevious = entry.Hash;
        return true;
    }

    public AuditChainVerification Result() => Broken ?? new AuditChainVerification(_checked, null, null);
}
