namespace Tianzhong.Modules.Investment.Resources;

/// <summary>Marker for the strings of funds in place, the plan's rates and the attention lists (FundsText.resx zh-CN, FundsText.en.resx English).</summary>
public sealed class FundsText;
