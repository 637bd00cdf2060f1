using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Tianzhong.Modules.Map.Data;
using Tianzhong.Modules.Map.Domain;
using Tianzhong.Modules.Map.Features.Common;
using Tianzhong.Modules.Map.Resources;
using Tianzhong.Modules.Registry.Contracts;

namespace Tianzhong.Modules.Map.Features.Opportunities;

// UnitCode: The unit; a county officer may leave it out (its own) and may name no other.
// DirectionCode: One of plan A's industry directions. InvestmentWan: Planned investment in 10,000 yuan, not negative.
// Version: On edits, the version the caller read; a stale one gets 409.
public sealed record OpportunityRequest(string? Title, string? UnitCode, string? DirectionCode, decimal? InvestmentWan, string? Description, string? Contact, OpportunityStatus? Status, int Version = 0);

/// <summary>A cooperation opportunity as the pages and the API show it.</summary>
public sealed record OpportunityView(Guid Id, string Title, string UnitCode, string UnitName, string DirectionCode, string DirectionName, decimal? InvestmentWan, string? Description, string? Contact, OpportunityStatus Status, int Version) : IRecordView;

public sealed record OpportunityQuery(string? UnitCode = null, string? DirectionCode = null, OpportunityStatus? Status = null, string? Text = null, int? Page = null, int? PageSize = null);

/// <summary>Cooperation opportunities (投资合作机会): read by every business role; written by the owning county or the city.</summary>
public sealed class Opportunities(MapDb db, IUnitDirectory units, IIndustryDirectory industries, UnitWriteGuard guard, UnitRecordStore store, IStringLocalizer<MapText> text) : IUnitRecordHandler<OpportunityView, OpportunityRequest>
{
    public async Task<MapPage<OpportunityView>> SearchAsync(OpportunityQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var rows = db.Opportunities.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(query.UnitCode))
        {
            rows = rows.Where(o => o.UnitCode == query.UnitCode);
        }

        if (!string.IsNullOrWhiteSpace(query.DirectionCode))
        {
            rows = rows.Where(o => o.DirectionCode == query.DirectionCode);
        }

        if (query.Status is { } status)
        {
            rows = rows.Where(o => o.Status == status);
        }

        if (FieldRules.Clean(query.Text) is { } term)
        {
            rows = rows.Where(o => o.Title.Contains(term));
        }

        var (page, size) = (MapProblems.PageNumber(query.Page), MapProblems.PageSize(query.PageSize));
        var total = await rows.CountAsync(cancellationToken);
        var items = await rows.OrderBy(o => o.UnitCode).ThenBy(o => o.Title).Skip((page - 1) * size).Take(size).ToListAsync(cancellationToken);
        return new([.. await ViewsAsync(items, cancellationToken)], total, page, size);
    }

    public async Task<OpportunityView> GetAsync(Guid id, CancellationToken cancellationToken)
    {
        var opportunity = await store.GetAsync<Opportunity>(id, cancellationToken);
        return (await ViewsAsync([opportunity], cancellationToken))[0];
    }

    public async Task<OpportunityView> CreateAsync(OpportunityRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var details = await CheckAsync(request, guard.DefaultUnit(request.UnitCode), cancellationToken);
        var opportunity = Opportunity.Create(details);
        await store.AddAsync(opportunity, cancellationToken);
        return (await ViewsAsync([opportunity], cancellationToken))[0];
    }

    public async Task<OpportunityView> ReviseAsync(Guid id, OpportunityRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var opportunity = await store.LoadForChangeAsync<Opportunity>(id, cancellationToken);
        var details = await CheckAsync(request, UnitRecordStore.UnitFor(request.UnitCode, opportunity.UnitCode), cancellationToken);
        store.EnsureCanChange(opportunity, details.UnitCode, request.Version);
        opportunity.Revise(details);
        await store.SaveAsync(cancellationToken);
        return (await ViewsAsync([opportunity], cancellationToken))[0];
    }

    public Task DeleteAsync(Guid id, int version, CancellationToken cancellationToken) => store.DeleteAsync<Opportunity>(id, version, cancellationToken);

    internal async Task<IReadOnlyList<OpportunityView>> ViewsAsync(IReadOnlyList<Opportunity> items, CancellationToken cancellationToken)
    {
        var names = await units.ListUnitsAsync(cancellationToken);
        var directions = (await industries.ListDirectionsAsync(cancellationToken)).ToDictionary(d => d.Code, d => d.Name);
        return [.. items.Select(o => new OpportunityView(o.Id, o.Title, o.UnitCode, names.NameOf(o.UnitCode), o.DirectionCode, directions.GetValueOrDefault(o.DirectionCode, o.DirectionCode), o.InvestmentWan, o.Description, o.Contact, o.Status, o.Version))];
    }

    private async Task<OpportunityDetails> CheckAsync(OpportunityRequest request, string? unitCode, CancellationToken cancellationToken)
    {
        var details = new OpportunityDetails(request.Title ?? string.Empty, unitCode ?? string.Empty, request.DirectionCode?.Trim() ?? string.Empty, request.InvestmentWan, request.Description, request.Contact, request.Status ?? OpportunityStatus.Published);
        var errors = MapProblems.Messages(Opportunity.Check(details), text);
        if (string.IsNullOrEmpty(details.DirectionCode))
        {
            errors.AddError("directionCode", text["Problem.Required"]);
        }
        else if (!await industries.DirectionExistsAsync(details.DirectionCode, cancellationToken))
        {
            errors.AddError("directionCode", text["UnknownDirection", details.DirectionCode]);
        }

        await store.CheckUnitAsync(errors, unitCode, required: true, cancellationToken);
        MapProblems.ThrowIfAny(errors);
        return details;
    }
}
