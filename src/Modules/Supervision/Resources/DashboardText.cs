namespace Tianzhong.Modules.Supervision.Resources;

/// <summary>Marker for the dashboards' strings (DashboardText.resx is zh-CN, DashboardText.en.resx English).</summary>
public sealed class DashboardText;
