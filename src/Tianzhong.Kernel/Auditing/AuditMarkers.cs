namespace Tianzhong.Kernel.Auditing;

/// <summary>Entities that are themselves the audit log (or framework plumbing) and must not be audited again.</summary>
public interface INotAudited;

/// <summary>Personal data (phones, ID numbers): masked in audit before/after values and in lists.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class PersonalDataAttribute : Attribute;
