using Microsoft.EntityFrameworkCore;
using Tianzhong.Kernel.Infrastructure.Persistence;
using Tianzhong.Kernel.Security;

namespace Tianzhong.Modules.Map.Data;

/// <summary>The investment map (热力图): units on an offline map, carriers, land parcels, inspection routes and cooperation opportunities. Tables are prefixed <c>map_</c>.</summary>
public sealed class MapDb(DbContextOptions<MapDb> options, ICurrentUser currentUser) : ModuleDbContext(options, currentUser)
{
    public const string HistoryTable = "__map_migrations";
}
