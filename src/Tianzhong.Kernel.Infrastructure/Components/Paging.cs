namespace Tianzhong.Kernel.Infrastructure.Components;

/// <summary>Page arithmetic shared by every paged table.</summary>
public static class Paging
{
    /// <summary>How many pages <paramref name="total"/> rows fill; at least one, so the pager always shows.</summary>
    public static int PageCount(int total, int pageSize) => Math.Max(1, (int)Math.Ceiling(total / (double)Math.Max(1, pageSize)));
}
