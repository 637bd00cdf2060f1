using System.Globalization;
using Microsoft.AspNetCore.Components;
using Tianzhong.Modules.Map.Domain;
using Tianzhong.Modules.Map.Features.Common;
using Tianzhong.Modules.Map.Features.Opportunities;
using Tianzhong.Modules.Registry.Contracts;

namespace Tianzhong.Modules.Map.Pages;

/// <summary>Cooperation opportunities (投资合作机会图); the same handlers as the API.</summary>
public sealed partial class OpportunitiesPage
{
    private IReadOnlyList<DirectionSummary> _directions = [];
    private OpportunityFilter _filter = new();

    [Inject]
    private Opportunities Handler { get; set; } = default!;

    [Inject]
    private IIndustryDirectory Industries { get; set; } = default!;

    protected override IUnitRecordHandler<OpportunityView, OpportunityRequest> Records => Handler;

    private static string Number(decimal? value) => value?.ToString("N2", CultureInfo.CurrentCulture) ?? "-";

    protected override async Task LoadListsAsync() => _directions = await Industries.ListDirectionsAsync(PageToken);

    protected override Task<MapPage<OpportunityView>> SearchAsync(int page) => Handler.SearchAsync(new OpportunityQuery(_filter.UnitCode, _filter.DirectionCode, _filter.Status, _filter.Text, page), PageToken);

    protected override OpportunityForm NewForm() => new() { UnitCode = FixedUnit, Status = OpportunityStatus.Published };

    protected override OpportunityForm FormOf(OpportunityView view) => OpportunityForm.From(view);

    protected override OpportunityRequest RequestOf(OpportunityForm form, int version) => form.ToRequest(version);

    private sealed class OpportunityFilter
    {
        public string? UnitCode { get; set; }

        public string? DirectionCode { get; set; }

        public OpportunityStatus? Status { get; set; }

        public string? Text { get; set; }
    }
}

/// <summary>The opportunity form of <see cref="OpportunitiesPage"/>.</summary>
public sealed class OpportunityForm
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
