using System.Globalization;
using Microsoft.AspNetCore.Components;
using Tianzhong.Kernel.Errors;
using Tianzhong.Modules.Investment.Domain;
using Tianzhong.Modules.Investment.Features.Funds;

namespace Tianzhong.Modules.Investment.Pages.Components;

/// <summary>A project's funds records and totals, with a form to record funds for those who may write the project's unit.</summary>
public sealed partial class ProjectFundsPanel
{
    private ProjectFunds? _funds;
    private IReadOnlyDictionary<string, string[]> _errors = new Dictionary<string, string[]>();
    private string? _problem;
    private DateTime? _receivedOn;
    private CapitalSource? _source;
    private string _currency = FundsRules.Yuan;
    private decimal? _amount;
    private decimal? _rate;

    [Parameter]
    public Guid ProjectId { get; set; }

    [Inject]
    private FundsQueries Queries { get; set; } = default!;

    [Inject]
    private FundsRecording Recording { get; set; } = default!;

    protected override Task OnParametersSetAsync() => LoadAsync();

    private static string Money(decimal value) => value.ToString("N2", CultureInfo.CurrentCulture);

    private bool Has(string field) => _errors.ContainsKey(field);

    private string? ErrorOf(string field) => _errors.TryGetValue(field, out var messages) ? string.Join(" ", messages) : null;

    private Task LoadAsync() => WhileOpenAsync(async () => _funds = await Queries.ForProjectAsync(ProjectId, PageToken));

    private async Task RecordAsync()
    {
        _errors = new Dictionary<string, string[]>();
        _problem = null;
        try
        {
            await Recording.RecordAsync(ProjectId, new RecordFundsRequest(_receivedOn is { } d ? DateOnly.FromDateTime(d) : null, _source, _currency, _amount, _rate), PageToken);
            _amount = null;
            await LoadAsync();
        }
        catch (ValidationFailedException e)
        {
            _errors = e.Errors;
        }
        catch (Exception e) when (e is ForbiddenException or NotFoundException)
        {
            _problem = e.Message;
        }
    }
}
