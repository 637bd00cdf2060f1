using System.Globalization;
using System.Resources;
using Tianzhong.Kernel.Identifiers;
using Tianzhong.Modules.Investment.Domain;
using Tianzhong.Modules.Investment.Resources;
using Tianzhong.Modules.Registry.Contracts;

namespace Tianzhong.Modules.Investment.Features.Demo;

/// <summary>How much to generate.</summary>
public sealed record GeneratorScale(int Projects, int Funds, int Interactions, int Organisations)
{
    /// <summary>A city's library over several years.</summary>
    public static readonly GeneratorScale City = new(20_000, 200_000, 100_000, 20_000);

    /// <summary>A province: ten cities.</summary>
    public static readonly GeneratorScale Province = new(200_000, 2_000_000, 1_000_000, 200_000);

    /// <summary>The small demonstration set.</summary>
    public static readonly GeneratorScale Demo = new(300, 1_500, 1_000, 100);
}

/// <summary>A generated investor organisation (its id is the Registry's once registered).</summary>
public sealed record GeneratedOrganisation(Guid Id, string Name, string CreditCode, string Region, OrganisationTraits Traits);

/// <summary>Everything generated for one run; records reference the organisations by their ids.</summary>
public sealed record GeneratedData(IReadOnlyList<Project> Projects, IReadOnlyList<FundsRecord> Funds, IReadOnlyList<Interaction> Interactions);

/// <summary>
/// Deterministic (seeded) realistic data: project names from the units, the industry directions and suffix words of
/// ImportText.resx; contract amounts with the skew of a real library (most projects a few 亿元, a long tail of
/// 10亿元+); stages with consistent approved dates (signed, then started, then in production, never after today);
/// funds only for signed projects, on or after signing; interactions with the investor organisations. The same seed,
/// reference data and date give the same data, so the benchmark and the demo are repeatable.
/// </summary>
public sealed class InvestmentDataGenerator
{
    public const string RecordedBy = "demo-generator";

    private static readonly ResourceManager Resources = new(typeof(ImportText));
    private static readonly string[] Regions = ["Beijing", "Shanghai", "Guangdong", "Zhejiang", "Jiangsu", "Shandong", "Henan", "Hubei", "Fujian", "Hong Kong", "Singapore", "Germany"];

    private readonly Random _random;
    private readonly IReadOnlyList<UnitSummary> _units;
    private readonly IReadOnlyList<DirectionSummary> _directions;
    private readonly DateOnly _today;
    private readonly string[] _projectSuffixes;
    private readonly string[] _companySuffixes;
    private readonly string[] _prefixes;
    private readonly string[] _middles;
    private readonly string[] _officials;
    private readonly string _note;

    public InvestmentDataGenerator(int seed, IReadOnlyList<UnitSummary> units, IReadOnlyList<DirectionSummary> directions, DateOnly today, CultureInfo? language = null)
    {
        ArgumentNullException.ThrowIfNull(units);
        ArgumentNullException.ThrowIfNull(directions);
        if (units.Count == 0 || directions.Count == 0)
        {
            throw new ArgumentException("Reference data (units, directions) must be loaded first.", nameof(units));
        }

        _random = new Random(seed);
        _units = units;
        _directions = directions;
        _today = today;
        var culture = language ?? CultureInfo.GetCultureInfo("zh-CN");
        string[] Words(string key) => (Resources.GetString(key, culture) ?? key).Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        _projectSuffixes = Words("Demo.ProjectSuffixes");
        _companySuffixes = Words("Demo.CompanySuffixes");
        _prefixes = Words("Demo.CompanyPrefixes");
        _middles = Words("Demo.CompanyMiddles");
        _officials = Words("Demo.Officials");
        _note = Resources.GetString("Demo.Note", culture) ?? string.Empty;
    }

