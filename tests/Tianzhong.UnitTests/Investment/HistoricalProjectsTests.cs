using System.Text.RegularExpressions;
using Tianzhong.Modules.Investment.Data;
using Tianzhong.UnitTests.Registry;
using Xunit;

namespace Tianzhong.UnitTests.Investment;

public sealed partial class HistoricalProjectsTests
{
    [Fact]
    public void The_history_is_exactly_the_list_of_signed_and_landed_projects_in_plan_A_part_1()
    {
        var sentence = LandedSentence().Match(GazetteSeed.Joined);
        Assert.True(sentence.Success, "The seed no longer holds the sentence naming the 13th-plan projects.");
        var inSeed = sentence.Groups["names"].Value.Split('、');

        var loaded = HistoryLoader.Read().Projects;

        Assert.Equal(14, loaded.Count);
        Assert.Equal(inSeed, loaded.Select(p => p.Name));
        Assert.Equal(loaded.Count, loaded.Select(p => p.Key).Distinct(StringComparer.Ordinal).Count());
    }

    [GeneratedRegex("签约落地的重大项目有：(?<names>[^。]+?)等。")]
    private static partial Regex LandedSentence();
}
