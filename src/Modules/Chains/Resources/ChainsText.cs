namespace Tianzhong.Modules.Chains.Resources;

/// <summary>Marker for the module's strings (ChainsText.resx is zh-CN, ChainsText.en.resx English).</summary>
public sealed class ChainsText;
