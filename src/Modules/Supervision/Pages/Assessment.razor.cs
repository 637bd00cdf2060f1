using Microsoft.AspNetCore.Components;
using Tianzhong.Modules.Supervision.Features.Assessments;

namespace Tianzhong.Modules.Supervision.Pages;

/// <summary>The year-end assessment (年终考评): each unit's components, score and rank.</summary>
public sealed partial class Assessment
{
    private int _year;
    private AssessmentView? _view;

    [Inject]
    private AnnualAssessments Assessments { get; set; } = default!;

    [Inject]
    private TimeProvider Clock { get; set; } = default!;

    [SupplyParameterFromQuery(Name = "year")]
    public int? Year { get; set; }

    private IEnumerable<int> Years => PeriodChoice.Years(Clock);

    protected override Task OnInitializedAsync() => WhileOpenAsync(async () =>
    {
        _year = Year is { } y && PeriodChoice.Years(Clock).Contains(y) ? y : Tianzhong.Kernel.Time.ChinaTime.Today(Clock).Year;
        _view = await Assessments.GetAsync(_year, PageToken);
    });

    private Task SelectAsync(int year) => WhileOpenAsync(async () =>
    {
        _year = year;
        _view = await Assessments.GetAsync(_year, PageToken);
    });

    private static string N(decimal value) => value.ToString("0.##", System.Globalization.CultureInfo.CurrentCulture);
}
