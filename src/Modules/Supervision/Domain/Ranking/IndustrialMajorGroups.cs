using System.Globalization;

namespace Tianzhong.Modules.Supervision.Domain.Ranking;

/// <summary>
/// Industry (工业) in GB/T 4754-2017: section B 采矿业 (major groups 06–12), C 制造业 (13–43) and D 电力、热力、燃气
/// 及水生产和供应业 (44–46), i.e. the two-digit major groups 06 to 46.
/// </summary>
public static class IndustrialMajorGroups
{
    public const int First = 6;

    public const int Last = 46;

    /// <summary>True when <paramref name="majorGroupCode"/> is a two-digit major group of sections B, C or D.</summary>
    public static bool IsIndustrial(string? majorGroupCode) =>
        majorGroupCode is { Length: 2 }
        && char.IsAsciiDigit(majorGroupCode[0])
        && char.IsAsciiDigit(majorGroupCode[1])
        && int.Parse(majorGroupCode, NumberStyles.None, CultureInfo.InvariantCulture) is >= First and <= Last;
}
