namespace Tianzhong.Modules.Registry.Resources;

/// <summary>Marker for the Registry module's strings (RegistryText.resx is zh-CN, RegistryText.en.resx English).</summary>
public sealed class RegistryText;
