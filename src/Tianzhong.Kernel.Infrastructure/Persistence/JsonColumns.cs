using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Tianzhong.Kernel.Infrastructure.Persistence;

/// <summary>
/// Settings documents the city edits as a whole (ranking schemes, gap rules, weights) stored as one JSON text column:
/// readable in the audit log, and compared by content so an unchanged document is not written again.
/// </summary>
public static class JsonColumns
{
    public static PropertyBuilder<T> HasJsonConversion<T>(this PropertyBuilder<T> property, JsonSerializerOptions options, int maxLength)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(property);
        return property.HasConversion(
                v => JsonSerializer.Serialize(v, options),
                s => JsonSerializer.Deserialize<T>(s, options)!,
                new ValueComparer<T>(
                    (a, b) => JsonSerializer.Serialize(a, options) == JsonSerializer.Serialize(b, options),
                    v => JsonSerializer.Serialize(v, options).GetHashCode(StringComparison.Ordinal),
                    v => JsonSerializer.Deserialize<T>(JsonSerializer.Serialize(v, options), options)!))
            .HasMaxLength(maxLength);
    }
}
