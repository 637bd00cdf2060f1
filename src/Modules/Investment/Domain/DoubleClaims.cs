using Tianzhong.Kernel.Text;

namespace Tianzhong.Modules.Investment.Domain;

public enum ClaimStatus
{
    Open,
    Decided,
}

/// <summary>
/// Two units claiming the same investor's project. Until the city decides, the project already in the library counts
/// and the one whose registration or change created the collision is held at share 0, so nothing is ever counted
/// twice and no unit can lower another's figures by editing its own projects; the decision gives one unit the whole project
/// or splits it with explicit shares that add up to 1.
/// </summary>
public sealed class DoubleClaim
{
    private DoubleClaim()
    {
    }

    public Guid Id { get; private set; }

    /// <summary>The project that was already in the library when the collision appeared (it keeps counting).</summary>
    public Guid FirstProjectId { get; private set; }

    public Guid SecondProjectId { get; private set; }

    public Guid OrganisationId { get; private set; }

    public ClaimStatus Status { get; private set; }

    public decimal? FirstShare { get; private set; }

    public string? DecidedBy { get; private set; }

    public DateTime? DecidedUtc { get; private set; }

    public string? Remark { get; private set; }

    public DateTime DetectedUtc { get; private set; }

    public int Version { get; private set; }

    public static DoubleClaim Detect(Project first, Project second, Guid organisationId, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        second.SetCountShare(0m);
        return new DoubleClaim { Id = Guid.CreateVersion7(), FirstProjectId = first.Id, SecondProjectId = second.Id, OrganisationId = organisationId, Status = ClaimStatus.Open, DetectedUtc = nowUtc, Version = 1 };
    }

    /// <summary>The city's decision: <paramref name="firstShare"/> 1 gives the first unit all, 0 the second, anything between splits.</summary>
    public void Decide(Project first, Project second, decimal firstShare, string decidedBy, string? remark, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        if (first.Id != FirstProjectId || second.Id != SecondProjectId)
        {
            throw new ArgumentException("The projects are not this claim's.", nameof(first));
        }

        first.SetCountShare(firstShare);
        second.SetCountShare(1m - firstShare);
        FirstShare = firstShare;
        Status = ClaimStatus.Decided;
        DecidedBy = decidedBy;
        DecidedUtc = nowUtc;
        Remark = string.IsNullOrWhiteSpace(remark) ? null : remark.Trim();
        Version++;
    }
}

public static class DoubleClaimRules
{
    /// <summary>A share is a fraction from 0 to 1 with at most four decimals.</summary>
    public static bool IsValidShare(decimal share) => share is >= 0m and <= 1m && decimal.Round(share, 4) == share;

    /// <summary>Two projects are the same claim when they are in different units, share an investor and carry the same name once normalised.</summary>
    public static bool AreSameClaim(string firstUnit, string firstName, IEnumerable<Guid> firstInvestors, string secondUnit, string secondName, IEnumerable<Guid> secondInvestors) =>
        firstUnit != secondUnit
        && firstInvestors.Intersect(secondInvestors).Any()
        && NameNormaliser.Normalise(firstName) == NameNormaliser.Normalise(secondName);
}
