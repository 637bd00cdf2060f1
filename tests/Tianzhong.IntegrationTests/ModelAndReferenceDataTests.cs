using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tianzhong.IntegrationTests.Infrastructure;
using Tianzhong.Kernel.Infrastructure.Persistence;
using Tianzhong.Kernel.Security;
using Tianzhong.Modules.Identity.Data;
using Tianzhong.Modules.Registry.Data;
using Xunit;

namespace Tianzhong.IntegrationTests;

[Collection(AppFixtureGroup.Name)]
public sealed class ModelAndReferenceDataTests(TianzhongFactory factory)
{
    public static TheoryData<string> Providers => new() { "Sqlite", "Postgres" };

    /// <summary>Both providers' migrations must match the model: a model change without scripts/add-migration.sh fails here.</summary>
    [Theory]
    [MemberData(nameof(Providers))]
    public void No_module_context_has_pending_model_changes(string provider)
    {
        var settings = new DatabaseSettings(Enum.Parse<DatabaseProvider>(provider), provider == "Sqlite" ? "Data Source=:memory:" : "Host=localhost;Database=model_check");
        var user = new SystemUser();
        var protection = new PersonalDataProtection(new EphemeralDataProtectionProvider());

        using var registry = new RegistryDb(Options<RegistryDb>(settings, RegistryDb.HistoryTable), user);
        using var identity = new IdentityDb(Options<IdentityDb>(settings, IdentityDb.HistoryTable), protection);
        using var audit = new AuditDb(Options<AuditDb>(settings, AuditDb.HistoryTable));
        using var investment = new Tianzhong.Modules.Investment.Data.InvestmentDb(Options<Tianzhong.Modules.Investment.Data.InvestmentDb>(settings, Tianzhong.Modules.Investment.Data.InvestmentDb.HistoryTable), user, protection);
        using var supervision = new Tianzhong.Modules.Supervision.Data.SupervisionDb(Options<Tianzhong.Modules.Supervision.Data.SupervisionDb>(settings, Tianzhong.Modules.Supervision.Data.SupervisionDb.HistoryTable), user);
        using var chains = new Tianzhong.Modules.Chains.Data.ChainsDb(Options<Tianzhong.Modules.Chains.Data.ChainsDb>(settings, Tianzhong.Modules.Chains.Data.ChainsDb.HistoryTable), user);
        using var map = new Tianzhong.Modules.Map.Data.MapDb(Options<Tianzhong.Modules.Map.Data.MapDb>(settings, Tianzhong.Modules.Map.Data.MapDb.HistoryTable), user);
        Assert.False(investment.Database.HasPendingModelChanges(), $"InvestmentDb has model changes without a {provider} migration");
        Assert.False(supervision.Database.HasPendingModelChanges(), $"SupervisionDb has model changes without a {provider} migration");
        Assert.False(chains.Database.HasPendingModelChanges(), $"ChainsDb has model changes without a {provider} migration");
        Assert.False(map.Database.HasPendingModelChanges(), $"MapDb has model changes without a {provider} migration");
        Assert.False(registry.Database.HasPendingModelChanges(), $"RegistryDb has model changes without a {provider} migration");
        Assert.False(identity.Database.HasPendingModelChanges(), $"IdentityDb has model changes without a {provider} migration");
        Assert.False(audit.Database.HasPendingModelChanges(), $"AuditDb has model changes without a {provider} migration");
    }

    [Fact]
    public async Task Loading_the_reference_data_again_changes_nothing()
    {
        var auditBefore = await AuditReader.CountAsync(factory);
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            scope.ServiceProvider.GetRequiredService<Tianzhong.Modules.Identity.Features.SignIn.CurrentUser>().UseSystem();
            await scope.ServiceProvider.GetRequiredService<ReferenceDataLoader>().RunAsync(CancellationToken.None);
        }

        Assert.Equal(auditBefore, await AuditReader.CountAsync(factory));
        await using var check = factory.Services.CreateAsyncScope();
        check.ServiceProvider.GetRequiredService<Tianzhong.Modules.Identity.Features.SignIn.CurrentUser>().UseSystem();
        var db = check.ServiceProvider.GetRequiredService<RegistryDb>();
        Assert.Equal(14, await db.Units.CountAsync());
        Assert.Equal(324, await db.Organisations.CountAsync(o => o.Listings.Any()));
        Assert.Equal(335, await db.OrganisationListings.CountAsync());
        Assert.Equal(9, await db.IndustryClusters.CountAsync());
        Assert.Equal(117, await db.IndustryClassifications.CountAsync());
    }

    private static DbContextOptions<T> Options<T>(DatabaseSettings settings, string history)
        where T : DbContext
    {
        var builder = new DbContextOptionsBuilder<T>();
        settings.Configure(builder, history);
        return builder.Options;
    }

    private sealed class SystemUser : ICurrentUser
    {
        public bool IsAuthenticated => false;

        public bool IsSystem => true;

        public string? UserId => null;

        public string? UserName => "system";

        public string? UnitCode => null;

        public string? DepartmentCode => null;

        public bool IsInRole(string role) => false;
    }
}
