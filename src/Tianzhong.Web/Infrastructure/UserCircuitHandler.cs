using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server.Circuits;
using Tianzhong.Modules.Identity.Features.SignIn;

namespace Tianzhong.Web.Infrastructure;

/// <summary>Hands the circuit's signed-in user to <see cref="CurrentUser"/>, so data scope holds inside Blazor circuits too.</summary>
public sealed class UserCircuitHandler(AuthenticationStateProvider authenticationStateProvider, CurrentUser currentUser) : CircuitHandler, IDisposable
{
    public override Task OnCircuitOpenedAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        authenticationStateProvider.AuthenticationStateChanged += OnChanged;
        return base.OnCircuitOpenedAsync(circuit, cancellationToken);
    }

    public override async Task OnConnectionUpAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        var state = await authenticationStateProvider.GetAuthenticationStateAsync().ConfigureAwait(false);
        currentUser.UseCircuitPrincipal(state.User);
    }

    public void Dispose() => authenticationStateProvider.AuthenticationStateChanged -= OnChanged;

    private void OnChanged(Task<AuthenticationState> task) => _ = UpdateAsync(task);

    private async Task UpdateAsync(Task<AuthenticationState> task)
    {
        var state = await task.ConfigureAwait(false);
        currentUser.UseCircuitPrincipal(state.User);
    }
}
