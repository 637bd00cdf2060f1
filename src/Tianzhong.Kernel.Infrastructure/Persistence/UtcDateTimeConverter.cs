using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Tianzhong.Kernel.Infrastructure.Persistence;

/// <summary>Stores every DateTime as UTC and reads it back marked UTC (SQLite keeps no kind; Npgsql insists on UTC for timestamptz).</summary>
public sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
    v => v.Kind == DateTimeKind.Utc ? v : DateTime.SpecifyKind(v.ToUniversalTime(), DateTimeKind.Utc),
    v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
