using System.Xml.Linq;
using Tianzhong.Kernel.Auditing;
using Tianzhong.Kernel.Security;
using Xunit;

namespace Tianzhong.UnitTests;

/// <summary>Every string exists in both languages, and every enum or policy shown on screen has its label.</summary>
public sealed class ResourceCompletenessTests
{
    public static TheoryData<string> ResourceBases()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(Path.Combine(RepositoryRoot(), "src"), "*.resx", SearchOption.AllDirectories)
                     .Where(f => !f.EndsWith(".en.resx", StringComparison.Ordinal) && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)))
        {
            data.Add(Path.GetRelativePath(RepositoryRoot(), file[..^".resx".Length]));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ResourceBases))]
    public void Chinese_and_English_hold_the_same_keys(string resourceBase)
    {
        var chinese = Keys(Path.Combine(RepositoryRoot(), resourceBase + ".resx"));
        var english = Keys(Path.Combine(RepositoryRoot(), resourceBase + ".en.resx"));
        Assert.Empty(chinese.Except(english));
        Assert.Empty(english.Except(chinese));
    }

    [Fact]
    public void Identity_labels_cover_every_role_policy_and_audit_value()
    {
        var keys = Keys(Path.Combine(RepositoryRoot(), "src", "Modules", "Identity", "Resources", "IdentityText.resx"));
        var expected = Roles.All.Select(r => $"Role.{r}")
            .Concat(Policies.RolesByPolicy.Keys.Select(p => $"Policy.{p}"))
            .Concat(Enum.GetNames<AuditAction>().Select(a => $"AuditAction.{a}"))
            .Concat(Enum.GetNames<AuditOutcome>().Select(o => $"AuditOutcome.{o}"));
        Assert.Empty(expected.Except(keys));
    }

    private static HashSet<string> Keys(string path) =>
        [.. XDocument.Load(path).Root!.Elements("data").Select(d => (string)d.Attribute("name")!)];

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Tianzhong.slnx")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Tianzhong.slnx not found above " + AppContext.BaseDirectory);
    }
}
