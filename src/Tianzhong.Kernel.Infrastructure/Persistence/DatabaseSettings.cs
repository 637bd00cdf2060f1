using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;

namespace Tianzhong.Kernel.Infrastructure.Persistence;

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}

/// <summary>Which database the platform runs on, read from the ordinary ASP.NET configuration keys.</summary>
public sealed class DatabaseSettings
{
    public const string SqliteMigrationsAssembly = "Tianzhong.Migrations.Sqlite";
    public const string PostgresMigrationsAssembly = "Tianzhong.Migrations.Postgres";

    public DatabaseSettings(DatabaseProvider provider, string connectionString)
    {
        Provider = provider;
        ConnectionString = connectionString;
    }

    public DatabaseProvider Provider { get; }

    public string ConnectionString { get; }

    /// <summary>
    /// Reads <c>Database:Provider</c> (Sqlite by default) and <c>ConnectionStrings:Sqlite</c> or
    /// <c>ConnectionStrings:Postgres</c>. A relative SQLite file is placed under <paramref name="contentRoot"/>.
    /// </summary>
    public static DatabaseSettings FromConfiguration(IConfiguration configuration, string contentRoot)
    {
        var providerText = configuration["Database:Provider"];
        var provider = string.IsNullOrWhiteSpace(providerText)
            ? DatabaseProvider.Sqlite
            : Enum.Parse<DatabaseProvider>(providerText, ignoreCase: true);
        if (provider == DatabaseProvider.Postgres)
        {
            var postgres = configuration.GetConnectionString("Postgres");
            if (string.IsNullOrWhiteSpace(postgres))
            {
                throw new InvalidOperationException("Database:Provider is Postgres but ConnectionStrings:Postgres is empty.");
            }

            return new DatabaseSettings(provider, postgres);
        }

        var sqlite = configuration.GetConnectionString("Sqlite");
        if (string.IsNullOrWhiteSpace(sqlite))
        {
            sqlite = "Data Source=data/tianzhong.db";
        }

        return new DatabaseSettings(provider, AnchorSqlitePath(sqlite, contentRoot));
    }

    public void Configure(DbContextOptionsBuilder options, string migrationsHistoryTable)
    {
        if (Provider == DatabaseProvider.Postgres)
        {
            options.UseNpgsql(ConnectionString, o => o.MigrationsAssembly(PostgresMigrationsAssembly).MigrationsHistoryTable(migrationsHistoryTable));
        }
        else
        {
            options.UseSqlite(ConnectionString, o => o.MigrationsAssembly(SqliteMigrationsAssembly).MigrationsHistoryTable(migrationsHistoryTable));
        }
    }

    private static string AnchorSqlitePath(string connectionString, string contentRoot)
    {
        var builder = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(connectionString);
        if (builder.DataSource is { Length: > 0 } file && file != ":memory:" && !Path.IsPathRooted(file)
            && builder.Mode != Microsoft.Data.Sqlite.SqliteOpenMode.Memory)
        {
            builder.DataSource = Path.GetFullPath(Path.Combine(contentRoot, file));
        }

        if (builder.DataSource is { Length: > 0 } path && Path.IsPathRooted(path))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        }

        return builder.ToString();
    }
}
