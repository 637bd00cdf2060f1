using System.Text.RegularExpressions;
using NetArchTest.Rules;
using Xunit;

namespace Tianzhong.ArchitectureTests;

/// <summary>
/// A module's <c>Contracts</c> namespace is what other modules may use, so it holds only interfaces and plain
/// records/classes: no EF Core or ASP.NET Core types, and nothing from the module's own internals.
/// </summary>
public sealed class ContractsTests
{
    public static TheoryData<string> ModuleNames() => [.. Solution.Modules.Select(Solution.ModuleName)];

    [Fact]
    public void SomeModuleHasContracts()
    {
        var contracts = Solution.Modules.SelectMany(m => ContractTypes(Solution.ModuleName(m))).ToList();

        Assert.NotEmpty(contracts);
        Assert.Contains(contracts, t => t.FullName == "Tianzhong.Modules.Registry.Contracts.IUnitDirectory");
    }

    [Theory]
    [MemberData(nameof(ModuleNames))]
    public void ContractsHoldOnlyInterfacesRecordsClassesAndEnums(string module)
    {
        var offenders = ContractTypes(module)
            .Where(t => !t.IsInterface && !t.IsClass && !t.IsEnum)
            .Select(t => $"{t.FullName} ({(t.IsEnum ? "enum" : t.IsValueType ? "struct" : "other")})")
            .ToList();

        Assert.True(offenders.Count == 0, $"Contracts of {module} hold types other than interfaces, records, classes and enums: {string.Join(", ", offenders)}.");
    }

    [Theory]
    [MemberData(nameof(ModuleNames))]
    public void ContractsDoNotDependOnEfCoreOrAspNetCore(string module)
    {
        var result = ContractsOf(module)
            .ShouldNot().HaveDependencyOnAny(LayeringTests.InfrastructureNamespaces)
            .GetResult();

        Assert.True(result.IsSuccessful, $"Contracts of {module} depend on infrastructure: {string.Join(", ", result.FailingTypeNames ?? [])}.");
    }

    [Theory]
    [MemberData(nameof(ModuleNames))]
    public void ContractsDoNotExposeTheModulesInternals(string module)
    {
        var result = ContractsOf(module)
            .ShouldNot().HaveDependencyOnAny([.. ModuleBoundaryTests.ForbiddenDependencies(module)])
            .GetResult();

        Assert.True(result.IsSuccessful, $"Contracts of {module} expose the module's internals (Domain, Data, Features...): {string.Join(", ", result.FailingTypeNames ?? [])}.");
    }

    [Fact]
    public void ProbeContractsSelectionFindsRegistryContracts()
    {
        Assert.NotEmpty(ContractsOf("Registry").GetTypes());
    }

    private static PredicateList ContractsOf(string module)
    {
        var contracts = Solution.ModuleNamespace(module) + ".Contracts";
        return Types.InAssembly(Solution.Module(module)).That().ResideInNamespaceMatching("^" + Regex.Escape(contracts) + @"(\..+)?$");
    }

    private static IEnumerable<Type> ContractTypes(string module)
    {
        var contracts = Solution.ModuleNamespace(module) + ".Contracts";
        return Solution.SourceTypes(Solution.Module(module))
            .Where(t => t.Namespace == contracts || (t.Namespace ?? string.Empty).StartsWith(contracts + ".", StringComparison.Ordinal));
    }
}
