using Microsoft.AspNetCore.Components;
using Tianzhong.Modules.Registry.Contracts;
using Tianzhong.Modules.Registry.Features.Units;

namespace Tianzhong.Modules.Registry.Pages;

public sealed partial class Units
{
    private UnitsResponse? _data;

    [Inject]
    private UnitQueries Queries { get; set; } = default!;

    protected override Task OnInitializedAsync() => WhileOpenAsync(async () => _data = await Queries.GetAsync(PageToken));
}
