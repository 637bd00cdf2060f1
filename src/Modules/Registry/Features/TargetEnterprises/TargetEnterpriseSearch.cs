using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Tianzhong.Kernel.Auditing;
using Tianzhong.Kernel.Errors;
using Tianzhong.Kernel.Infrastructure.Excel;
using Tianzhong.Modules.Registry.Data;
using Tianzhong.Modules.Registry.Domain;
using Tianzhong.Modules.Registry.Resources;

namespace Tianzhong.Modules.Registry.Features.TargetEnterprises;

public enum TargetEnterpriseSort
{
    Gazette,
    Name,
    Region,
    Box,
}

public sealed record TargetEnterpriseQuery(string? Search = null, int? Box = null, string? Direction = null, string? Region = null, TargetEnterpriseSort Sort = TargetEnterpriseSort.Gazette, bool Descending = false, int Page = 1, int PageSize = 20);

public sealed record ListingDto(int Box, string Direction, string? SubSector, string NameAsListed);

public sealed record TargetEnterpriseRow(Guid Id, string Name, string Kind, string? Region, bool IsForeign, string? CreditCode, int Version, IReadOnlyList<ListingDto> Listings);

public sealed record TargetEnterprisePage(IReadOnlyList<TargetEnterpriseRow> Items, int Total, int Page, int PageSize);

/// <summary>The target-enterprise list (目标企业清单) of boxes 专栏1 to 专栏14: search, filter, sort, page and export.</summary>
public sealed class TargetEnterpriseSearch(RegistryDb db, IAuditTrail audit, IStringLocalizer<RegistryText> text)
{
    public const int MaxPageSize = 200;

    public async Task<TargetEnterprisePage> SearchAsync(TargetEnterpriseQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        Validate(query);
        var filtered = await FilterAsync(query, cancellationToken).ConfigureAwait(false);
        var total = await filtered.CountAsync(cancellationToken).ConfigureAwait(false);
        var items = await Sort(filtered, query).Skip((query.Page - 1) * query.PageSize).Take(query.PageSize)
            .Include(o => o.Listings).AsSplitQuery().ToListAsync(cancellationToken).ConfigureAwait(false);
        return new TargetEnterprisePage([.. items.Select(ToRow)], total, query.Page, query.PageSize);
    }

    public async Task<byte[]> ExportAsync(TargetEnterpriseQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        Validate(query with { Page = 1, PageSize = 1 });
        var filtered = await FilterAsync(query, cancellationToken).ConfigureAwait(false);
        var rows = (await Sort(filtered, query).Include(o => o.Listings).AsSplitQuery().ToListAsync(cancellationToken).ConfigureAwait(false)).Select(ToRow).ToList();
        var english = !System.Globalization.CultureInfo.CurrentUICulture.Name.StartsWith("zh", StringComparison.Ordinal);
        var directions = await db.IndustryDirections.AsNoTracking().ToDictionaryAsync(d => d.Code, d => english ? d.NameEn : d.Name, cancellationToken).ConfigureAwait(false);
        var separator = text["ListSeparator"].Value;
        ExcelColumn<TargetEnterpriseRow>[] columns =
        [
            new(text["Enterprise.Name"], r => r.Name, 40),
            new(text["Enterprise.Kind"], r => text[$"OrganisationKind.{r.Kind}"].Value, 12),
            new(text["Enterprise.Region"], r => r.Region, 10),
            new(text["Enterprise.Foreign"], r => r.IsForeign ? text["Yes"].Value : text["No"].Value, 8),
            new(text["Enterprise.Boxes"], r => string.Join(separator, r.Listings.Select(l => text["BoxLabel", l.Box].Value).Distinct()), 16),
            new(text["Enterprise.Directions"], r => string.Join(separator, r.Listings.Select(l => directions.GetValueOrDefault(l.Direction, l.Direction)).Distinct()), 28),
            new(text["Enterprise.SubSectors"], r => string.Join(separator, r.Listings.Where(l => l.SubSector is not null).Select(l => l.SubSector).Distinct()), 24),
            new(text["Enterprise.CreditCode"], r => r.CreditCode, 22),
        ];
        var bytes = ExcelWorkbookWriter.Write(text["Enterprise.SheetName"], columns, rows);
        await audit.RecordAsync(new AuditRecord(AuditAction.Export, "TargetEnterprises", null, AuditOutcome.Success, Detail: $"rows={rows.Count};search={query.Search};box={query.Box};direction={query.Direction};region={query.Region}"), cancellationToken).ConfigureAwait(false);
        return bytes;
    }

