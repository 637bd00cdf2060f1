using System.Globalization;
using Microsoft.Extensions.Localization;
using Tianzhong.Modules.Chains.Domain.Matching;
using Tianzhong.Modules.Chains.Resources;

namespace Tianzhong.Modules.Chains.Features.Matching;

/// <summary>Renders a score part's reason as one plain-language line in the user's language.</summary>
public static class ReasonText
{
    public static string Render(IStringLocalizer<MatchingText> text, ScorePart part)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(part);
        var f = part.Facts;
        var key = $"Reason.{part.Reason}";
        return part.Reason switch
        {
            MatchReason.GapAttached or MatchReason.GapListedSubSector => text[key, f.LinkName ?? string.Empty, text[$"Gap.{f.Gap}"]],
            MatchReason.Listed or MatchReason.NotListed => text[key, f.Box ?? 0, f.DirectionName ?? string.Empty],
            MatchReason.NoBox or MatchReason.PlanNamesNoRegions => text[key, f.DirectionName ?? string.Empty],
            MatchReason.RegionCovered => text[key, f.Region ?? text["Foreign"], f.PlanRegion ?? string.Empty],
            MatchReason.RegionNotCovered => text[key, f.Region ?? text["Foreign"], f.DirectionName ?? string.Empty],
            MatchReason.FlagsSome => text[key, string.Join(text["ListSeparator"], (f.Flags ?? []).Select(flag => text[$"Flag.{flag}"].Value))],
            MatchReason.InteractionsSome => text[key, f.InteractionCount ?? 0, f.LastInteractionOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? string.Empty, f.DaysSince ?? 0],
            _ => text[key],
        };
    }
}
