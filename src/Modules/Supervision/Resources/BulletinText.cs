namespace Tianzhong.Modules.Supervision.Resources;

/// <summary>Marker for the supervision bulletins' strings (BulletinText.resx is zh-CN, BulletinText.en.resx English).</summary>
public sealed class BulletinText;
