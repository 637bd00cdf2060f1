using Tianzhong.Kernel.Time;
using System.Globalization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;
using MudBlazor;
using Tianzhong.Kernel.Errors;
using Tianzhong.Kernel.Security;
using Tianzhong.Modules.Investment.Domain;
using Tianzhong.Modules.Investment.Features.Lifecycle;

namespace Tianzhong.Modules.Investment.Pages.Components;

/// <summary>
/// A project's lifecycle on its page: the approved stage and dates, the history timeline and submissions, and for
/// the unit's writers the forms to submit the next stage with evidence and to stall, terminate or resume.
/// </summary>
public sealed partial class ProjectLifecyclePanel
{
    private LifecycleView? _state;
    private IReadOnlyList<HistoryView> _history = [];
    private IReadOnlyList<SubmissionView> _submissions = [];
    private IReadOnlyDictionary<string, string[]> _errors = new Dictionary<string, string[]>();
    private readonly List<SelectedFile> _files = [];
    private Guid _loadedId;
    private bool _canWrite;
    private bool _busy;
    private string? _problem;
    private DateTime? _today;
    private DateTime? _occurredOn;
    private string? _note;
    private string? _reason;

    [Parameter]
    [EditorRequired]
    public Guid ProjectId { get; set; }

    /// <summary>Raised after every change this panel makes (submission, stall, termination, resume).</summary>
    [Parameter]
    public EventCallback OnChanged { get; set; }

    [Inject]
    private LifecycleQueries Queries { get; set; } = default!;

    [Inject]
    private LifecycleCommands Commands { get; set; } = default!;

    [Inject]
    private ICurrentUser CurrentUser { get; set; } = default!;

    [Inject]
    private TimeProvider TimeProvider { get; set; } = default!;

    protected override Task OnParametersSetAsync()
    {
        if (_loadedId == ProjectId && _state is not null)
        {
            return Task.CompletedTask;
        }

        _loadedId = ProjectId;
        _files.Clear();
        _errors = new Dictionary<string, string[]>();
        return LoadAsync();
    }

    private static string Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "-";

    private static string Time(DateTime utc) => ChinaTime.FromUtc(utc).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    private static string FileSize(long bytes) => bytes >= 1024 * 1024
        ? string.Create(CultureInfo.CurrentCulture, $"{bytes / (1024d * 1024d):0.0} MB")
        : string.Create(CultureInfo.CurrentCulture, $"{Math.Max(1, bytes / 1024)} KB");

    private static Color StageColor(ProjectStage stage) => stage switch
    {
        ProjectStage.InProduction => Color.Success,
        ProjectStage.Started or ProjectStage.Signed => Color.Primary,
        ProjectStage.Stalled => Color.Warning,
        ProjectStage.Terminated => Color.Error,
        _ => Color.Default,
    };

    private static Color EventColor(StageEvent @event) => @event switch
    {
        StageEvent.Approved or StageEvent.Resumed => Color.Success,
        StageEvent.Returned or StageEvent.Stalled => Color.Warning,
        StageEvent.Terminated => Color.Error,
        _ => Color.Info,
    };

    private bool Has(string field) => _errors.ContainsKey(field);

    private string? ErrorOf(string field) => _errors.TryGetValue(field, out var messages) ? string.Join(" ", messages) : null;

    private Task LoadAsync() => WhileOpenAsync(async () =>
    {
        try
        {
            _state = await Queries.GetAsync(ProjectId, PageToken);
            _history = await Queries.HistoryAsync(ProjectId, PageToken);
            _submissions = await Queries.ProjectSubmissionsAsync(ProjectId, PageToken);
            _today = ChinaTime.Today(TimeProvider).ToDateTime(TimeOnly.MinValue);

            // The persistence layer refuses writes outside a county's unit anyway; the forms are offered where they can succeed.
            _canWrite = CurrentUser.IsInRole(Roles.CityOfficer)
                || (CurrentUser.IsInRole(Roles.CountyOfficer) && string.Equals(CurrentUser.UnitCode, _state.UnitCode, StringComparison.Ordinal));
        }
        catch (NotFoundException e)
        {
            _state = null;
            _problem = e.Message;
        }
    });

    // Read at once: a later selection replaces the browser's file list, after which earlier files cannot be read.
    private async Task AddFilesAsync(IReadOnlyList<IBrowserFile>? files)
    {
        foreach (var file in files ?? [])
        {
            var content = file.Size is > 0 and <= EvidenceChecks.MaxBytes ? await ReadAsync(file) : null;
            _files.Add(new SelectedFile(file.Name, file.Size, content) { Kind = GuessKind(file.Name) });
        }
    }

    private async Task<byte[]> ReadAsync(IBrowserFile file)
    {
        await using var stream = file.OpenReadStream(EvidenceChecks.MaxBytes, PageToken);
        using var buffer = new MemoryStream();
        await stream.CopyToAsync(buffer, PageToken);
        return buffer.ToArray();
    }

    private static EvidenceKind GuessKind(string name) =>
        Path.GetExtension(name).ToUpperInvariant() is ".JPG" or ".JPEG" or ".PNG" ? EvidenceKind.Photo : EvidenceKind.Contract;

    private async Task SubmitAsync(ProjectStage next)
    {
        var uploads = _files.Select(f => new EvidenceUpload(f.Name, f.Kind, f.Length, _ => Task.FromResult(f.Content ?? []))).ToList();
        var request = new SubmitStageRequest(next, _occurredOn is { } on ? DateOnly.FromDateTime(on) : null, _note, uploads);
        if (await RunAsync(() => Commands.SubmitAsync(ProjectId, request, PageToken)))
        {
            _files.Clear();
            _note = null;
            _occurredOn = null;
        }
    }

    private async Task HaltAsync(ProjectStage halt)
    {
        var request = new HaltRequest(_reason, _state!.Version);
        if (await RunAsync(() => halt == ProjectStage.Stalled ? Commands.StallAsync(ProjectId, request, PageToken) : Commands.TerminateAsync(ProjectId, request, PageToken)))
        {
            _reason = null;
        }
    }

    private async Task ResumeAsync()
    {
        if (await RunAsync(() => Commands.ResumeAsync(ProjectId, new HaltRequest(_reason, _state!.Version), PageToken)))
        {
            _reason = null;
        }
    }

    private async Task<bool> RunAsync(Func<Task> change)
    {
        if (_busy)
        {
            return false;
        }

        _busy = true;
        _errors = new Dictionary<string, string[]>();
        _problem = null;
        var done = false;
        try
        {
            await change();
            done = true;
        }
        catch (ValidationFailedException e)
        {
            _errors = e.Errors;
        }
        catch (Exception e) when (e is ConcurrencyConflictException or DomainRuleException or NotFoundException or ForbiddenException)
        {
            _problem = e.Message;
        }
        finally
        {
            _busy = false;
        }

        // After a conflict the panel shows the project as it now stands, with its new version.
        await LoadAsync();
        if (done)
        {
            await OnChanged.InvokeAsync();
        }

        return done;
    }

    private sealed class SelectedFile(string name, long length, byte[]? content)
    {
        public string Name { get; } = name;

        public long Length { get; } = length;

        public byte[]? Content { get; } = content;

        public EvidenceKind Kind { get; set; }
    }
}
