using System.Net;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Tianzhong.IntegrationTests.Infrastructure;
using Tianzhong.Kernel.Security;
using Xunit;

namespace Tianzhong.IntegrationTests.Supervision;

/// <summary>The weekly and 三个一批 bulletins download as Word documents with their titles and every unit; downloads are audited.</summary>
[Collection(AppFixtureGroup.Name)]
public sealed class BulletinsApiTests(TianzhongFactory factory)
{
    [Fact]
    public async Task The_weekly_bulletin_lists_the_units_without_a_trip_and_the_quarterly_one_has_a_row_per_unit_and_a_total()
    {
        using var city = await SupervisionSeed.CityAsync(factory);

        // A week in 2030 nobody travels: every unit is listed as having no trip.
        var weekly = await OpenAsync(city, "/api/v1/supervision/bulletins/weekly/2030-01-09");
        var weeklyText = weekly.Body.InnerText;
        Assert.Contains(weekly.Body.Elements<Paragraph>(), p => p.InnerText == "县区主要领导外出招商周动态");
        Assert.Contains("新蔡县", weeklyText, StringComparison.Ordinal);
        Assert.Contains("高新技术产业开发区", weeklyText, StringComparison.Ordinal);
        Assert.Contains("2030年第2周", weeklyText, StringComparison.Ordinal);

        var quarterly = await OpenAsync(city, "/api/v1/supervision/bulletins/quarterly/2030/1");
        Assert.Contains(quarterly.Body.Elements<Paragraph>(), p => p.InnerText == "“三个一批”项目建设通报");
        var unitRows = quarterly.Body.Descendants<Table>().First().Elements<TableRow>().Skip(1).ToList();
        Assert.Equal(14, unitRows.Count);
        Assert.StartsWith("驿城区", unitRows[0].InnerText, StringComparison.Ordinal);

        var exports = await AuditReader.EntriesAsync(factory, "Export");
        Assert.Contains(exports, e => e.ObjectType == "WeeklyBulletin" && e.ObjectId == "2030-W02");
        Assert.Contains(exports, e => e.ObjectType == "QuarterlyBulletin" && e.ObjectId == "2030-1");

        using var county = await factory.ClientForRoleAsync(Roles.CountyOfficer, unitCode: "411722");
        using var bad = await county.GetAsync("/api/v1/supervision/bulletins/quarterly/2030/9");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
    }

    private static async Task<(WordprocessingDocument Document, Body Body)> OpenAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(path);
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        var document = WordprocessingDocument.Open(new MemoryStream(await response.Content.ReadAsByteArrayAsync()), false);
        return (document, document.MainDocumentPart!.Document.Body!);
    }
}
