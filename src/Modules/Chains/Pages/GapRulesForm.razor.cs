using Microsoft.AspNetCore.Components;
using Tianzhong.Kernel.Errors;
using Tianzhong.Kernel.Security;
using Tianzhong.Modules.Chains.Features.Settings;

namespace Tianzhong.Modules.Chains.Pages;

/// <summary>The gap rules form: every role reads them, the city edits them.</summary>
public sealed partial class GapRulesForm
{
    private GapRulesView? _rules;
    private int? _minPlayers;
    private decimal? _minInvestment;
    private Dictionary<string, string> _errors = [];
    private bool _isCity;
    private bool _busy;
    private string? _notice;
    private string? _problem;

    [Inject]
    private GapRulesSettings Settings { get; set; } = default!;

    [Inject]
    private ICurrentUser CurrentUser { get; set; } = default!;

    protected override Task OnInitializedAsync() => WhileOpenAsync(async () =>
    {
        _isCity = CurrentUser.IsInRole(Roles.CityOfficer);
        Show(await Settings.GetAsync(PageToken));
    });

    private void Show(GapRulesView rules)
    {
        _rules = rules;
        _minPlayers = rules.StrongMinEnterprises;
        _minInvestment = rules.StrongMinInvestmentWan;
        _errors = [];
    }

    private string? Error(string field) => _errors.GetValueOrDefault(field);

    private async Task SaveAsync()
    {
        if (_busy || _rules is null)
        {
            return;
        }

        _busy = true;
        _notice = null;
        _problem = null;
        try
        {
            await WhileOpenAsync(async () =>
            {
                try
                {
                    Show(await Settings.SaveAsync(new SaveGapRulesRequest(_minPlayers, _minInvestment, _rules.Version), PageToken));
                    _notice = L["Rules.Saved"];
                }
                catch (ValidationFailedException e)
                {
                    _errors = e.Errors.ToDictionary(x => x.Key, x => string.Join(" ", x.Value), StringComparer.Ordinal);
                    _problem = L["Common.Invalid"];
                }
                catch (ConcurrencyConflictException e)
                {
                    _problem = e.Message;
                    Show(await Settings.GetAsync(PageToken));
                }
            });
        }
        finally
        {
            _busy = false;
        }
    }
}