    /// <summary>Organisations with unique, valid (GB 32100 check character) credit codes; ids are fresh.</summary>
    public IReadOnlyList<GeneratedOrganisation> Organisations(int count, int firstSerial = 0)
    {
        var result = new List<GeneratedOrganisation>(count);
        for (var i = 0; i < count; i++)
        {
            var serial = firstSerial + i;
            var body = string.Create(CultureInfo.InvariantCulture, $"914117{_random.Next(0, 100):D2}{serial:D9}");
            var code = body + UnifiedSocialCreditCode.ComputeCheckCharacter(body);
            var name = Pick(_prefixes) + Pick(_middles) + Pick(_directions).Name + Pick(_companySuffixes);
            var traits = _random.NextDouble() switch
            {
                < 0.03 => OrganisationTraits.Global500,
                < 0.08 => OrganisationTraits.China500,
                < 0.15 => OrganisationTraits.Private500,
                < 0.20 => OrganisationTraits.StateOwned,
                < 0.30 => OrganisationTraits.Listed,
                < 0.40 => OrganisationTraits.Specialised,
                _ => OrganisationTraits.None,
            };
            result.Add(new GeneratedOrganisation(Guid.CreateVersion7(), name, code, Pick(Regions), traits));
        }

        return result;
    }

    /// <summary>Projects, funds and interactions for the given organisations; external references start with the prefix.</summary>
    public GeneratedData Generate(GeneratorScale scale, IReadOnlyList<(Guid Id, string Name)> organisations, string referencePrefix)
    {
        ArgumentNullException.ThrowIfNull(scale);
        ArgumentNullException.ThrowIfNull(organisations);
        var projects = new List<Project>(scale.Projects);
        for (var i = 0; i < scale.Projects; i++)
        {
            projects.Add(NewProject(i, organisations, referencePrefix));
        }

        var signed = projects.Where(p => p.SignedOn is not null).ToList();
        var funds = new List<FundsRecord>(scale.Funds);
        for (var i = 0; i < scale.Funds && signed.Count > 0; i++)
        {
            funds.Add(NewFunds(i, signed[_random.Next(signed.Count)], referencePrefix));
        }

        var interactions = new List<Interaction>(scale.Interactions);
        for (var i = 0; i < scale.Interactions && organisations.Count > 0; i++)
        {
            var project = projects[_random.Next(projects.Count)];
            var organisation = project.Investors.Count > 0 && _random.NextDouble() < 0.7 ? project.Investors[0].OrganisationId : organisations[_random.Next(organisations.Count)].Id;
            var on = _today.AddDays(-_random.Next(0, 3 * 365));
            var kind = (InteractionKind)_random.Next(0, Enum.GetValues<InteractionKind>().Length);
            DateOnly? next = _random.NextDouble() < 0.4 ? on.AddDays(_random.Next(7, 90)) : null;
            interactions.Add(Interaction.Record(project.UnitCode, organisation, _random.NextDouble() < 0.6 ? project.Id : null, kind, on, Pick(_officials), null, _note, next, RecordedBy, Utc(on)));
        }

        return new GeneratedData(projects, funds, interactions);
    }

    private Project NewProject(int index, IReadOnlyList<(Guid Id, string Name)> organisations, string prefix)
    {
        // Units are not equal in size: the core district and zones carry more projects than a rural county.
        var unit = _units[Math.Min(_units.Count - 1, (int)(_units.Count * Math.Pow(_random.NextDouble(), 1.3)))];
        var direction = Pick(_directions);
        var contract = Amount();
        var created = _today.AddDays(-_random.Next(30, 5 * 365));
        var start = created.AddDays(_random.Next(30, 365));
        var figures = new ProjectFigures(
            Trim(unit.Name + (_random.NextDouble() < 0.5 ? Pick(_prefixes) + Pick(_middles) : string.Empty) + direction.Name + Pick(_projectSuffixes), 200),
            direction.Code,
            null,
            _random.NextDouble() switch { < 0.08 => CapitalSource.Abroad, < 0.55 => CapitalSource.OtherProvince, < 0.8 => CapitalSource.OtherCityInProvince, _ => CapitalSource.Local },
            contract,
            _random.NextDouble() < 0.6 ? Round(contract * (decimal)(0.3 + (0.5 * _random.NextDouble()))) : null,
            _random.NextDouble() < 0.5 ? Round(contract * 0.1m) : null,
            null,
            null,
            Round(contract * (decimal)(0.5 + (0.4 * _random.NextDouble()))),
            Round((decimal)(_random.Next(10, 1500) + _random.NextDouble())),
            Round(contract * (decimal)(0.8 + _random.NextDouble())),
            Round(contract * (decimal)(0.03 + (0.05 * _random.NextDouble()))),
            _random.Next(20, 3000),
            start,
            start.AddDays(_random.Next(180, 900)),
            _random.NextDouble() < 0.1);
        var project = Project.Register(unit.Code, figures, Utc(created), string.Create(CultureInfo.InvariantCulture, $"{prefix}P{index:D7}"));
        if (organisations.Count > 0 && _random.NextDouble() < 0.7)
        {
            var organisation = organisations[_random.Next(organisations.Count)];
            project.SetInvestors([new ProjectInvestor(organisation.Id, Trim(organisation.Name, 128))]);
        }

        var roll = _random.NextDouble();
        var signedOn = created.AddDays(_random.Next(10, 240));
        if (roll < 0.3 || signedOn > _today)
        {
            return project;
        }

        project.ApplyApprovedStage(ProjectStage.Signed, signedOn);
        var startedOn = signedOn.AddDays(_random.Next(20, 200));
        if (roll < 0.55 || startedOn > _today)
        {
            Halt(project, signedOn);
            return project;
        }

        project.ApplyApprovedStage(ProjectStage.Started, startedOn);
        var productionOn = startedOn.AddDays(_random.Next(120, 700));
        if (roll < 0.78 || productionOn > _today)
        {
            Halt(project, startedOn);
            return project;
        }

        project.ApplyApprovedStage(ProjectStage.InProduction, productionOn);
        return project;
    }

