namespace Tianzhong.Modules.Investment.Contracts;

/// <summary>
/// Whether the platform runs with the generated demonstration data set (configuration <c>Demo:Enabled</c>). Pages show
/// a banner (ImportText <c>Demo.Banner</c>) on every page while it is on, so nobody mistakes the data for real figures.
/// </summary>
public interface IDemoMode
{
    /// <summary>True when <c>Demo:Enabled</c> is set; the demo data set is loaded at start.</summary>
    bool Enabled { get; }

    /// <summary>The banner text in the current UI language.</summary>
    string Banner { get; }
}
