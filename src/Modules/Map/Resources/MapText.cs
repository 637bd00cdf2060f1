namespace Tianzhong.Modules.Map.Resources;

/// <summary>Marker for the module's strings (MapText.resx is zh-CN, MapText.en.resx English).</summary>
public sealed class MapText;
