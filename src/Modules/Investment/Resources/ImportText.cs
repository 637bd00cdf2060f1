namespace Tianzhong.Modules.Investment.Resources;

/// <summary>Marker for the Excel import/export and demo-data strings (ImportText.resx is zh-CN, ImportText.en.resx English).</summary>
public sealed class ImportText;
