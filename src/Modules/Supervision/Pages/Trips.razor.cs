using System.Globalization;
using Microsoft.AspNetCore.Components;
using Tianzhong.Kernel.Errors;
using Tianzhong.Kernel.Infrastructure.Components;
using Tianzhong.Kernel.Security;
using Tianzhong.Kernel.Time;
using Tianzhong.Modules.Investment.Contracts;
using Tianzhong.Modules.Registry.Contracts;
using Tianzhong.Modules.Supervision.Features.Trips;

namespace Tianzhong.Modules.Supervision.Pages;

/// <summary>Weekly dynamics (周动态): the week's roll-up per unit, the trip list, and recording or revising a trip. The same handlers as the API.</summary>
public sealed partial class Trips
{
    private const int PickerSize = 20;

    private DateOnly _today;
    private DateOnly _weekDate;
    private TripWeekView? _week;
    private TripQuery _query = new();
    private TripPage _page = new([], 0, 1, 20);
    private IReadOnlyList<UnitSummary> _units = [];
    private string? _fixedUnit;
    private TripForm _form = new();
    private TripView? _editing;
    private bool _formOpen;
    private bool _saved;
    private string? _problem;
    private IReadOnlyDictionary<string, string[]> _errors = new Dictionary<string, string[]>();
    private IReadOnlyDictionary<string, string[]> _filterErrors = new Dictionary<string, string[]>();

    [Inject]
    private TripQueries Queries { get; set; } = default!;

    [Inject]
    private TripRecording Recording { get; set; } = default!;

    [Inject]
    private IUnitDirectory Units { get; set; } = default!;

    [Inject]
    private IOrganisationDirectory Organisations { get; set; } = default!;

    [Inject]
    private IInvestmentFigures Projects { get; set; } = default!;

    [Inject]
    private ICurrentUser CurrentUser { get; set; } = default!;

    [Inject]
    private TimeProvider Clock { get; set; } = default!;

    private int PageCount => Paging.PageCount(_page.Total, _page.PageSize);

    protected override Task OnInitializedAsync() => WhileOpenAsync(async () =>
    {
        _today = ChinaTime.Today(Clock);
        _weekDate = _today;
        _units = await Units.ListUnitsAsync(PageToken);
        _fixedUnit = CurrentUser.IsInRole(Roles.CountyOfficer) ? CurrentUser.UnitCode : null;
        ResetForm();
        _week = await Queries.WeekAsync(_weekDate, PageToken);
        _page = await Queries.SearchAsync(_query, PageToken);
    });

    private static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static DateTime? ToDate(DateOnly? date) => date?.ToDateTime(TimeOnly.MinValue);

    private static DateOnly? FromDate(DateTime? date) => date is { } d ? DateOnly.FromDateTime(d) : null;

    private static DateOnly ToDateOnly(DateTime date) => DateOnly.FromDateTime(date);

    private bool Has(string field) => _errors.ContainsKey(field);

    private string? ErrorOf(string field) => _errors.TryGetValue(field, out var messages) ? string.Join(" ", messages) : null;

    private Task ShowWeekAsync(DateOnly date) => WhileOpenAsync(async () =>
    {
        _weekDate = date;
        _week = await Queries.WeekAsync(date, PageToken);
    });

    private Task LoadAsync(TripQuery query) => WhileOpenAsync(async () =>
    {
        _query = query;
        _filterErrors = new Dictionary<string, string[]>();
        try
        {
            _page = await Queries.SearchAsync(query, PageToken);
        }
        catch (ValidationFailedException e)
        {
            _filterErrors = e.Errors;
        }
    });

    private void ResetForm()
    {
        _form = new TripForm { UnitCode = _fixedUnit, DepartedOn = ToDate(_today), ReturnedOn = ToDate(_today) };
        _editing = null;
        _errors = new Dictionary<string, string[]>();
        _problem = null;
        _saved = false;
    }

