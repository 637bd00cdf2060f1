namespace Tianzhong.Kernel.Infrastructure.Components;

/// <summary>
/// All components of one Blazor circuit share its scoped services, the module DbContexts among them, and a DbContext
/// allows one operation at a time. The gate lets one piece of page work run at a time per circuit (a debounced search
/// and a click on "board" no longer race on the same context). It is re-entrant within one flow of work, so a panel
/// whose change makes its page reload does not wait for itself.
/// </summary>
public sealed class CircuitWorkGate : IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly AsyncLocal<bool> _held = new();

    public async Task RunAsync(Func<Task> work, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(work);
        if (_held.Value)
        {
            await work().ConfigureAwait(true);
            return;
        }

        await _gate.WaitAsync(cancellationToken).ConfigureAwait(true);
        try
        {
            _held.Value = true;
            await work().ConfigureAwait(true);
        }
        finally
        {
            _held.Value = false;
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();
}
