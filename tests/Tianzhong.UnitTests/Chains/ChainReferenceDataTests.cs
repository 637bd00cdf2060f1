using System.Text.Json;
using Tianzhong.Modules.Chains.Data;
using Tianzhong.UnitTests.Registry;
using Xunit;

namespace Tianzhong.UnitTests.Chains;

/// <summary>The reference chains against the seed: one chain per direction, every link name and note in the seed's own words.</summary>
public sealed class ChainReferenceDataTests
{
    [Fact]
    public void Every_industry_direction_has_one_chain_with_its_name_and_category()
    {
        var file = ChainsFile.Load();
        using var directions = JsonDocument.Parse(File.ReadAllText(DirectionsPath()));
        var expected = directions.RootElement.GetProperty("directions").EnumerateArray()
            .Select(d => (d.GetProperty("code").GetString(), d.GetProperty("name").GetString(), d.GetProperty("category").GetString())).ToList();
        Assert.Equal(expected, file.Chains.Select(c => ((string?)c.Code, (string?)c.Name, (string?)c.Category)));
        Assert.Equal(file.Chains.Count, file.Chains.Select(c => c.Order).Distinct().Count());
        Assert.All(file.Chains, c => Assert.Contains(file.Categories, k => k.Code == c.Category));
    }

    [Fact]
    public void Every_link_name_and_note_is_the_seeds_words()
    {
        var seed = GazetteSeed.Joined;
        var file = ChainsFile.Load();
        Assert.All(file.Categories, c => Assert.Contains(c.Name, seed, StringComparison.Ordinal));
        foreach (var chain in file.Chains)
        {
            Assert.Contains(chain.Name, seed, StringComparison.Ordinal);
            var names = new List<string>();
            foreach (var link in Flatten(chain.Links))
            {
                Assert.True(seed.Contains(link.Name, StringComparison.Ordinal), $"{chain.Code}: link {link.Name} is not in the seed.");
                Assert.True(seed.Contains(link.Note, StringComparison.Ordinal), $"{chain.Code}: the note of {link.Name} is not in the seed.");
                Assert.Contains(link.Name, link.Note, StringComparison.Ordinal);
                Assert.InRange(link.Name.Length, 1, 64);
                Assert.InRange(link.Note.Length, 1, 500);
                names.Add(link.Name);
            }

            Assert.Equal(names.Count, names.Distinct(StringComparer.Ordinal).Count());
        }
    }

    [Fact]
    public void The_seeds_own_chains_are_there_and_directions_without_sub_sectors_start_empty()
    {
        var file = ChainsFile.Load();
        var ev = file.Chains.Single(c => c.Code == "electric-vehicles");
        var path = new List<string>();
        for (var level = ev.Links; level is { Count: > 0 }; level = level[0].Children)
        {
            path.Add(level[0].Name);
        }

        // 形成集产品研发、原料加工、零部件生产、整车组装、物流销售于一体的新能源电动车产业全链条.
        Assert.Equal(["产品研发", "原料加工", "零部件生产", "整车组装"], path.Take(4));
        Assert.Contains(Flatten(ev.Links), l => l.Name == "物流销售");
        Assert.Equal(6, Flatten(file.Chains.Single(c => c.Code == "equipment").Links).Count());
        Assert.Empty(file.Chains.Single(c => c.Code == "brain-inspired").Links);
        Assert.Empty(file.Chains.Single(c => c.Code == "future-networks").Links);
        Assert.Empty(file.Chains.Single(c => c.Code == "advanced-materials").Links);
    }

    private static IEnumerable<ChainLinkRow> Flatten(IReadOnlyList<ChainLinkRow>? links) =>
        (links ?? []).SelectMany(l => Flatten(l.Children).Prepend(l));

    private static string DirectionsPath()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var path = Path.Combine(dir.FullName, "src", "Modules", "Registry", "Data", "ReferenceData", "industry-directions.json");
            if (File.Exists(path))
            {
                return path;
            }
        }

        throw new InvalidOperationException("industry-directions.json not found above " + AppContext.BaseDirectory);
    }
}
