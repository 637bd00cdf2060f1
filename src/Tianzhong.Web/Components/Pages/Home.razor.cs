using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using MudBlazor;
using Tianzhong.Kernel.Security;
using Tianzhong.Modules.Investment.Contracts;
using Tianzhong.Modules.Registry.Contracts;

namespace Tianzhong.Web.Components.Pages;

public sealed partial class Home
{
    private RegistryFigures? _figures;
    private InvestmentHighlights? _investment;
    private Tianzhong.Modules.Supervision.Contracts.SupervisionHighlights? _supervision;
    private List<ChartSeries> _clusterSeries = [];
    private string[] _clusterLabels = [];
    private List<ChartSeries> _boxSeries = [];
    private string[] _boxLabels = [];

    [CascadingParameter]
    private Task<AuthenticationState> AuthenticationState { get; set; } = default!;

    [Inject]
    private IRegistryOverview Overview { get; set; } = default!;

    [Inject]
    private IInvestmentOverview Investment { get; set; } = default!;

    [Inject]
    private Tianzhong.Modules.Supervision.Contracts.ISupervisionOverview Supervision { get; set; } = default!;

    protected override async Task OnInitializedAsync()
    {
        var user = (await AuthenticationState).User;
        if (!Roles.Business.Any(user.IsInRole))
        {
            return;
        }

        await WhileOpenAsync(async () =>
        {
            _investment = await Investment.GetAsync(8, PageToken);
            _supervision = await Supervision.GetAsync(PageToken);
            _figures = await Overview.GetAsync(PageToken);
        });
        if (_figures is null)
        {
            return;
        }

        _clusterLabels = [.. _figures.Clusters.Select(c => c.Name)];
        _clusterSeries = [new ChartSeries { Name = Text["Home.TargetSeries"], Data = [.. _figures.Clusters.Select(c => (double)c.TargetScaleYi)] }];
        _boxLabels = [.. Enumerable.Range(1, 14).Select(b => b.ToString(System.Globalization.CultureInfo.InvariantCulture))];
        _boxSeries = [new ChartSeries { Name = Text["Home.ListingSeries"], Data = [.. _figures.ListingsPerBox.Select(c => (double)c)] }];
    }
}
