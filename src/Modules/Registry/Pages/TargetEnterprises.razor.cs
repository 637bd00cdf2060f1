using Tianzhong.Kernel.Infrastructure.Components;
using Microsoft.AspNetCore.Components;
using Tianzhong.Modules.Registry.Contracts;
using Tianzhong.Kernel.Errors;
using Tianzhong.Modules.Registry.Features.Industries;
using Tianzhong.Modules.Registry.Features.Organisations;
using Tianzhong.Modules.Registry.Features.TargetEnterprises;

namespace Tianzhong.Modules.Registry.Pages;

public sealed partial class TargetEnterprises
{
    private TargetEnterpriseQuery _query = new(PageSize: 20);
    private TargetEnterprisePage _page = new([], 0, 1, 20);
    private IReadOnlyList<DirectionDto> _directions = [];
    private IReadOnlyList<string> _regions = [];
    private TargetEnterpriseRow? _editing;
    private string? _creditCode;
    private bool _legacy;
    private string? _creditCodeError;
    private string? _editProblem;

    [Inject]
    private TargetEnterpriseSearch Search { get; set; } = default!;

    [Inject]
    private IndustryQueries Industries { get; set; } = default!;

    [Inject]
    private SetCreditCode SetCreditCode { get; set; } = default!;

    private int PageCount => Paging.PageCount(_page.Total, _page.PageSize);

    private string ExportUrl
    {
        get
        {
            var parts = new List<string> { "sort=" + _query.Sort };
            if (!string.IsNullOrWhiteSpace(_query.Search))
            {
                parts.Add("search=" + Uri.EscapeDataString(_query.Search));
            }

            if (_query.Box is { } box)
            {
                parts.Add("box=" + box);
            }

            if (_query.Direction is { } direction)
            {
                parts.Add("direction=" + Uri.EscapeDataString(direction));
            }

            if (_query.Region is { } region)
            {
                parts.Add("region=" + Uri.EscapeDataString(region));
            }

            return "/api/v1/registry/target-enterprises/export?" + string.Join("&", parts);
        }
    }

    protected override Task OnInitializedAsync() => WhileOpenAsync(async () =>
    {
        _directions = (await Industries.GetAsync(PageToken)).Directions;
        _regions = await Search.RegionsAsync(PageToken);
        _page = await Search.SearchAsync(_query, PageToken);
    });

    private void StartEdit(TargetEnterpriseRow row)
    {
        _editing = row;
        _creditCode = row.CreditCode;
        _legacy = false;
        _creditCodeError = _editProblem = null;
    }

    private async Task SaveCreditCodeAsync()
    {
        _creditCodeError = _editProblem = null;
        try
        {
            await SetCreditCode.HandleAsync(_editing!.Id, new SetCreditCodeRequest(_creditCode, _legacy, _editing.Version), CancellationToken.None);
            _editing = null;
            await ApplyAsync(_query);
        }
        catch (ValidationFailedException e)
        {
            _creditCodeError = string.Join(" ", e.Errors.SelectMany(x => x.Value));
        }
        catch (Exception e) when (e is ConcurrencyConflictException or DomainRuleException or NotFoundException or ForbiddenException)
        {
            _editProblem = e.Message;
        }
    }

    private string DirectionName(string code) => _directions.FirstOrDefault(d => d.Code == code)?.Name ?? code;

    private Task ApplyAsync(TargetEnterpriseQuery query) => WhileOpenAsync(async () =>
    {
        _query = query;
        _page = await Search.SearchAsync(query, PageToken);
    });
}
