using Microsoft.AspNetCore.Components;
using Tianzhong.Modules.Investment.Domain;
using Tianzhong.Modules.Investment.Features.Attention;
using Tianzhong.Modules.Registry.Contracts;

namespace Tianzhong.Modules.Investment.Pages;

/// <summary>The current user's attention list, grouped by reason, each row linking to its project.</summary>
public sealed partial class Attention
{
    private AttentionList? _list;
    private IReadOnlyList<UnitSummary> _units = [];

    [Inject]
    private AttentionQuery Query { get; set; } = default!;

    [Inject]
    private IUnitDirectory Units { get; set; } = default!;

    protected override Task OnInitializedAsync() => WhileOpenAsync(async () =>
    {
        _units = await Units.ListUnitsAsync(PageToken);
        _list = await Query.ListAsync(200, PageToken);
    });

    private int CountOf(AttentionReason reason) => _list?.Counts.FirstOrDefault(c => c.Reason == reason)?.Count ?? 0;

    private string UnitName(string code) => _units.NameOf(code);
}
