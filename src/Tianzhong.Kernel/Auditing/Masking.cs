namespace Tianzhong.Kernel.Auditing;

/// <summary>Masks personal data for lists and logs: phones keep 3 + 4 digits, ID numbers 6 + 4, anything else its ends.</summary>
public static class Masking
{
    public static string Mask(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return string.Empty;
        }

        var (head, tail) = value.Length switch
        {
            18 => (6, 4),
            11 => (3, 4),
            <= 4 => (0, 0),
            _ => (Math.Min(3, value.Length / 3), Math.Min(4, value.Length / 3)),
        };
        return string.Concat(value.AsSpan(0, head), new string('*', value.Length - head - tail), value.AsSpan(value.Length - tail));
    }
}
