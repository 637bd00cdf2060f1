using Microsoft.AspNetCore.Components;
using Tianzhong.Kernel.Errors;
using Tianzhong.Kernel.Security;
using Tianzhong.Modules.Chains.Features.Matching;

namespace Tianzhong.Modules.Chains.Pages;

/// <summary>The city edits the weights of the six score parts; other roles read them.</summary>
public sealed partial class MatchingWeightsPage
{
    private static readonly string[] Fields = ["gapFit", "planListing", "region", "flags", "interactions", "presence"];
    private readonly Dictionary<string, decimal> _values = new(StringComparer.Ordinal);
    private Dictionary<string, string> _errors = new(StringComparer.Ordinal);
    private WeightsView? _view;
    private bool _isCity;
    private bool _busy;
    private string? _notice;
    private string? _problem;

    [Inject]
    private MatchingWeights Service { get; set; } = default!;

    [Inject]
    private ICurrentUser CurrentUser { get; set; } = default!;

    protected override Task OnInitializedAsync() => WhileOpenAsync(async () =>
    {
        _isCity = CurrentUser.IsInRole(Roles.CityOfficer);
        Show(await Service.GetAsync(PageToken));
    });

    private void Show(WeightsView view)
    {
        _view = view;
        (_values["gapFit"], _values["planListing"], _values["region"], _values["flags"], _values["interactions"], _values["presence"]) =
            (view.GapFit, view.PlanListing, view.Region, view.Flags, view.Interactions, view.Presence);
        _errors = new(StringComparer.Ordinal);
    }

    private Task SaveAsync() => WhileOpenAsync(async () =>
    {
        if (_busy || _view is null)
        {
            return;
        }

        _busy = true;
        _notice = null;
        _problem = null;
        try
        {
            Show(await Service.SaveAsync(new SaveWeightsRequest(_values["gapFit"], _values["planListing"], _values["region"], _values["flags"], _values["interactions"], _values["presence"], _view.Version), PageToken));
            _notice = L["Weights.Saved"];
        }
        catch (ValidationFailedException e)
        {
            _errors = e.Errors.ToDictionary(x => x.Key, x => string.Join(" ", x.Value), StringComparer.Ordinal);
            _problem = L["Weights.Invalid"];
        }
        catch (ConcurrencyConflictException e)
        {
            _problem = e.Message;
            Show(await Service.GetAsync(PageToken));
        }
        finally
        {
            _busy = false;
        }
    });

    private static string Component(string field) => string.Concat(char.ToUpperInvariant(field[0]), field[1..]);
}
