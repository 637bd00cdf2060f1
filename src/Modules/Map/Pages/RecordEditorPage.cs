using Microsoft.AspNetCore.Components;
using Tianzhong.Kernel.Infrastructure.Components;
using Tianzhong.Kernel.Security;
using Tianzhong.Modules.Map.Features.Common;
using Tianzhong.Modules.Registry.Contracts;

namespace Tianzhong.Modules.Map.Pages;

/// <summary>
/// A management page with a paged table of unit records and one form to add, revise or remove a record (parks,
/// parcels, opportunities): the same handlers as the API; a county officer's form is fixed to its own unit.
/// </summary>
/// <typeparam name="TView">The record as the handler returns it.</typeparam>
/// <typeparam name="TForm">What the form binds to.</typeparam>
/// <typeparam name="TRequest">What the handler takes.</typeparam>
public abstract class RecordEditorPage<TView, TForm, TRequest> : CancellablePage
    where TView : class, IRecordView
    where TForm : class, new()
{
    [Inject]
    protected IUnitDirectory Units { get; set; } = default!;

    [Inject]
    protected UnitWriteGuard Guard { get; set; } = default!;

    [Inject]
    protected ICurrentUser CurrentUser { get; set; } = default!;

    /// <summary>The units for the selects.</summary>
    protected IReadOnlyList<UnitSummary> UnitList { get; private set; } = [];

    /// <summary>The rows shown.</summary>
    protected MapPage<TView> Results { get; private set; } = new([], 0, 1, 20);

    /// <summary>A county officer's own unit, which the form may not change; null for the city.</summary>
    protected string? FixedUnit { get; private set; }

    protected TForm Form { get; private set; } = new();

    /// <summary>The record being revised; null while adding one.</summary>
    protected TView? Editing { get; private set; }

    protected FormState State { get; } = new();

    protected int PageCount => Paging.PageCount(Results.Total, Results.PageSize);

    /// <summary>The handler the form writes through.</summary>
    protected abstract IUnitRecordHandler<TView, TRequest> Records { get; }

    /// <summary>One page of rows under the page's filters.</summary>
    protected abstract Task<MapPage<TView>> SearchAsync(int page);

    /// <summary>An empty form with the page's defaults (<see cref="FixedUnit"/> is known by then).</summary>
    protected abstract TForm NewForm();

    protected abstract TForm FormOf(TView view);

    protected abstract TRequest RequestOf(TForm form, int version);

    /// <summary>Reference lists the page needs besides the units, read before the first rows.</summary>
    protected virtual Task LoadListsAsync() => Task.CompletedTask;

    protected override Task OnInitializedAsync() => WhileOpenAsync(async () =>
    {
        UnitList = await Units.ListUnitsAsync(PageToken);
        await LoadListsAsync();
        FixedUnit = CurrentUser.IsInRole(Roles.CountyOfficer) ? CurrentUser.UnitCode : null;
        Reset();
        Results = await SearchAsync(1);
    });

    protected Task LoadAsync(int page) => WhileOpenAsync(async () => Results = await SearchAsync(page));

    protected void Reset()
    {
        Editing = null;
        Form = NewForm();
        State.Clear();
    }

    protected void Edit(TView view)
    {
        Reset();
        Editing = view;
        Form = FormOf(view);
    }

    protected Task SaveAsync() => WhileOpenAsync(async () =>
    {
        var request = RequestOf(Form, Editing?.Version ?? 0);
        if (await State.RunAsync(async () => Editing = Editing is null ? await Records.CreateAsync(request, PageToken) : await Records.ReviseAsync(Editing.Id, request, PageToken)))
        {
            Form = FormOf(Editing!);
            Results = await SearchAsync(Results.Page);
        }
    });

    protected Task DeleteAsync() => WhileOpenAsync(async () =>
    {
        if (Editing is { } editing && await State.RunAsync(() => Records.DeleteAsync(editing.Id, editing.Version, PageToken)))
        {
            Reset();
            Results = await SearchAsync(Results.Page);
        }
    });
}
