using Microsoft.AspNetCore.Components;
using Tianzhong.Modules.Registry.Contracts;
using Tianzhong.Modules.Registry.Features.Industries;

namespace Tianzhong.Modules.Registry.Pages;

public sealed partial class Industries
{
    private IndustriesResponse? _data;
    private Dictionary<string, string> _groupNames = [];

    [Inject]
    private IndustryQueries Queries { get; set; } = default!;

    protected override Task OnInitializedAsync() => WhileOpenAsync(async () =>
    {
        _data = await Queries.GetAsync(PageToken);
        _groupNames = _data.Sections.SelectMany(s => s.MajorGroups).ToDictionary(g => g.Code, g => g.Name);
    });

    private string DirectionName(string code) => _data?.Directions.FirstOrDefault(d => d.Code == code)?.Name ?? code;

    private string MajorGroupName(string code) => _groupNames.TryGetValue(code, out var name) ? $"{code} {name}" : code;
}
