namespace Tianzhong.Modules.Identity.Features.SignIn;

/// <summary>Which return URLs may be redirected to: paths on this site only.</summary>
public static class LocalUrls
{
    // Same rule as ASP.NET Core's IsLocalUrl: one leading slash, not "//" or "/\" (which browsers treat as another host).
    public static bool IsLocal(string? url) =>
        !string.IsNullOrEmpty(url) && url[0] == '/' && (url.Length == 1 || (url[1] != '/' && url[1] != '\\')) && !url.Any(char.IsControl);
}
