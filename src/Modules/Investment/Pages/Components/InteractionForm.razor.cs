using Microsoft.AspNetCore.Components;
using Tianzhong.Kernel.Errors;
using Tianzhong.Kernel.Security;
using Tianzhong.Modules.Investment.Domain;
using Tianzhong.Modules.Investment.Features.Investors;
using Tianzhong.Modules.Registry.Contracts;

namespace Tianzhong.Modules.Investment.Pages.Components;

/// <summary>The record-an-interaction form shared by the organisation page and the project's investor panel.</summary>
public sealed partial class InteractionForm
{
    private Guid? _organisationId;
    private Guid? _projectId;
    private string? _unitCode;
    private InteractionKind _kind = InteractionKind.Visit;
    private DateTime? _occurredOn;
    private string? _officials;
    private string? _contactNames;
    private string? _notes;
    private DateTime? _nextFollowUp;
    private IReadOnlyDictionary<string, string[]> _errors = new Dictionary<string, string[]>();
    private string? _problem;

    /// <summary>The organisation, when the form sits on its page.</summary>
    [Parameter]
    public Guid? OrganisationId { get; set; }

    /// <summary>The project, when the form sits on the project's page.</summary>
    [Parameter]
    public Guid? ProjectId { get; set; }

    [Parameter]
    public IReadOnlyList<OrganisationProjectView> Projects { get; set; } = [];

    [Parameter]
    public IReadOnlyList<ProjectInvestorView> Investors { get; set; } = [];

    [Parameter]
    public IReadOnlyList<UnitSummary> Units { get; set; } = [];

    [Parameter]
    public EventCallback Recorded { get; set; }

    [Inject]
    private InteractionLog Log { get; set; } = default!;

    [Inject]
    private ICurrentUser CurrentUser { get; set; } = default!;

    [Inject]
    private TimeProvider Clock { get; set; } = default!;

    // The city works in China Standard Time (UTC+8).
    protected override void OnInitialized() => _occurredOn = Clock.GetUtcNow().UtcDateTime.AddHours(8).Date;

    private bool Has(string field) => _errors.ContainsKey(field);

    private string? ErrorOf(string field) => _errors.TryGetValue(field, out var messages) ? string.Join(" ", messages) : null;

    private async Task RecordAsync()
    {
        _errors = new Dictionary<string, string[]>();
        _problem = null;
        var organisationId = OrganisationId ?? _organisationId ?? Guid.Empty;
        var projectId = ProjectId ?? _projectId;
        var occurredOn = _occurredOn is { } o ? DateOnly.FromDateTime(o) : default;
        try
        {
            await Log.RecordAsync(
                new RecordInteractionRequest(organisationId, projectId, _kind, occurredOn, _officials, _contactNames, _notes, _nextFollowUp is { } n ? DateOnly.FromDateTime(n) : null, projectId is null ? _unitCode : null),
                PageToken);
            _officials = _contactNames = _notes = null;
            _nextFollowUp = null;
            await Recorded.InvokeAsync();
        }
        catch (ValidationFailedException e)
        {
            _errors = e.Errors;
        }
        catch (Exception e) when (e is ForbiddenException or NotFoundException or DomainRuleException)
        {
            _problem = e.Message;
        }
    }
}
