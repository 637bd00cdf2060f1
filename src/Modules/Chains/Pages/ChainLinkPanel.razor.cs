using Microsoft.AspNetCore.Components;
using Tianzhong.Kernel.Errors;
using Tianzhong.Modules.Chains.Domain;
using Tianzhong.Modules.Chains.Features.Chains;
using Tianzhong.Modules.Investment.Contracts;
using Tianzhong.Modules.Registry.Contracts;

namespace Tianzhong.Modules.Chains.Pages;

/// <summary>The selected link: figures, status, suggestion, what is attached, the attach forms and the city's link editing.</summary>
public sealed partial class ChainLinkPanel
{
    private Guid _shown;
    private int _shownVersion = -1;
    private Dictionary<string, string> _errors = [];
    private OrganisationSummary? _organisation;
    private AttachmentKind _kind = AttachmentKind.LocalEnterprise;
    private string? _unit;
    private ProjectDigest? _project;
    private string? _name;
    private ChainSegment _segment;
    private string? _note;
    private Guid? _parent;
    private bool _busy;
    private string? _problem;

    [Parameter]
    [EditorRequired]
    public LinkDetail Detail { get; set; } = default!;

    [Parameter]
    [EditorRequired]
    public ChainView Chain { get; set; } = default!;

    [Parameter]
    public bool IsCity { get; set; }

    [Parameter]
    public bool CanAttach { get; set; }

    /// <summary>The county officer's unit; null for the city.</summary>
    [Parameter]
    public string? UnitCode { get; set; }

    [Parameter]
    public IReadOnlyList<UnitSummary> Units { get; set; } = [];

    /// <summary>Called with a notice after the link or its attachments changed.</summary>
    [Parameter]
    public EventCallback<string> Changed { get; set; }

    /// <summary>Called with a notice after the link was deleted.</summary>
    [Parameter]
    public EventCallback<string> Deleted { get; set; }

    [Inject]
    private ChainCommands Commands { get; set; } = default!;

    [Inject]
    private ChainAttachments Attachments { get; set; } = default!;

    [Inject]
    private IOrganisationDirectory Organisations { get; set; } = default!;

    [Inject]
    private IProjectDigests Projects { get; set; } = default!;

    protected override void OnParametersSet()
    {
        // A new link (or a new version of it) resets the forms; a re-render of the same one keeps what is typed.
        if (_shown != Detail.Link.Id)
        {
            _problem = null;
        }

        if (_shown != Detail.Link.Id || _shownVersion != Detail.Link.Version)
        {
            (_shown, _shownVersion) = (Detail.Link.Id, Detail.Link.Version);
            (_name, _segment, _note, _parent) = (Detail.Link.Name, Detail.Link.Segment, Detail.Link.Note, Detail.Link.ParentId);
            _unit = IsCity ? _unit : UnitCode;
            _errors = [];
        }
    }

    private string? Error(string field) => _errors.GetValueOrDefault(field);

    private bool CanDetach(string? unitCode) => IsCity || (CanAttach && unitCode is not null && string.Equals(unitCode, UnitCode, StringComparison.Ordinal));

    private async Task<IEnumerable<OrganisationSummary>> SearchOrganisationsAsync(string? term, CancellationToken cancellationToken)
    {
        IReadOnlyList<OrganisationSummary> found = [];
        if (!string.IsNullOrWhiteSpace(term))
        {
            await WhileOpenAsync(async () => found = await Organisations.SearchAsync(term.Trim(), 20, cancellationToken));
        }

        return found;
    }

    private string UnitName(string code) => Units.FirstOrDefault(u => u.Code == code)?.Name ?? code;

    // Every stage but Terminated (leads in talks too); a county officer attaches only its own unit's projects, so its
    // picker lists only those (the search asks for the most rows to keep enough after that filter).
    private async Task<IEnumerable<ProjectDigest>> SearchProjectsAsync(string? term, CancellationToken cancellationToken)
    {
        IReadOnlyList<ProjectDigest> found = [];
        await WhileOpenAsync(async () => found = await Projects.SearchAsync(term, IsCity ? 20 : 50, cancellationToken));
        return found.Where(p => IsCity || string.Equals(p.UnitCode, UnitCode, StringComparison.Ordinal))
            .Where(p => Detail.Projects.All(a => a.ProjectId != p.Id)).Take(20);
    }

    private Task AttachOrganisationAsync() => RunAsync(async () =>
    {
        await Attachments.AttachOrganisationAsync(Detail.Link.Id, new AttachOrganisationRequest(_organisation?.Id, _kind, _kind == AttachmentKind.LocalEnterprise ? _unit : null), PageToken);
        var name = _organisation?.Name ?? string.Empty;
        _organisation = null;
        await Changed.InvokeAsync(L["Link.Attached", name]);
    });

    private Task AttachProjectAsync() => RunAsync(async () =>
    {
        await Attachments.AttachProjectAsync(Detail.Link.Id, new AttachProjectRequest(_project?.Id), PageToken);
        var name = _project?.Name ?? string.Empty;
        _project = null;
        await Changed.InvokeAsync(L["Link.Attached", name]);
    });

    private Task DetachAsync(long attachmentId) => RunAsync(async () =>
    {
        await Attachments.DetachAsync(Detail.Link.Id, attachmentId, PageToken);
        await Changed.InvokeAsync(L["Link.Detached"]);
    });

    private Task SaveAsync() => RunAsync(async () =>
    {
        await Commands.EditLinkAsync(Detail.Link.Id, new EditLinkRequest(_name, _segment, _note, Detail.Link.Version), PageToken);
        await Changed.InvokeAsync(L["Link.Saved"]);
    });

    private Task MoveAsync() => RunAsync(async () =>
    {
        await Commands.MoveLinkAsync(Detail.Link.Id, new MoveLinkRequest(_parent, Detail.Link.Version), PageToken);
        await Changed.InvokeAsync(L["Link.Moved"]);
    });

    private Task DeleteAsync() => RunAsync(async () =>
    {
        var name = Detail.Link.Name;
        await Commands.DeleteLinkAsync(Detail.Link.Id, Detail.Link.Version, PageToken);
        await Deleted.InvokeAsync(L["Link.Deleted", name]);
    });

    // On a refusal the page reloads (the message stays here); the reload runs after this work, the gate being re-entrant either way.
    private async Task RunAsync(Func<Task> action)
    {
        if (_busy)
        {
            return;
        }

        _busy = true;
        _problem = null;
        Func<Task>? after = null;
        try
        {
            await WhileOpenAsync(async () =>
            {
                try
                {
                    _errors = [];
                    await action();
                }
                catch (ValidationFailedException e)
                {
                    _errors = e.Errors.ToDictionary(x => x.Key, x => string.Join(" ", x.Value), StringComparer.Ordinal);
                    _problem = string.Join(" ", e.Errors.Values.SelectMany(v => v));
                }
                catch (Exception e) when (e is ConcurrencyConflictException or DomainRuleException or ForbiddenException or NotFoundException)
                {
                    _problem = e.Message;
                    after = () => Changed.InvokeAsync(string.Empty);
                }
            });
        }
        finally
        {
            _busy = false;
        }

        if (after is not null)
        {
            await after();
        }
    }
}
