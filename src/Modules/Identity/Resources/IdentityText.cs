namespace Tianzhong.Modules.Identity.Resources;

/// <summary>Marker for the Identity module's strings (IdentityText.resx is zh-CN, IdentityText.en.resx English).</summary>
public sealed class IdentityText;
