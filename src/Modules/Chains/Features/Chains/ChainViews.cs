using Tianzhong.Modules.Chains.Domain;

namespace Tianzhong.Modules.Chains.Features.Chains;

/// <summary>A chain in the list, with its links' figures added up.</summary>
/// <param name="Code">The industry direction's code.</param>
/// <param name="Name">The chain's name.</param>
/// <param name="CategoryCode">Plan A's category of the direction (e.g. traditional).</param>
/// <param name="CategoryName">Its name.</param>
/// <param name="Order">Order within the plan.</param>
/// <param name="ChainLeader">链长, as the city wrote it.</param>
/// <param name="AllianceHead">产业联盟会长, as the city wrote it.</param>
/// <param name="Links">Number of links.</param>
/// <param name="Missing">Links missing (缺失).</param>
/// <param name="Weak">Links weak (薄弱).</param>
/// <param name="Strong">Links strong (较强).</param>
/// <param name="LocalEnterprises">Local enterprises attached (counted once per link).</param>
/// <param name="Projects">Counted projects (signed or later) attached.</param>
/// <param name="InvestmentWan">Their contract investment, 万元.</param>
public sealed record ChainSummary(string Code, string Name, string? CategoryCode, string? CategoryName, int Order, string? ChainLeader, string? AllianceHead, int Links, int Missing, int Weak, int Strong, int LocalEnterprises, int Projects, decimal InvestmentWan);

/// <summary>A 链主 enterprise.</summary>
/// <param name="OrganisationId">The organisation.</param>
/// <param name="Name">Its name.</param>
public sealed record ChainMasterView(Guid OrganisationId, string Name);

/// <summary>A link with its figures, gap status and suggestion.</summary>
/// <param name="Id">The link.</param>
/// <param name="ParentId">The link upstream of it; null for a first link.</param>
/// <param name="Name">Its name.</param>
/// <param name="Segment">Upstream, Midstream or Downstream.</param>
/// <param name="Order">Order among its parent's children.</param>
/// <param name="Note">The city's note (for seeded links: the seed's words).</param>
/// <param name="Status">Missing, Weak or Strong under the city's gap rules.</param>
/// <param name="Suggestion">Fill (补链), Strengthen (强链), Extend (延链) or None.</param>
/// <param name="LocalEnterprises">Local enterprises attached.</param>
/// <param name="Projects">Counted projects (signed or later) attached, whoever may see them.</param>
/// <param name="InvestmentWan">Their contract investment, 万元.</param>
/// <param name="TargetEnterprises">Target enterprises attached.</param>
/// <param name="Version">The version to send back when editing.</param>
public sealed record ChainLinkView(Guid Id, Guid? ParentId, string Name, ChainSegment Segment, int Order, string? Note, GapStatus Status, SuggestionKind Suggestion, int LocalEnterprises, int Projects, decimal InvestmentWan, int TargetEnterprises, int Version);

/// <summary>One chain with its links in tree order (each link before its children).</summary>
/// <param name="Id">The chain.</param>
/// <param name="Code">The industry direction's code.</param>
/// <param name="Name">Its name.</param>
/// <param name="CategoryName">Plan A's category.</param>
/// <param name="ChainLeader">链长.</param>
/// <param name="AllianceHead">产业联盟会长.</param>
/// <param name="Masters">链主 enterprises.</param>
/// <param name="Links">The links.</param>
/// <param name="Rules">The gap rules the statuses were computed with.</param>
/// <param name="Version">The version to send back when editing the chain or its masters.</param>
public sealed record ChainView(Guid Id, string Code, string Name, string? CategoryName, string? ChainLeader, string? AllianceHead, IReadOnlyList<ChainMasterView> Masters, IReadOnlyList<ChainLinkView> Links, GapRules Rules, int Version);

/// <summary>An enterprise attached to a link.</summary>
/// <param name="Id">The attachment (to detach it).</param>
/// <param name="OrganisationId">The organisation.</param>
/// <param name="Name">Its name when attached.</param>
/// <param name="UnitCode">The unit of a local enterprise; null for a target enterprise.</param>
/// <param name="UnitName">The unit's name.</param>
public sealed record AttachedEnterprise(long Id, Guid OrganisationId, string Name, string? UnitCode, string? UnitName);

/// <summary>A project attached to a link, as the caller may see it.</summary>
/// <param name="Id">The attachment (to detach it).</param>
/// <param name="ProjectId">The project.</param>
/// <param name="Name">Its name.</param>
/// <param name="UnitCode">Its unit.</param>
/// <param name="UnitName">The unit's name.</param>
/// <param name="Stage">Its stage.</param>
/// <param name="ContractInvestmentWan">Contract investment, 万元.</param>
/// <param name="IsCounted">True when signed or later, so it counts for the gap status.</param>
public sealed record AttachedProject(long Id, Guid ProjectId, string Name, string UnitCode, string? UnitName, string Stage, decimal ContractInvestmentWan, bool IsCounted);

/// <summary>A link with everything attached to it.</summary>
/// <param name="Link">The link with its figures.</param>
/// <param name="ChainCode">Its chain.</param>
/// <param name="ChainName">The chain's name.</param>
/// <param name="LocalEnterprises">Local enterprises, by name.</param>
/// <param name="TargetEnterprises">Target enterprises, by name.</param>
/// <param name="Projects">The projects the caller may see (a county does not see other counties' confidential projects, though the figures count them).</param>
public sealed record LinkDetail(ChainLinkView Link, string ChainCode, string ChainName, IReadOnlyList<AttachedEnterprise> LocalEnterprises, IReadOnlyList<AttachedEnterprise> TargetEnterprises, IReadOnlyList<AttachedProject> Projects);
