namespace Tianzhong.Web.Resources;

/// <summary>Marker for the host's shared strings (WebText.resx is zh-CN, WebText.en.resx English).</summary>
public sealed class WebText;
