using System.Reflection;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Tianzhong.ArchitectureTests;

/// <summary>
/// Every module is shaped the same way: a public static class <c>Tianzhong.Modules.X.XModule</c> with
/// <c>AddXModule(this IServiceCollection)</c> to register it and <c>MapXApi(this IEndpointRouteBuilder)</c> to map its API.
/// </summary>
public sealed class ModuleShapeTests
{
    public static TheoryData<string> ModuleNames() => [.. Solution.Modules.Select(Solution.ModuleName)];

    [Theory]
    [MemberData(nameof(ModuleNames))]
    public void ModuleHasAPublicStaticModuleClass(string module)
    {
        var name = $"{Solution.ModuleNamespace(module)}.{module}Module";
        var type = Solution.Module(module).GetType(name);

        Assert.True(type is not null, $"Module {module} has no class {name}.");
        Assert.True(type.IsPublic, $"{name} is not public.");
        Assert.True(type.IsAbstract && type.IsSealed, $"{name} is not static.");
    }

    [Theory]
    [MemberData(nameof(ModuleNames))]
    public void ModuleClassRegistersTheModule(string module)
    {
        var method = ModuleMethod(module, $"Add{module}Module");

        Assert.Equal(typeof(IServiceCollection), method.GetParameters().FirstOrDefault()?.ParameterType);
        Assert.True(method.IsDefined(typeof(System.Runtime.CompilerServices.ExtensionAttribute), inherit: false), $"{method.Name} is not an extension method.");
    }

    [Theory]
    [MemberData(nameof(ModuleNames))]
    public void ModuleClassMapsTheApi(string module)
    {
        var method = ModuleMethod(module, $"Map{module}Api");

        Assert.Equal(typeof(IEndpointRouteBuilder), method.GetParameters().FirstOrDefault()?.ParameterType);
        Assert.True(method.IsDefined(typeof(System.Runtime.CompilerServices.ExtensionAttribute), inherit: false), $"{method.Name} is not an extension method.");
    }

    [Fact]
    public void HostCallsEveryModulesRegistration()
    {
        // A module that is discovered but never added to the host would silently do nothing.
        foreach (var module in Solution.Modules.Select(Solution.ModuleName))
        {
            var moduleClass = $"{Solution.ModuleNamespace(module)}.{module}Module";
            var result = NetArchTest.Rules.Types.InAssembly(Solution.Web).That().HaveDependencyOn(moduleClass).GetTypes();
            Assert.True(result.Any(), $"The host never uses {moduleClass}.");
        }
    }

    private static MethodInfo ModuleMethod(string module, string methodName)
    {
        var type = Solution.Module(module).GetType($"{Solution.ModuleNamespace(module)}.{module}Module")
            ?? throw new InvalidOperationException($"Module {module} has no {module}Module class.");
        var method = type.GetMethod(methodName, BindingFlags.Public | BindingFlags.Static);
        Assert.True(method is not null, $"{type.FullName} has no public static method {methodName}.");
        return method;
    }
}
