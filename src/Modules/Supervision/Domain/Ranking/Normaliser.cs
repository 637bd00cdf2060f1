namespace Tianzhong.Modules.Supervision.Domain.Ranking;

/// <summary>How one unit's weighted value becomes a 0–1 share of the indicator's weight.</summary>
internal static class Normaliser
{
    /// <summary>The method used, its reference values and the share.</summary>
    /// <param name="method">The scheme's method.</param>
    /// <param name="value">The unit's weighted value.</param>
    /// <param name="target">The unit's target when above 0.</param>
    /// <param name="cap">The completion cap (≥ 1 once checked).</param>
    /// <param name="lowest">The lowest weighted value of all units for the indicator.</param>
    /// <param name="highest">The highest weighted value of all units for the indicator.</param>
    public static (Normalisation Method, decimal? Low, decimal? High, decimal Share) Apply(Normalisation method, decimal value, decimal? target, decimal cap, decimal lowest, decimal highest)
    {
        switch (method)
        {
            case Normalisation.TargetCompletion when target is { } t:
                // Completion counts up to the cap (1.2: overshooting by 20% still earns), and the cap earns the full
                // weight. A negative value (net withdrawals) earns nothing rather than negative points.
                return (method, null, null, Math.Min(Math.Max(value, 0m) / t, cap) / cap);
            case Normalisation.TargetCompletion:
            case Normalisation.RatioToBest:
                // Without a target a target-completion scheme cannot compare the unit with itself, so it is compared
                // with the best unit instead; Method says so on screen.
                return (Normalisation.RatioToBest, null, highest, highest <= 0m ? 0m : Math.Max(value, 0m) / highest);
            case Normalisation.MinMax:
                if (highest == lowest)
                {
                    // Everyone equal: all earn the full weight when they achieved something, nothing when all stand at 0 (or below).
                    return (method, lowest, highest, highest > 0m ? 1m : 0m);
                }

                return (method, lowest, highest, (value - lowest) / (highest - lowest));
            default:
                throw new ArgumentOutOfRangeException(nameof(method), method, "Unknown normalisation.");
        }
    }
}
