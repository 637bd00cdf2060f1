using NetArchTest.Rules;
using Xunit;

namespace Tianzhong.ArchitectureTests;

/// <summary>
/// A module (namespace <c>Tianzhong.Modules.X</c>) may use another module Y only through <c>Tianzhong.Modules.Y.Contracts</c>.
/// </summary>
public sealed class ModuleBoundaryTests
{
    public static TheoryData<string, string> ModulePairs()
    {
        var names = Solution.Modules.Select(Solution.ModuleName).ToList();
        var data = new TheoryData<string, string>();
        foreach (var user in names)
        {
            foreach (var used in names.Where(n => n != user))
            {
                data.Add(user, used);
            }
        }

        return data;
    }

    public static TheoryData<string> ModuleNames() => [.. Solution.Modules.Select(Solution.ModuleName)];

    [Fact]
    public void AtLeastTwoModulesAreDiscovered()
    {
        var names = Solution.Modules.Select(Solution.ModuleName).ToList();

        Assert.True(names.Count >= 2, $"Expected at least 2 module assemblies, found: [{string.Join(", ", names)}].");
        Assert.Contains("Registry", names);
        Assert.Contains("Identity", names);
    }

    [Theory]
    [MemberData(nameof(ModuleNames))]
    public void EveryModuleHasDomainFeaturesAndDataTypes(string module)
    {
        var root = Solution.ModuleNamespace(module);
        var namespaces = Solution.SourceTypes(Solution.Module(module)).Select(t => t.Namespace ?? string.Empty).ToHashSet(StringComparer.Ordinal);

        foreach (var folder in new[] { "Domain", "Features", "Data" })
        {
            var ns = $"{root}.{folder}";
            Assert.True(
                namespaces.Any(n => n == ns || n.StartsWith(ns + ".", StringComparison.Ordinal)),
                $"Module {module} has no types in {ns}; namespaces found: {string.Join(", ", namespaces.Order(StringComparer.Ordinal))}.");
        }
    }

    [Theory]
    [MemberData(nameof(ModulePairs))]
    public void ModuleUsesAnotherModuleOnlyThroughItsContracts(string user, string used)
    {
        var forbidden = ForbiddenDependencies(used);
        Assert.NotEmpty(forbidden);

        var result = Types.InAssembly(Solution.Module(user))
            .ShouldNot().HaveDependencyOnAny([.. forbidden])
            .GetResult();

        Assert.True(
            result.IsSuccessful,
            $"Types of module {user} use {Solution.ModuleNamespace(used)} outside its Contracts namespace: {string.Join(", ", result.FailingTypeNames ?? [])}.");
    }

    [Fact]
    public void ProbeDependencyScanningSeesIdentityUsingRegistryContracts()
    {
        // Identity really depends on Registry.Contracts (user administration validates unit and department codes),
        // so a rule forbidding that dependency must fail. If it passed, the scanning would be blind and the
        // boundary test above would prove nothing.
        var identity = Solution.Module("Identity");

        var users = Types.InAssembly(identity).That().HaveDependencyOn("Tianzhong.Modules.Registry.Contracts").GetTypes().ToList();
        Assert.NotEmpty(users);

        var wouldFail = Types.InAssembly(identity).ShouldNot().HaveDependencyOn("Tianzhong.Modules.Registry.Contracts").GetResult();
        Assert.False(wouldFail.IsSuccessful, "A rule forbidding Identity -> Registry.Contracts should fail, but the dependency scan found nothing.");
        Assert.Contains(wouldFail.FailingTypeNames ?? [], n => n.StartsWith("Tianzhong.Modules.Identity.", StringComparison.Ordinal));
    }

    [Fact]
    public void ProbeForbiddenListCatchesARealNonContractDependency()
    {
        // The host composes the modules through RegistryModule (a root-namespace type, not a contract), so the
        // forbidden list built for Registry must flag it. This proves root-namespace types are covered too.
        var result = Types.InAssembly(Solution.Web)
            .ShouldNot().HaveDependencyOnAny([.. ForbiddenDependencies("Registry")])
            .GetResult();

        Assert.False(result.IsSuccessful, "The host's use of RegistryModule should count as a non-contract dependency.");
    }

    [Fact]
    public void ProbeForbiddenListExemptsOnlyContracts()
    {
        var forbidden = ForbiddenDependencies("Registry");

        Assert.DoesNotContain(forbidden, f => f == "Tianzhong.Modules.Registry" || f.StartsWith("Tianzhong.Modules.Registry.Contracts", StringComparison.Ordinal));
        Assert.Contains("Tianzhong.Modules.Registry.Domain", forbidden);
        Assert.Contains("Tianzhong.Modules.Registry.Data", forbidden);
        Assert.Contains("Tianzhong.Modules.Registry.RegistryModule", forbidden);
    }

    /// <summary>
    /// Everything of module <paramref name="module"/> except its contracts: each namespace below the module root other
    /// than <c>.Contracts</c>, plus each type declared directly in the root namespace (listing the root namespace
    /// itself would also match the contracts, since dependency names match by namespace prefix).
    /// </summary>
    internal static IReadOnlyList<string> ForbiddenDependencies(string module)
    {
        var root = Solution.ModuleNamespace(module);
        var contracts = root + ".Contracts";
        var types = Solution.SourceTypes(Solution.Module(module)).Where(t => !t.IsNested).ToList();

        var namespaces = types
            .Select(t => t.Namespace ?? string.Empty)
            .Where(n => n.StartsWith(root + ".", StringComparison.Ordinal))
            .Where(n => n != contracts && !n.StartsWith(contracts + ".", StringComparison.Ordinal));
        var rootTypes = types.Where(t => t.Namespace == root).Select(t => t.FullName!);

        return [.. namespaces.Concat(rootTypes).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
    }
}
