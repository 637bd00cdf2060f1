using System.Globalization;
using Microsoft.AspNetCore.Components;
using Tianzhong.Kernel.Infrastructure.Components;
using Tianzhong.Kernel.Security;
using Tianzhong.Modules.Map.Domain;
using Tianzhong.Modules.Map.Features.Common;
using Tianzhong.Modules.Map.Features.Opportunities;
using Tianzhong.Modules.Registry.Contracts;

namespace Tianzhong.Modules.Map.Pages;

/// <summary>Cooperation opportunities (投资合作机会图); the same handlers as the API.</summary>
public sealed partial class OpportunitiesPage
{
    private IReadOnlyList<UnitSummary> _units = [];
    private IReadOnlyList<DirectionSummary> _directions = [];
    private MapPage<OpportunityView> _page = new([], 0, 1, 20);
    private OpportunityFilter _filter = new();
    private string? _fixedUnit;
    private OpportunityForm _form = new();
    private OpportunityView? _editing;
    private readonly FormState _state = new();

    [Inject]
    private Opportunities Handler { get; set; } = default!;

    [Inject]
    private IUnitDirectory Units { get; set; } = default!;

    [Inject]
    private IIndustryDirectory Industries { get; set; } = default!;

    [Inject]
    private UnitWriteGuard Guard { get; set; } = default!;

    [Inject]
    private ICurrentUser CurrentUser { get; set; } = default!;

    private int PageCount => Paging.PageCount(_page.Total, _page.PageSize);

    protected override Task OnInitializedAsync() => WhileOpenAsync(async () =>
    {
        _units = await Units.ListUnitsAsync(PageToken);
        _directions = await Industries.ListDirectionsAsync(PageToken);
        _fixedUnit = CurrentUser.IsInRole(Roles.CountyOfficer) ? CurrentUser.UnitCode : null;
        Reset();
        _page = await Handler.SearchAsync(new OpportunityQuery(), PageToken);
    });

    private static string Number(decimal? value) => value?.ToString("N2", CultureInfo.CurrentCulture) ?? "-";

    private OpportunityQuery Query(int page) => new(_filter.UnitCode, _filter.DirectionCode, _filter.Status, _filter.Text, page);

    private Task LoadAsync(int page) => WhileOpenAsync(async () => _page = await Handler.SearchAsync(Query(page), PageToken));

    private void Reset()
    {
        _editing = null;
        _form = new OpportunityForm { UnitCode = _fixedUnit, Status = OpportunityStatus.Published };
        _state.Clear();
    }

    private void Edit(OpportunityView opportunity)
    {
        Reset();
        _editing = opportunity;
        _form = OpportunityForm.From(opportunity);
    }

    private Task SaveAsync() => WhileOpenAsync(async () =>
    {
        var request = _form.ToRequest(_editing?.Version ?? 0);
        if (await _state.RunAsync(async () => _editing = _editing is null ? await Handler.CreateAsync(request, PageToken) : await Handler.ReviseAsync(_editing.Id, request, PageToken)))
        {
            _form = OpportunityForm.From(_editing!);
            _page = await Handler.SearchAsync(Query(_page.Page), PageToken);
        }
    });

    private Task DeleteAsync() => WhileOpenAsync(async () =>
    {
        if (_editing is { } editing && await _state.RunAsync(() => Handler.DeleteAsync(editing.Id, editing.Version, PageToken)))
        {
            Reset();
            _page = await Handler.SearchAsync(Query(_page.Page), PageToken);
        }
    });

    private sealed class OpportunityFilter
    {
        public string? UnitCode { get; set; }

        public string? DirectionCode { get; set; }

        public OpportunityStatus? Status { get; set; }

        public string? Text { get; set; }
    }

    private sealed class OpportunityForm
    {
        public string? Title { get; set; }

        public string? UnitCode { get; set; }

        public string? DirectionCode { get; set; }

        public decimal? InvestmentWan { get; set; }

        public string? Description { get; set; }

        public string? Contact { get; set; }

        public OpportunityStatus? Status { get; set; }

        public static OpportunityForm From(OpportunityView o) => new()
        {
            Title = o.Title, UnitCode = o.UnitCode, DirectionCode = o.DirectionCode, InvestmentWan = o.InvestmentWan, Description = o.Description, Contact = o.Contact, Status = o.Status,
        };

        public OpportunityRequest ToRequest(int version) => new(Title, UnitCode, DirectionCode, InvestmentWan, Description, Contact, Status, version);
    }
}
