namespace Tianzhong.Modules.Chains.Domain;

/// <summary>What plan A part 4(1) asks for a link (强链、补链、延链招商), read from its gap status.</summary>
public enum SuggestionKind
{
    /// <summary>Nothing to suggest: a strong link that already has links downstream.</summary>
    None,

    /// <summary>补链: the link is missing; attract enterprises and projects to fill it.</summary>
    Fill,

    /// <summary>强链: the link is weak; attract more to strengthen it.</summary>
    Strengthen,

    /// <summary>延链: the link is strong and nothing hangs downstream of it; extend the chain from it.</summary>
    Extend,
}

public static class ChainSuggestions
{
    /// <summary>Missing → fill, weak → strengthen, strong with no child link → extend, otherwise none.</summary>
    public static SuggestionKind For(GapStatus status, bool hasChildren) => status switch
    {
        GapStatus.Missing => SuggestionKind.Fill,
        GapStatus.Weak => SuggestionKind.Strengthen,
        GapStatus.Strong when !hasChildren => SuggestionKind.Extend,
        _ => SuggestionKind.None,
    };
}
