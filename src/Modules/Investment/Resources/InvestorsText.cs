namespace Tianzhong.Modules.Investment.Resources;

/// <summary>Marker for the investor resources' and double claims' strings (InvestorsText.resx is zh-CN, InvestorsText.en.resx English).</summary>
public sealed class InvestorsText;
