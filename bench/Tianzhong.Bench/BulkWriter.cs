using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Npgsql;

namespace Tianzhong.Bench;

/// <summary>
/// Writes entities straight to their tables, column by column as the EF model maps them (names, value converters,
/// store types), so the bulk load follows the frozen model without repeating it: PostgreSQL by binary COPY, SQLite by
/// one prepared INSERT executed per row inside a transaction.
/// </summary>
internal static class BulkWriter
{
    public sealed record Column(string Name, string StoreType, Func<object, object?> Value);

    /// <summary>The mapped columns of an entity type (store-generated integer keys left out), complex properties flattened.</summary>
    public static IReadOnlyList<Column> Columns(IEntityType type, IReadOnlyDictionary<string, Func<object, object?>>? overrides = null)
    {
        var store = StoreObjectIdentifier.Table(type.GetTableName()!, type.GetSchema());
        var properties = type.GetProperties().Concat(type.GetComplexProperties().SelectMany(c => c.ComplexType.GetProperties()));
        var columns = new List<Column>();
        foreach (var property in properties)
        {
            if (property.IsKey() && (property.ClrType == typeof(long) || property.ClrType == typeof(int)))
            {
                continue;
            }

            var name = property.GetColumnName(store)!;
            var converter = property.GetTypeMapping().Converter;
            var getter = property.GetGetter();
            Func<object, object?> read = overrides is not null && overrides.TryGetValue(property.Name, out var custom)
                ? custom
                : entity => getter.GetClrValueUsingContainingEntity(entity);
            Func<object, object?> value = converter is null ? read : entity => read(entity) is { } v ? converter.ConvertToProvider(v) : null;
            var storeType = property.GetColumnType(store);
            var paren = storeType.IndexOf('(', StringComparison.Ordinal);
            columns.Add(new Column(name, paren > 0 ? storeType[..paren].Trim() : storeType, value));
        }

        return columns;
    }

    public static async Task<long> CopyAsync(NpgsqlConnection connection, string table, IReadOnlyList<Column> columns, IEnumerable<object> rows)
    {
        var sql = $"COPY \"{table}\" ({string.Join(", ", columns.Select(c => $"\"{c.Name}\""))}) FROM STDIN (FORMAT BINARY)";
        await using var writer = await connection.BeginBinaryImportAsync(sql);

        // Province-scale tables take minutes on a busy shared machine; the 30 s default would cut the COPY off.
        writer.Timeout = TimeSpan.FromMinutes(30);
        foreach (var row in rows)
        {
            await writer.StartRowAsync();
            foreach (var column in columns)
            {
                var value = column.Value(row);
                if (value is null)
                {
                    await writer.WriteNullAsync();
                }
                else
                {
                    await writer.WriteAsync(value, column.StoreType);
                }
            }
        }

        return (long)await writer.CompleteAsync();
    }

    public static async Task<long> InsertAsync(SqliteConnection connection, string table, IReadOnlyList<Column> columns, IEnumerable<object> rows)
    {
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync();
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"INSERT INTO \"{table}\" ({string.Join(", ", columns.Select(c => $"\"{c.Name}\""))}) VALUES ({string.Join(", ", columns.Select((_, i) => $"@p{i}"))})";
        var parameters = columns.Select((_, i) => command.Parameters.Add(new SqliteParameter($"@p{i}", null))).ToArray();
        await command.PrepareAsync();
        long count = 0;
        foreach (var row in rows)
        {
            for (var i = 0; i < columns.Count; i++)
            {
                parameters[i].Value = columns[i].Value(row) switch
                {
                    null => DBNull.Value,
                    Guid g => g.ToString().ToUpperInvariant(),
                    var v => v,
                };
            }

            await command.ExecuteNonQueryAsync();
            count++;
        }

        await transaction.CommitAsync();
        return count;
    }

    public static async Task ExecuteAsync(DbConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }
}
