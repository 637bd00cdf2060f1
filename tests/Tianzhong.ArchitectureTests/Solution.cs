using System.Reflection;
using System.Runtime.CompilerServices;

namespace Tianzhong.ArchitectureTests;

/// <summary>
/// The solution's assemblies as the architecture tests see them. Modules are discovered, never listed by hand:
/// every assembly named <c>Tianzhong.Modules.*</c> that the host references (directly or transitively) or that sits
/// next to the test assembly is a module, so a new module is covered without touching the tests.
/// </summary>
internal static class Solution
{
    public const string ModulePrefix = "Tianzhong.Modules.";

    private static readonly Lazy<IReadOnlyList<Assembly>> LoadedAssemblies = new(LoadAll);

    /// <summary>Every loaded assembly whose name starts with <c>Tianzhong.</c>.</summary>
    public static IReadOnlyList<Assembly> All => LoadedAssemblies.Value;

    /// <summary>The module assemblies (<c>Tianzhong.Modules.X</c>), ordered by name.</summary>
    public static IReadOnlyList<Assembly> Modules =>
        [.. All.Where(a => a.GetName().Name!.StartsWith(ModulePrefix, StringComparison.Ordinal)).OrderBy(a => a.GetName().Name, StringComparer.Ordinal)];

    public static Assembly Kernel => Named("Tianzhong.Kernel");

    public static Assembly KernelInfrastructure => Named("Tianzhong.Kernel.Infrastructure");

    public static Assembly Web => Named("Tianzhong.Web");

    /// <summary>"Registry" for <c>Tianzhong.Modules.Registry</c>.</summary>
    public static string ModuleName(Assembly module) => module.GetName().Name![ModulePrefix.Length..];

    /// <summary>The module's root namespace, e.g. <c>Tianzhong.Modules.Registry</c>.</summary>
    public static string ModuleNamespace(string moduleName) => ModulePrefix + moduleName;

    public static Assembly Module(string moduleName) =>
        Modules.SingleOrDefault(a => ModuleName(a) == moduleName)
        ?? throw new InvalidOperationException($"Module assembly {ModulePrefix}{moduleName} is not loaded.");

    public static Assembly Named(string name) =>
        All.SingleOrDefault(a => a.GetName().Name == name)
        ?? throw new InvalidOperationException($"Assembly {name} is not loaded; loaded: {string.Join(", ", All.Select(a => a.GetName().Name))}.");

    /// <summary>Types written in source (no compiler-generated closures, display classes or anonymous types).</summary>
    public static IEnumerable<Type> SourceTypes(Assembly assembly)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        Type?[] types;
        try
        {
            types = assembly.GetTypes();
        }
        catch (ReflectionTypeLoadException e)
        {
            types = e.Types;
        }

        return types.OfType<Type>().Where(t => !t.Name.StartsWith('<') && !t.IsDefined(typeof(CompilerGeneratedAttribute), inherit: false));
    }

    /// <summary>The folder holding <c>Tianzhong.slnx</c>, found by walking up from the test binaries.</summary>
    public static DirectoryInfo RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Tianzhong.slnx")))
            {
                return dir;
            }
        }

        throw new InvalidOperationException($"No folder above {AppContext.BaseDirectory} contains Tianzhong.slnx.");
    }

    private static List<Assembly> LoadAll()
    {
        // Start from the host, which references every module, and follow references transitively.
        var pending = new Stack<Assembly>([typeof(Program).Assembly]);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (pending.Count > 0)
        {
            var assembly = pending.Pop();
            if (!seen.Add(assembly.GetName().Name!))
            {
                continue;
            }

            foreach (var reference in assembly.GetReferencedAssemblies().Where(r => r.Name!.StartsWith("Tianzhong.", StringComparison.Ordinal)))
            {
                pending.Push(Assembly.Load(reference));
            }
        }

        // Also pick up any Tianzhong assembly copied next to the tests (a module the host does not reference yet).
        foreach (var file in Directory.EnumerateFiles(AppContext.BaseDirectory, "Tianzhong.*.dll"))
        {
            var name = AssemblyName.GetAssemblyName(file);
            if (!name.Name!.EndsWith("Tests", StringComparison.Ordinal) && !seen.Contains(name.Name))
            {
                Assembly.Load(name);
                seen.Add(name.Name);
            }
        }

        return [.. AppDomain.CurrentDomain.GetAssemblies()
            .Where(a => !a.IsDynamic && a.GetName().Name is { } n && n.StartsWith("Tianzhong.", StringComparison.Ordinal) && !n.EndsWith("Tests", StringComparison.Ordinal))
            .GroupBy(a => a.GetName().Name)
            .Select(g => g.First())
            .OrderBy(a => a.GetName().Name, StringComparer.Ordinal)];
    }
}
