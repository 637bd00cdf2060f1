namespace Tianzhong.Modules.Map.Domain;

/// <summary>发布, 洽谈中, 已落地.</summary>
public enum OpportunityStatus
{
    Published,
    Negotiating,
    Landed,
}

/// <summary>The facts of a cooperation opportunity as entered.</summary>
public sealed record OpportunityDetails(string Title, string UnitCode, string DirectionCode, decimal? InvestmentWan, string? Description, string? Contact, OpportunityStatus Status);

/// <summary>A cooperation opportunity offered to investors (投资合作机会图).</summary>
public sealed class Opportunity : IUnitRecord
{
    public const int MaxTitle = 120;
    public const int MaxDescription = 2000;
    public const int MaxContact = 200;

    private Opportunity()
    {
    }

    public Guid Id { get; private set; }

    public string Title { get; private set; } = string.Empty;

    public string UnitCode { get; private set; } = string.Empty;

    /// <summary>The plan's industry direction (Registry's directory).</summary>
    public string DirectionCode { get; private set; } = string.Empty;

    public decimal? InvestmentWan { get; private set; }

    public string? Description { get; private set; }

    public string? Contact { get; private set; }

    public OpportunityStatus Status { get; private set; }

    public int Version { get; private set; }

    public static Opportunity Create(OpportunityDetails details)
    {
        var opportunity = new Opportunity { Id = Guid.CreateVersion7(), Version = 1 };
        opportunity.Apply(details);
        return opportunity;
    }

    public void Revise(OpportunityDetails details)
    {
        Apply(details);
        Version++;
    }

    public static IReadOnlyList<FieldProblem> Check(OpportunityDetails details)
    {
        ArgumentNullException.ThrowIfNull(details);
        var problems = new List<FieldProblem>();
        FieldRules.Required(problems, "title", details.Title, MaxTitle);
        FieldRules.NotNegative(problems, "investmentWan", details.InvestmentWan);
        FieldRules.Optional(problems, "description", details.Description, MaxDescription);
        FieldRules.Optional(problems, "contact", details.Contact, MaxContact);
        if (!Enum.IsDefined(details.Status))
        {
            problems.Add(new("status", "Required"));
        }

        return problems;
    }

    private void Apply(OpportunityDetails details)
    {
        ArgumentNullException.ThrowIfNull(details);
        Title = details.Title.Trim();
        UnitCode = details.UnitCode;
        DirectionCode = details.DirectionCode;
        InvestmentWan = details.InvestmentWan;
        Description = FieldRules.Clean(details.Description);
        Contact = FieldRules.Clean(details.Contact);
        Status = details.Status;
    }
}
