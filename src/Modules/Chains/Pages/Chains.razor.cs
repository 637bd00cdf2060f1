using Microsoft.AspNetCore.Components;
using Tianzhong.Modules.Chains.Features.Chains;

namespace Tianzhong.Modules.Chains.Pages;

/// <summary>Every chain grouped by plan A's categories with its links' gap statuses.</summary>
public sealed partial class Chains
{
    private IReadOnlyList<ChainSummary>? _chains;

    [Inject]
    private ChainQueries Queries { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    protected override Task OnInitializedAsync() => WhileOpenAsync(async () => _chains = await Queries.ListAsync(PageToken));

    private void Open(string code) => Navigation.NavigateTo($"/chains/{Uri.EscapeDataString(code)}");
}