    private void Halt(Project project, DateOnly after)
    {
        var roll = _random.NextDouble();
        if (roll < 0.05 && after < _today)
        {
            var on = after.AddDays(_random.Next(1, Math.Max(2, _today.DayNumber - after.DayNumber)));
            LifecycleRules.Halt(project, roll < 0.02 ? ProjectStage.Terminated : ProjectStage.Stalled, _note, on);
        }
    }

    private FundsRecord NewFunds(int index, Project project, string prefix)
    {
        var span = Math.Max(1, _today.DayNumber - project.SignedOn!.Value.DayNumber);
        var on = project.SignedOn.Value.AddDays(_random.Next(0, span + 1));
        var foreign = project.Figures.Source == CapitalSource.Abroad && _random.NextDouble() < 0.6;
        var amount = Round(Math.Max(1m, project.Figures.ContractInvestmentWan * (decimal)(0.01 + (0.09 * _random.NextDouble()))));
        var record = foreign
            ? FundsRecord.Record(project, on, project.Figures.Source, "USD", Round(amount / 7.1m), 7.1m, RecordedBy, string.Create(CultureInfo.InvariantCulture, $"{prefix}F{index:D8}"))
            : FundsRecord.Record(project, on, _random.NextDouble() < 0.85 ? project.Figures.Source : CapitalSource.Local, FundsRules.Yuan, amount, 1m, RecordedBy, string.Create(CultureInfo.InvariantCulture, $"{prefix}F{index:D8}"));
        var roll = _random.NextDouble();
        if (roll < 0.7)
        {
            FundsRules.Verify(record, true, RecordedBy, null, Utc(on.AddDays(Math.Min(10, _today.DayNumber - on.DayNumber))));
        }
        else if (roll < 0.75)
        {
            FundsRules.Verify(record, false, RecordedBy, _note, Utc(on.AddDays(Math.Min(10, _today.DayNumber - on.DayNumber))));
        }

        return record;
    }

    // Log-normal around 3亿元 (30,000万元): about one project in eight reaches 10亿元; capped below the absurd limit.
    private decimal Amount()
    {
        var u1 = 1.0 - _random.NextDouble();
        var u2 = _random.NextDouble();
        var normal = Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
        var wan = Math.Exp(Math.Log(30_000) + (1.4 * normal));
        return Round((decimal)Math.Clamp(wan, 500, 5_000_000));
    }

    private static decimal Round(decimal value) => decimal.Round(value, 2, MidpointRounding.AwayFromZero);

    private static string Trim(string value, int max) => value.Length > max ? value[..max] : value;

    private static DateTime Utc(DateOnly date) => date.ToDateTime(new TimeOnly(2, 0), DateTimeKind.Utc);

    private T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];
}
