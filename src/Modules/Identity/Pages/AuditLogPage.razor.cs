using Tianzhong.Kernel.Infrastructure.Components;
using Microsoft.AspNetCore.Components;
using Tianzhong.Kernel.Auditing;
using Tianzhong.Modules.Identity.Domain;
using Tianzhong.Modules.Identity.Features.Audit;

namespace Tianzhong.Modules.Identity.Pages;

public sealed partial class AuditLogPage
{
    private AuditPage _page = new([], 0, 1, 50);
    private AuditChainVerification? _verification;
    private string? _user;
    private AuditAction? _action;
    private DateTime? _from;
    private DateTime? _to;

    [Inject]
    private AuditLog Log { get; set; } = default!;

    private int PageCount => Paging.PageCount(_page.Total, _page.PageSize);

    private string ExportUrl => $"/api/v1/identity/audit/export?{string.Join("&", QueryParts())}";

    protected override Task OnInitializedAsync() => LoadAsync(1);

    private AuditQuery Query(int page) => new(_from?.ToUniversalTime(), _to?.AddDays(1).ToUniversalTime(), string.IsNullOrWhiteSpace(_user) ? null : _user.Trim(), _action, null, null, page, 50);

    private Task LoadAsync(int page) => WhileOpenAsync(async () => _page = await Log.SearchAsync(Query(page), PageToken));

    private Task VerifyAsync() => WhileOpenAsync(async () => _verification = await Log.VerifyAsync(PageToken));

    private IEnumerable<string> QueryParts()
    {
        var q = Query(1);
        if (q.UserName is not null)
        {
            yield return "userName=" + Uri.EscapeDataString(q.UserName);
        }

        if (q.Action is not null)
        {
            yield return "action=" + q.Action;
        }

        if (q.FromUtc is { } from)
        {
            yield return "fromUtc=" + Uri.EscapeDataString(from.ToString("O", System.Globalization.CultureInfo.InvariantCulture));
        }

        if (q.ToUtc is { } to)
        {
            yield return "toUtc=" + Uri.EscapeDataString(to.ToString("O", System.Globalization.CultureInfo.InvariantCulture));
        }
    }
}
