using System.Globalization;
using Microsoft.AspNetCore.Components;
using Tianzhong.Kernel.Infrastructure.Components;
using Tianzhong.Kernel.Time;
using Tianzhong.Modules.Investment.Contracts;
using Tianzhong.Modules.Map.Domain;
using Tianzhong.Modules.Map.Features.Carriers;
using Tianzhong.Modules.Map.Features.Common;
using Tianzhong.Modules.Map.Features.Parcels;
using Tianzhong.Modules.Map.Features.Routes;
using Tianzhong.Modules.Registry.Contracts;

namespace Tianzhong.Modules.Map.Pages;

/// <summary>Inspection routes (投资考察线路图): ordered stops for an investor's visit, printable. The same handlers as the API.</summary>
public sealed partial class RoutesPage
{
    private const int PickerSize = 200;

    private IReadOnlyList<UnitSummary> _units = [];
    private IReadOnlyList<CarrierView> _carriers = [];
    private IReadOnlyList<ParcelView> _parcels = [];
    private MapPage<RouteSummary> _page = new([], 0, 1, 20);
    private string? _text;
    private RouteForm _form = new();
    private InspectionRouteView? _editing;
    private readonly FormState _state = new();

    [Inject]
    private Routes Handler { get; set; } = default!;

    [Inject]
    private Features.Carriers.Carriers CarrierList { get; set; } = default!;

    [Inject]
    private Parcels ParcelList { get; set; } = default!;

    [Inject]
    private IUnitDirectory Units { get; set; } = default!;

    [Inject]
    private IProjectDigests Projects { get; set; } = default!;

    [Inject]
    private UnitWriteGuard Guard { get; set; } = default!;

    [Inject]
    private TimeProvider Clock { get; set; } = default!;

    private int PageCount => Paging.PageCount(_page.Total, _page.PageSize);

    protected override Task OnInitializedAsync() => WhileOpenAsync(async () =>
    {
        _units = await Units.ListUnitsAsync(PageToken);
        _carriers = (await CarrierList.SearchAsync(new CarrierQuery(PageSize: PickerSize), PageToken)).Items;
        _parcels = (await ParcelList.SearchAsync(new ParcelQuery(PageSize: PickerSize), PageToken)).Items;
        Reset();
        _page = await Handler.SearchAsync(new RouteQuery(), PageToken);
    });

    private static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private Task LoadAsync(int page) => WhileOpenAsync(async () => _page = await Handler.SearchAsync(new RouteQuery(Text: _text, Page: page), PageToken));

    private void Reset()
    {
        _editing = null;
        _form = new RouteForm { VisitOn = ChinaTime.Today(Clock).ToDateTime(TimeOnly.MinValue) };
        _state.Clear();
    }

    // Any project the caller sees in every stage but Terminated (a route may visit another unit's project).
    private async Task<IEnumerable<ProjectDigest>> SearchProjectsAsync(string? term, CancellationToken cancellationToken)
    {
        IReadOnlyList<ProjectDigest> found = [];
        await WhileOpenAsync(async () => found = await Projects.SearchAsync(term, 20, cancellationToken));
        return found;
    }

    // The form of a route read back, with each project stop's project looked up for its picker.
    private async Task<RouteForm> FormOfAsync(InspectionRouteView route)
    {
        var ids = route.Stops.Where(s => s.Kind == StopKind.Project && s.ReferenceId is not null).Select(s => s.ReferenceId!.Value).ToList();
        var found = ids.Count == 0 ? [] : (await Projects.FindManyAsync(ids, PageToken)).ToDictionary(p => p.Id);
        return RouteForm.From(route, found);
    }

    private void Move(int index, int by)
    {
        var target = index + by;
        if (target < 0 || target >= _form.Stops.Count)
        {
            return;
        }

        (_form.Stops[index], _form.Stops[target]) = (_form.Stops[target], _form.Stops[index]);
    }

    private Task EditAsync(Guid id) => WhileOpenAsync(async () =>
    {
        Reset();
        if (await _state.RunAsync(async () => _editing = await Handler.GetAsync(id, PageToken)))
        {
            _state.Saved = false;
            _form = await FormOfAsync(_editing!);
        }
    });

    private Task SaveAsync() => WhileOpenAsync(async () =>
    {
        var request = _form.ToRequest(_editing?.Version ?? 0);
        if (await _state.RunAsync(async () => _editing = _editing is null ? await Handler.CreateAsync(request, PageToken) : await Handler.ReviseAsync(_editing.Id, request, PageToken)))
        {
            _form = await FormOfAsync(_editing!);
            _page = await Handler.SearchAsync(new RouteQuery(Text: _text, Page: _page.Page), PageToken);
        }
    });

    private Task DeleteAsync() => WhileOpenAsync(async () =>
    {
        if (_editing is { } editing && await _state.RunAsync(() => Handler.DeleteAsync(editing.Id, editing.Version, PageToken)))
        {
            Reset();
            _page = await Handler.SearchAsync(new RouteQuery(Text: _text, Page: _page.Page), PageToken);
        }
    });

    private sealed class StopForm
    {
        public StopKind Kind { get; set; } = StopKind.Text;

        public Guid? ReferenceId { get; set; }

        public ProjectDigest? Project { get; set; }

        public string? Title { get; set; }

        public string? UnitCode { get; set; }

        public string? Time { get; set; }

        public string? Note { get; set; }

        public StopRequest ToRequest() => new(
            Kind,
            Kind switch { StopKind.Project => Project?.Id, StopKind.Text => null, _ => ReferenceId },
            Title, UnitCode, Time, Note);
    }

    private sealed class RouteForm
    {
        public string? Name { get; set; }

        public string? ForWhom { get; set; }

        public DateTime? VisitOn { get; set; }

        public string? Note { get; set; }

        public List<StopForm> Stops { get; } = [];

        public static RouteForm From(InspectionRouteView r, IReadOnlyDictionary<Guid, ProjectDigest> projects)
        {
            var form = new RouteForm { Name = r.Name, ForWhom = r.ForWhom, VisitOn = r.VisitOn.ToDateTime(TimeOnly.MinValue), Note = r.Note };
            form.Stops.AddRange(r.Stops.Select(s => new StopForm
            {
                Kind = s.Kind, ReferenceId = s.ReferenceId, Project = s.Kind == StopKind.Project && s.ReferenceId is { } id ? projects.GetValueOrDefault(id) : null,
                Title = s.Title, UnitCode = s.UnitCode, Time = s.Time, Note = s.Note,
            }));
            return form;
        }

        public RouteRequest ToRequest(int version) => new(Name, ForWhom, VisitOn is { } d ? DateOnly.FromDateTime(d) : null, null, Note, [.. Stops.Select(s => s.ToRequest())], version);
    }
}
