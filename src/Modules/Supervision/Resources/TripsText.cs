namespace Tianzhong.Modules.Supervision.Resources;

/// <summary>Marker for the weekly trips' strings (TripsText.resx is zh-CN, TripsText.en.resx English).</summary>
public sealed class TripsText;
