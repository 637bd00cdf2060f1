namespace Tianzhong.Modules.Investment.Resources;

/// <summary>Marker for the project lifecycle's strings (LifecycleText.resx is zh-CN, LifecycleText.en.resx English).</summary>
public sealed class LifecycleText;
