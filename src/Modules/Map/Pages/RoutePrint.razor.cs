using Microsoft.AspNetCore.Components;
using Tianzhong.Kernel.Errors;
using Tianzhong.Modules.Map.Features.Routes;

namespace Tianzhong.Modules.Map.Pages;

/// <summary>The printable inspection route: the stops in order with time, unit and note, without the app's navigation.</summary>
public sealed partial class RoutePrint
{
    private InspectionRouteView? _route;
    private string? _problem;

    [Parameter]
    public Guid Id { get; set; }

    [Inject]
    private Routes Handler { get; set; } = default!;

    protected override Task OnParametersSetAsync() => WhileOpenAsync(async () =>
    {
        try
        {
            _route = await Handler.GetAsync(Id, PageToken);
        }
        catch (NotFoundException e)
        {
            _problem = e.Message;
        }
    });
}
