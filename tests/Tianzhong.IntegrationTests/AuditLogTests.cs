using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ClosedXML.Excel;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tianzhong.IntegrationTests.Infrastructure;
using Tianzhong.Kernel.Security;
using Tianzhong.Modules.Identity.Data;
using Xunit;

namespace Tianzhong.IntegrationTests;

/// <summary>Runs on its own database because it tampers with the audit table.</summary>
public sealed class AuditLogTests : IClassFixture<TianzhongFactory>
{
    private readonly TianzhongFactory _factory;

    public AuditLogTests(TianzhongFactory factory) => _factory = factory;

    [Fact]
    public async Task The_audit_administrator_searches_exports_and_verifies_an_intact_chain()
    {
        var officer = await _factory.CreateUserAsync(Roles.CityOfficer);
        using (await _factory.RequestTokenAsync(officer, password: "Wrong!Passw0rd#1"))
        {
        }

        using var auditor = await _factory.ClientForRoleAsync(Roles.AuditAdministrator);
        var page = await auditor.GetFromJsonAsync<JsonElement>($"/api/v1/identity/audit?userName={officer.UserName}&action=SignInFailed");
        var item = Assert.Single(page.GetProperty("items").EnumerateArray());
        Assert.Equal("Failure", item.GetProperty("outcome").GetString());

        var verification = await auditor.GetFromJsonAsync<JsonElement>("/api/v1/identity/audit/verify");
        Assert.True(verification.GetProperty("isIntact").GetBoolean(), verification.ToString());
        Assert.True(verification.GetProperty("entriesChecked").GetInt64() > 3);

        using var export = await auditor.GetAsync("/api/v1/identity/audit/export?action=SignInFailed");
        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        using var workbook = new XLWorkbook(await export.Content.ReadAsStreamAsync());
        Assert.Equal("序号", workbook.Worksheets.First().Cell(1, 1).GetString());
        Assert.True(workbook.Worksheets.First().LastRowUsed().RowNumber() >= 2);
        Assert.Contains(await AuditReader.EntriesAsync(_factory, "Export"), e => e.ObjectType == "AuditLog");
    }

    [Fact]
    public async Task The_database_refuses_to_change_or_delete_audit_entries()
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<AuditDb>>().CreateDbContextAsync();
        await using (db)
        {
            await Assert.ThrowsAnyAsync<Exception>(() => db.Database.ExecuteSqlRawAsync("UPDATE identity_audit_entries SET \"Detail\" = 'forged'"));
            await Assert.ThrowsAnyAsync<Exception>(() => db.Database.ExecuteSqlRawAsync("DELETE FROM identity_audit_entries"));
            Assert.DoesNotContain(await db.Entries.AsNoTracking().ToListAsync(), e => e.Detail == "forged");
        }
    }

    [Fact]
    public async Task Tampering_that_bypasses_the_database_guard_is_detected_by_verification()
    {
        await using var tampered = new TianzhongFactory();
        await ((IAsyncLifetime)tampered).InitializeAsync();
        try
        {
            await tampered.CreateUserAsync(Roles.CityOfficer);
            await using (var scope = tampered.Services.CreateAsyncScope())
            {
                var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<AuditDb>>().CreateDbContextAsync();
                await using (db)
                {
                    // An attacker with owner rights drops the guard first; the hash chain must still expose the edit.
                    var drop = tampered.Database.IsPostgres
                        ? "ALTER TABLE identity_audit_entries DISABLE TRIGGER USER"
                        : "DROP TRIGGER identity_audit_entries_no_update";
                    await db.Database.ExecuteSqlRawAsync(drop);
                    await db.Database.ExecuteSqlRawAsync("UPDATE identity_audit_entries SET \"Detail\" = 'forged' WHERE \"Sequence\" = 2");
                }
            }

            using var auditor = await tampered.ClientForRoleAsync(Roles.AuditAdministrator);
            var verification = await auditor.GetFromJsonAsync<JsonElement>("/api/v1/identity/audit/verify");
            Assert.False(verification.GetProperty("isIntact").GetBoolean());
            Assert.Equal(2, verification.GetProperty("firstBrokenSequence").GetInt64());
            Assert.Equal("content-changed", verification.GetProperty("reason").GetString());
        }
        finally
        {
            await ((IAsyncLifetime)tampered).DisposeAsync();
        }
    }
}
