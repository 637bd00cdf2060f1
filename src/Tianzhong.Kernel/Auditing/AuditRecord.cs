namespace Tianzhong.Kernel.Auditing;

/// <summary>What happened, to which object, with what outcome. Who and when are added by the audit trail.</summary>
public sealed record AuditRecord(
    AuditAction Action,
    string ObjectType,
    string? ObjectId,
    AuditOutcome Outcome,
    string? Before = null,
    string? After = null,
    string? Detail = null,
    string? UserNameOverride = null);

public enum AuditAction
{
    SignInSucceeded,
    SignInFailed,
    SignOut,
    LockedOut,
    Create,
    Update,
    Delete,
    Export,
    AccessDenied,
    WriteRefused,
    PasswordChanged,
    PasswordReset,
    PasswordVerified,
    TokenIssued,
}

public enum AuditOutcome
{
    Success,
    Failure,
    Denied,
}

/// <summary>The append-only audit log. Implemented by the Identity module; every module writes through it.</summary>
public interface IAuditTrail
{
    Task RecordAsync(AuditRecord record, CancellationToken cancellationToken = default);

    Task RecordManyAsync(IReadOnlyCollection<AuditRecord> records, CancellationToken cancellationToken = default);
}
