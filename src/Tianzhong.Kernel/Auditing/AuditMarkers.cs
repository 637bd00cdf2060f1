namespace Tianzhong.Kernel.Auditing;

/// <summary>Entities that are themselves the audit log (or framework plumbing) and must not be audited again.</summary>
public interface INotAudited;

/// <summary>Personal data (phones, ID numbers): masked in audit before/after values and in lists.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class PersonalDataAttribute : Attribute;

/// <summary>
/// A property whose changes are already recorded by a dedicated audit entry (e.g. the last sign-in time, written
/// with every sign-in entry), so a separate "update" entry would only repeat it.
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class RecordedElsewhereInAuditAttribute : Attribute;
