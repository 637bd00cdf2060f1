using Microsoft.Extensions.Localization;
using Tianzhong.Kernel.Infrastructure.Persistence;
using Tianzhong.Web.Resources;

namespace Tianzhong.Web.Infrastructure;

public sealed class LocalizedScopeMessages(IStringLocalizer<WebText> text) : IScopeMessages
{
    public string OutsideUnit => text["Scope.OutsideUnit"];

    public string OutsideDepartment => text["Scope.OutsideDepartment"];
}
