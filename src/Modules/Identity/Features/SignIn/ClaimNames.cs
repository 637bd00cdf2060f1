namespace Tianzhong.Modules.Identity.Features.SignIn;

/// <summary>Claims the platform adds to a signed-in principal.</summary>
public static class ClaimNames
{
    public const string Unit = "tz:unit";
    public const string Department = "tz:department";
    public const string DisplayName = "tz:display_name";
    public const string Culture = "tz:culture";
    public const string MustChangePassword = "tz:must_change_password";
    public const string MustEnrolTwoFactor = "tz:must_enrol_2fa";

    /// <summary>Unix time at which the sign-in ends whatever the activity (the 12-hour absolute lifetime).</summary>
    public const string SessionExpires = "tz:session_expires";
}
