using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;
using Tianzhong.Modules.Investment.Domain;

namespace Tianzhong.Modules.Investment.Features.Funds;

/// <summary>
/// Builds <see cref="FundsDefinitions"/> from <c>Investment:Funds</c>. The configuration binder appends configured
/// items to a list's defaults instead of replacing them, so a configured list is read whole and replaces the default.
/// </summary>
public sealed class FundsDefinitionsFactory(IConfiguration configuration) : IOptionsFactory<FundsDefinitions>
{
    public const string Section = "Investment:Funds";

    public FundsDefinitions Create(string name)
    {
        var section = configuration.GetSection(Section);
        var defaults = new FundsDefinitions();
        return new FundsDefinitions
        {
            OutsideProvince = Read(section, nameof(FundsDefinitions.OutsideProvince)) ?? defaults.OutsideProvince,
            OutsideCity = Read(section, nameof(FundsDefinitions.OutsideCity)) ?? defaults.OutsideCity,
        };
    }

    private static CapitalSource[]? Read(IConfigurationSection section, string key)
    {
        var list = section.GetSection(key);
        return list.Exists() ? [.. list.GetChildren().Select(c => Enum.Parse<CapitalSource>(c.Value ?? string.Empty, ignoreCase: true)).Distinct()] : null;
    }
}
