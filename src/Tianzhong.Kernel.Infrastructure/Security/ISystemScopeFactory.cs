using Microsoft.Extensions.DependencyInjection;

namespace Tianzhong.Kernel.Infrastructure.Security;

/// <summary>
/// Opens a separate service scope whose user is the system (it sees and may write every unit's records), for the
/// few checks that must look across units on a scoped user's behalf, such as double-claim detection. The caller's
/// own scope keeps its data scope; whatever runs in the system scope must return no more to the caller than a
/// yes/no answer. Writes made there are audited as the system; the caller records
/// what it asked for in its own scope.
/// </summary>
public interface ISystemScopeFactory
{
    AsyncServiceScope CreateSystemScope();
}