    private Task EditAsync(Guid id) => WhileOpenAsync(async () =>
    {
        ResetForm();
        try
        {
            _editing = await Queries.GetAsync(id, PageToken);
            _form = TripForm.From(_editing);
            _formOpen = true;
        }
        catch (NotFoundException e)
        {
            _problem = e.Message;
        }
    });

    // Gated like every other piece of page work: it uses the same circuit-scoped DbContexts as the loads.
    private Task SaveAsync() => WhileOpenAsync(async () =>
    {
        _errors = new Dictionary<string, string[]>();
        _problem = null;
        _saved = false;
        try
        {
            if (_editing is null)
            {
                var trip = await Recording.RecordAsync(_form.ToRecordRequest(), PageToken);
                ResetForm();
                _weekDate = trip.DepartedOn;
            }
            else
            {
                var trip = await Recording.ReviseAsync(_editing.Id, _form.ToReviseRequest(_editing.Version), PageToken);
                _editing = trip;
                _form = TripForm.From(trip);
            }

            _saved = true;
            _week = await Queries.WeekAsync(_weekDate, PageToken);
            _page = await Queries.SearchAsync(_query, PageToken);
        }
        catch (ValidationFailedException e)
        {
            _errors = e.Errors;
        }
        catch (Exception e) when (e is ForbiddenException or NotFoundException or ConcurrencyConflictException or DomainRuleException)
        {
            _problem = e.Message;
        }
    });

    private async Task<IEnumerable<OrganisationSummary>> SearchOrganisationsAsync(string? term, CancellationToken cancellationToken) =>
        string.IsNullOrWhiteSpace(term) ? [] : await Organisations.SearchAsync(term.Trim(), PickerSize, cancellationToken);

    // The library's picker lists signed projects the caller sees; the trip's unit's only, since a visit's project must be its own.
    private async Task<IEnumerable<ProjectBrief>> SearchProjectsAsync(string? term, CancellationToken cancellationToken)
    {
        var unitCode = _form.UnitCode;
        return (await Projects.SearchSignedAsync(term, PickerSize, cancellationToken)).Where(p => unitCode is null || p.UnitCode == unitCode);
    }

    /// <summary>The form's state; dates as the date pickers hold them.</summary>
    private sealed class TripForm
    {
        public string? UnitCode { get; set; }

        public string? LeaderName { get; set; }

        public string? LeaderPost { get; set; }

        public DateTime? DepartedOn { get; set; }

        public DateTime? ReturnedOn { get; set; }

        public string? Destination { get; set; }

        public string? ContactsMet { get; set; }

        public string? Outcome { get; set; }

        public List<VisitForm> Visits { get; } = [];

        public static TripForm From(TripView trip) => new()
        {
            UnitCode = trip.UnitCode,
            LeaderName = trip.LeaderName,
            LeaderPost = trip.LeaderPost,
            DepartedOn = ToDate(trip.DepartedOn),
            ReturnedOn = ToDate(trip.ReturnedOn),
            Destination = trip.Destination,
            ContactsMet = trip.ContactsMet,
            Outcome = trip.Outcome,
        };

        public RecordTripRequest ToRecordRequest() => new(
            UnitCode,
            LeaderName,
            LeaderPost,
            FromDate(DepartedOn),
            FromDate(ReturnedOn),
            Destination,
            ContactsMet,
            Outcome,
            [.. Visits.Select(v => new TripVisitRequest(v.Organisation?.Id ?? Guid.Empty, v.Project?.Id, v.FollowUp, v.NextFollowUpOn is { } next ? ToDateOnly(next) : null))]);

        public ReviseTripRequest ToReviseRequest(int version) =>
            new(LeaderName, LeaderPost, FromDate(DepartedOn), FromDate(ReturnedOn), Destination, ContactsMet, Outcome, version);
    }

    private sealed class VisitForm
    {
        public OrganisationSummary? Organisation { get; set; }

        public ProjectBrief? Project { get; set; }

        public string? FollowUp { get; set; }

        public DateTime? NextFollowUpOn { get; set; }
    }
}
