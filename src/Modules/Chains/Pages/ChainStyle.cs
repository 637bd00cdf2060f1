using System.Globalization;
using Microsoft.Extensions.Localization;
using MudBlazor;
using Tianzhong.Modules.Chains.Domain;
using Tianzhong.Modules.Chains.Resources;

namespace Tianzhong.Modules.Chains.Pages;

/// <summary>The gap statuses' colours and labels, shared by the chain pages.</summary>
internal static class ChainStyle
{
    public const string Missing = "#d32f2f";
    public const string Weak = "#f9a825";
    public const string Strong = "#2e7d32";

    public static string Colour(GapStatus status) => status switch
    {
        GapStatus.Missing => Missing,
        GapStatus.Weak => Weak,
        _ => Strong,
    };

    /// <summary>Inline style of a status chip: the status colour with white (or dark on amber) text.</summary>
    public static string ChipStyle(GapStatus status) =>
        $"background-color:{Colour(status)};color:{(status == GapStatus.Weak ? "#212121" : "#ffffff")}";

    public static string Status(IStringLocalizer<ChainsText> text, GapStatus status) => text[$"Status.{status}"];

    public static string Wan(decimal value) => value.ToString("#,0.##", CultureInfo.CurrentCulture);

    public static Color SuggestionColour(SuggestionKind kind) => kind switch
    {
        SuggestionKind.Fill => Color.Error,
        SuggestionKind.Strengthen => Color.Warning,
        SuggestionKind.Extend => Color.Success,
        _ => Color.Default,
    };
}
