using Microsoft.EntityFrameworkCore;
using Tianzhong.Kernel.Infrastructure.Persistence;
using Tianzhong.Kernel.Security;

namespace Tianzhong.Modules.Chains.Data;

/// <summary>Industry chains (产业链招商图谱) and precision matching (精准招商): chains, links, attachments, gap rules and enterprise scores. Tables are prefixed <c>chains_</c>.</summary>
public sealed class ChainsDb(DbContextOptions<ChainsDb> options, ICurrentUser currentUser) : ModuleDbContext(options, currentUser)
{
    public const string HistoryTable = "__chains_migrations";
}
