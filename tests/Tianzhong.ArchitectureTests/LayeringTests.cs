using NetArchTest.Rules;
using Xunit;

namespace Tianzhong.ArchitectureTests;

/// <summary>The domain stays pure, and the kernel knows nothing about modules.</summary>
public sealed class LayeringTests
{
    /// <summary>Frameworks the domain and the kernel must not touch.</summary>
    internal static readonly string[] InfrastructureNamespaces =
    [
        "Microsoft.EntityFrameworkCore",
        "Microsoft.AspNetCore",
        "Npgsql",
        "MudBlazor",
        "ClosedXML",
        "System.Net.Http",
    ];

    public static TheoryData<string> ModuleNames() => [.. Solution.Modules.Select(Solution.ModuleName)];

    public static TheoryData<string> KernelAssemblies() => ["Tianzhong.Kernel", "Tianzhong.Kernel.Infrastructure"];

    [Theory]
    [MemberData(nameof(ModuleNames))]
    public void ModuleDomainDoesNotDependOnInfrastructure(string module)
    {
        var domain = Solution.ModuleNamespace(module) + ".Domain";
        Assert.NotEmpty(Types.InAssembly(Solution.Module(module)).That().ResideInNamespaceMatching(NamespaceOrBelow(domain)).GetTypes());

        var result = Types.InAssembly(Solution.Module(module)).That().ResideInNamespaceMatching(NamespaceOrBelow(domain))
            .ShouldNot().HaveDependencyOnAny(InfrastructureNamespaces)
            .GetResult();

        Assert.True(result.IsSuccessful, $"{domain} depends on infrastructure: {string.Join(", ", result.FailingTypeNames ?? [])}.");
    }

    [Fact]
    public void KernelDoesNotDependOnInfrastructure()
    {
        Assert.NotEmpty(Types.InAssembly(Solution.Kernel).GetTypes());

        var result = Types.InAssembly(Solution.Kernel)
            .ShouldNot().HaveDependencyOnAny(InfrastructureNamespaces)
            .GetResult();

        Assert.True(result.IsSuccessful, $"Tianzhong.Kernel depends on infrastructure: {string.Join(", ", result.FailingTypeNames ?? [])}.");
    }

    [Theory]
    [MemberData(nameof(KernelAssemblies))]
    public void KernelDoesNotDependOnAnyModule(string assembly)
    {
        var kernel = Solution.Named(assembly);
        Assert.NotEmpty(Types.InAssembly(kernel).GetTypes());

        var result = Types.InAssembly(kernel)
            .ShouldNot().HaveDependencyOn("Tianzhong.Modules")
            .GetResult();

        Assert.True(result.IsSuccessful, $"{assembly} depends on a module: {string.Join(", ", result.FailingTypeNames ?? [])}.");
    }

    [Fact]
    public void ProbeInfrastructureNamesAreSpelledSoTheScanFindsThem()
    {
        // Each framework the rules forbid is really used somewhere else in the solution (the module Data layers use
        // EF Core, the host uses ASP.NET Core...). If a name were misspelled the purity rules would pass vacuously.
        // System.Net.Http is the exception: nothing in the solution uses it today.
        foreach (var name in InfrastructureNamespaces.Where(n => n != "System.Net.Http"))
        {
            Assert.True(
                Types.InAssemblies(Solution.All).That().HaveDependencyOn(name).GetTypes().Any(),
                $"No type in the solution depends on {name}; the scan or the name is wrong.");
        }
    }

    [Fact]
    public void ProbeModulePrefixIsFoundInTheHost()
    {
        // The host composes the modules, so the rule used for the kernel would fail for it.
        var result = Types.InAssembly(Solution.Web).ShouldNot().HaveDependencyOn("Tianzhong.Modules").GetResult();

        Assert.False(result.IsSuccessful);
    }

    private static string NamespaceOrBelow(string ns) => "^" + System.Text.RegularExpressions.Regex.Escape(ns) + @"(\..+)?$";
}
