namespace Tianzhong.Modules.Investment.Resources;

/// <summary>Marker for the strings of the project library's charts (ChartText.resx zh-CN, ChartText.en.resx English).</summary>
public sealed class ChartText;
