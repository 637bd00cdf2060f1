namespace Tianzhong.Modules.Supervision.Resources;

/// <summary>Marker for the 三个一批 and centralised-signing strings (BatchesText.resx is zh-CN, BatchesText.en.resx English).</summary>
public sealed class BatchesText;
