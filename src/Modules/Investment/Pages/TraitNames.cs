using Tianzhong.Modules.Registry.Contracts;

namespace Tianzhong.Modules.Investment.Pages;

/// <summary>The single investor-resource flags in display order.</summary>
internal static class TraitNames
{
    public static readonly IReadOnlyList<OrganisationTraits> All = [.. Enum.GetValues<OrganisationTraits>().Where(t => t != OrganisationTraits.None)];

    public static IEnumerable<OrganisationTraits> Of(OrganisationTraits traits) => All.Where(t => (traits & t) == t);
}
