namespace Tianzhong.Modules.Investment.Resources;

/// <summary>Marker for the Investment module's strings (InvestmentText.resx is zh-CN, InvestmentText.en.resx English).</summary>
public sealed class InvestmentText;
