namespace Tianzhong.Modules.Supervision.Resources;

/// <summary>Marker for the Supervision module's strings (SupervisionText.resx is zh-CN, SupervisionText.en.resx English).</summary>
public sealed class SupervisionText;
