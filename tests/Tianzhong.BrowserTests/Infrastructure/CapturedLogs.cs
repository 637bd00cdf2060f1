using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using Microsoft.Extensions.Logging;

namespace Tianzhong.BrowserTests.Infrastructure;

/// <summary>One warning or error the hosted app logged.</summary>
public sealed record CapturedLog(long Sequence, string Category, LogLevel Level, EventId EventId, string Message, Exception? Exception)
{
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"[{Level}] {Category} ({EventId.Id}{(EventId.Name is null ? string.Empty : ":" + EventId.Name)}): {Message}{(Exception is null ? string.Empty : Environment.NewLine + "    " + Exception)}");
}

/// <summary>
/// A logger provider added to the hosted app: it keeps every warning and error so that a test fails when the app
/// logged something it did not expect. Only the well-known, harmless start-up warnings in <see cref="Tolerated"/>
/// are let through everywhere; a test that provokes a warning on purpose says so itself.
/// </summary>
public sealed class CapturedLogs : ILoggerProvider
{
    /// <summary>Warnings the app may always log, by category and a fragment of the message.</summary>
    public static readonly IReadOnlyList<(string Category, string MessageFragment)> Tolerated =
    [
        // Keys live in the database (PersistKeysToDbContext) and are not encrypted at rest: expected, documented.
        ("Microsoft.AspNetCore.DataProtection.KeyManagement.XmlKeyManager", "No XML encryptor configured"),
        // The file-system key repository announces where it stores keys (not used by the app today, harmless if it is).
        ("Microsoft.AspNetCore.DataProtection.Repositories.FileSystemXmlRepository", "Storing keys in a directory"),
    ];

    private readonly ConcurrentQueue<CapturedLog> _entries = new();
    private long _sequence;
    private long _checkedThrough;

    /// <summary>The sequence number of the last entry so far; pass it to <see cref="Since"/> later.</summary>
    public long Mark => Interlocked.Read(ref _sequence);

    /// <summary>The last entry a check has already looked at; later entries belong to no check yet.</summary>
    public long CheckedThrough => Interlocked.Read(ref _checkedThrough);

    public IReadOnlyList<CapturedLog> Since(long mark) => [.. _entries.Where(e => e.Sequence > mark)];

    public static bool IsTolerated(CapturedLog entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return Tolerated.Any(t => entry.Category == t.Category && entry.Message.Contains(t.MessageFragment, StringComparison.Ordinal));
    }

    /// <summary>Throws when, after <paramref name="mark"/>, the app logged a warning or error that is neither tolerated nor expected.</summary>
    public void AssertNoUnexpected(long mark, Func<CapturedLog, bool>? expected = null, string? context = null)
    {
        var entries = Since(mark);
        if (entries.Count > 0)
        {
            var last = entries.Max(e => e.Sequence);
            long seen;
            do
            {
                seen = CheckedThrough;
            }
            while (last > seen && Interlocked.CompareExchange(ref _checkedThrough, last, seen) != seen);
        }

        var unexpected = entries.Where(e => !IsTolerated(e) && !(expected?.Invoke(e) ?? false)).ToList();
        if (unexpected.Count == 0)
        {
            return;
        }

        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"The app logged {unexpected.Count} unexpected warning(s)/error(s){(context is null ? string.Empty : " " + context)}:");
        foreach (var entry in unexpected)
        {
            text.AppendLine().Append("  ").Append(entry);
        }

        throw new UnexpectedAppLogException(text.ToString());
    }

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose()
    {
    }

    private void Add(string category, LogLevel level, EventId eventId, string message, Exception? exception) =>
        _entries.Enqueue(new CapturedLog(Interlocked.Increment(ref _sequence), category, level, eventId, message, exception));

    private sealed class Logger(CapturedLogs owner, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Warning && logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            ArgumentNullException.ThrowIfNull(formatter);
            if (IsEnabled(logLevel))
            {
                owner.Add(category, logLevel, eventId, formatter(state, exception), exception);
            }
        }
    }
}

public sealed class UnexpectedAppLogException : Exception
{
    public UnexpectedAppLogException()
    {
    }

    public UnexpectedAppLogException(string message)
        : base(message)
    {
    }

    public UnexpectedAppLogException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
