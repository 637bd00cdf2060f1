using System.Diagnostics;
using Tianzhong.Kernel.Security;

namespace Tianzhong.Bench;

/// <summary>Median and 95th percentile of an action's wall time in milliseconds.</summary>
internal sealed record Timing(double Median, double P95)
{
    /// <summary>Warms up (a tenth of the iterations, at least 10), then times <paramref name="iterations"/> runs.</summary>
    public static async Task<Timing> TimeAsync(Func<Task> action, int iterations)
    {
        for (var i = 0; i < Math.Max(10, iterations / 10); i++)
        {
            await action();
        }

        var samples = new double[iterations];
        for (var i = 0; i < iterations; i++)
        {
            var start = Stopwatch.GetTimestamp();
            await action();
            samples[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        }

        Array.Sort(samples);
        return new Timing(samples[iterations / 2], samples[Math.Min(iterations - 1, (int)Math.Ceiling(iterations * 0.95) - 1)]);
    }
}

/// <summary>The system identity for contexts the bench builds by hand (bulk loads, SQL capture).</summary>
internal sealed class SystemUser : ICurrentUser
{
    public bool IsAuthenticated => true;

    public bool IsSystem => true;

    public string? UserId => null;

    public string? UserName => "bench";

    public string? UnitCode => null;

    public string? DepartmentCode => null;

    public bool IsInRole(string role) => false;
}