    public async Task<IReadOnlyList<string>> RegionsAsync(CancellationToken cancellationToken) =>
        await db.Organisations.AsNoTracking().Where(o => o.Region != null).Select(o => o.Region!).Distinct().OrderBy(r => r).ToListAsync(cancellationToken).ConfigureAwait(false);

    private void Validate(TargetEnterpriseQuery query)
    {
        var errors = new Dictionary<string, string[]>();
        if (query.Box is < 1 or > 14)
        {
            errors["box"] = [text["Validation.Box"]];
        }

        if (query.Page < 1)
        {
            errors["page"] = [text["Validation.Page"]];
        }

        if (query.PageSize is < 1 or > MaxPageSize)
        {
            errors["pageSize"] = [text["Validation.PageSize", MaxPageSize]];
        }

        if (errors.Count > 0)
        {
            throw new ValidationFailedException(errors);
        }
    }

    private async Task<IQueryable<Organisation>> FilterAsync(TargetEnterpriseQuery query, CancellationToken cancellationToken)
    {
        // The list is the boxes' enterprises; investors registered later are organisations too, but not targets.
        var organisations = db.Organisations.AsNoTracking().Where(o => o.Listings.Any());
        if (!string.IsNullOrWhiteSpace(query.Direction))
        {
            var direction = query.Direction.Trim();
            if (!await db.IndustryDirections.AnyAsync(d => d.Code == direction, cancellationToken).ConfigureAwait(false))
            {
                throw ValidationFailedException.For("direction", text["Validation.Direction", direction]);
            }

            organisations = organisations.Where(o => o.Listings.Any(l => l.DirectionCode == direction));
        }

        if (query.Box is { } box)
        {
            organisations = organisations.Where(o => o.Listings.Any(l => l.Box == box));
        }

        if (!string.IsNullOrWhiteSpace(query.Region))
        {
            var region = query.Region.Trim();
            organisations = organisations.Where(o => o.Region == region);
        }

        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            var term = query.Search.Trim();
            var asCreditCode = term.ToUpperInvariant();
            organisations = organisations.Where(o => o.Name.Contains(term) || o.Listings.Any(l => l.NameAsListed.Contains(term)) || o.CreditCode == asCreditCode);
        }

        return organisations;
    }

    private static IQueryable<Organisation> Sort(IQueryable<Organisation> organisations, TargetEnterpriseQuery query) => (query.Sort, query.Descending) switch
    {
        (TargetEnterpriseSort.Name, false) => organisations.OrderBy(o => o.Name).ThenBy(o => o.Order),
        (TargetEnterpriseSort.Name, true) => organisations.OrderByDescending(o => o.Name).ThenBy(o => o.Order),
        (TargetEnterpriseSort.Region, false) => organisations.OrderBy(o => o.Region).ThenBy(o => o.Order),
        (TargetEnterpriseSort.Region, true) => organisations.OrderByDescending(o => o.Region).ThenBy(o => o.Order),
        (TargetEnterpriseSort.Box, false) => organisations.OrderBy(o => o.Listings.Min(l => l.Box)).ThenBy(o => o.Order),
        (TargetEnterpriseSort.Box, true) => organisations.OrderByDescending(o => o.Listings.Min(l => l.Box)).ThenBy(o => o.Order),
        (_, true) => organisations.OrderByDescending(o => o.Order),
        _ => organisations.OrderBy(o => o.Order),
    };

    private static TargetEnterpriseRow ToRow(Organisation o) => new(
        o.Id,
        o.Name,
        o.Kind.ToString(),
        o.Region,
        o.IsForeign,
        o.CreditCode,
        o.Version,
        [.. o.Listings.OrderBy(l => l.Box).Select(l => new ListingDto(l.Box, l.DirectionCode, l.SubSector, l.NameAsListed))]);
}
