namespace Tianzhong.Kernel.Errors;

/// <summary>A business rule was broken; maps to HTTP 409. The message is already in the user's language.</summary>
public class DomainRuleException(string rule, string message) : Exception(message)
{
    public string Rule { get; } = rule;
}

/// <summary>Input failed validation; maps to HTTP 400 with the field errors.</summary>
public sealed class ValidationFailedException(IReadOnlyDictionary<string, string[]> errors)
    : Exception(string.Join("; ", errors.SelectMany(e => e.Value)))
{
    public IReadOnlyDictionary<string, string[]> Errors { get; } = errors;

    public static ValidationFailedException For(string field, string message) => new(new Dictionary<string, string[]> { [field] = [message] });
}

/// <summary>The record does not exist or is outside the caller's data scope; maps to HTTP 404.</summary>
public sealed class NotFoundException(string message) : Exception(message);

/// <summary>The caller may not do this; maps to HTTP 403.</summary>
public sealed class ForbiddenException(string message) : Exception(message)
{
    /// <summary>True when whoever refused already wrote the access-denied audit entry (pages have no HTTP handler to do it).</summary>
    public bool IsAudited { get; init; }
}

/// <summary>Someone else changed the record first; maps to HTTP 409.</summary>
public sealed class ConcurrencyConflictException(string message) : Exception(message);
