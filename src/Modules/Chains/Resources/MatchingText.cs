namespace Tianzhong.Modules.Chains.Resources;

/// <summary>Marker for precision matching's strings (MatchingText.resx is zh-CN, MatchingText.en.resx English).</summary>
public sealed class MatchingText;
