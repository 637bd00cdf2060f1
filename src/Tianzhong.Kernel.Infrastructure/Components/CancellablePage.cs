using Microsoft.AspNetCore.Components;

namespace Tianzhong.Kernel.Infrastructure.Components;

/// <summary>
/// Base of interactive pages that query the database. Work started by the page is cancelled when the page goes
/// away (navigation, closed tab, ended circuit), so a query never runs on against a context that is being disposed.
/// </summary>
public abstract class CancellablePage : ComponentBase, IDisposable
{
    private readonly CancellationTokenSource _lifetime = new();
    private bool _disposed;

    /// <summary>One piece of work at a time per circuit, because the circuit's components share its DbContexts.</summary>
    [Inject]
    private CircuitWorkGate Gate { get; set; } = default!;

    /// <summary>Cancelled when the page is disposed; pass it to every handler call.</summary>
    // The source is cancelled, not disposed, on disposal: work still finishing may read its token afterwards.
    protected CancellationToken PageToken => _lifetime.Token;

    public void Dispose()
    {
        Dispose(disposing: true);
        GC.SuppressFinalize(this);
    }

    /// <summary>
    /// Runs page work, after any other work of the circuit has finished; when the page has gone away meanwhile, the
    /// cancellation is the expected end, not an error.
    /// </summary>
    protected async Task WhileOpenAsync(Func<Task> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        try
        {
            await Gate.RunAsync(work, _lifetime.Token);
        }
#pragma warning disable CA1031 // Once the page is gone, whatever its unfinished work threw has no reader.
        catch (Exception) when (_lifetime.IsCancellationRequested)
#pragma warning restore CA1031
        {
            // The circuit ended mid-query: its services (the DbContext and its connection among them) are being
            // disposed under the query, which then fails in provider-specific ways. Nobody is left to see a result.
        }
    }

    protected virtual void Dispose(bool disposing)
    {
        if (disposing && !_disposed)
        {
            _disposed = true;
            _lifetime.Cancel();
        }
    }
}
