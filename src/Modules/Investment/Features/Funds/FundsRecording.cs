using Tianzhong.Kernel.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Tianzhong.Kernel.Errors;
using Tianzhong.Kernel.Infrastructure.Persistence;
using Tianzhong.Kernel.Security;
using Tianzhong.Modules.Investment.Data;
using Tianzhong.Modules.Investment.Domain;
using Tianzhong.Modules.Investment.Resources;

namespace Tianzhong.Modules.Investment.Features.Funds;

/// <summary>
/// Records funds in place for a project (units) and verifies or rejects them (the city). A county recording for
/// another unit's project is refused by the persistence layer (403, audited); only verified records count anywhere.
/// </summary>
public sealed class FundsRecording(InvestmentDb db, ICurrentUser currentUser, TimeProvider timeProvider, IStringLocalizer<FundsText> text)
{
    public const int RemarkMaxLength = 500;

    public async Task<FundsView> RecordAsync(Guid projectId, RecordFundsRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);

        // Pages keep this handler for a circuit's lifetime: start from the stored rows, not earlier tracked ones.
        db.ChangeTracker.Clear();
        var project = await db.Projects.FirstOrDefaultAsync(p => p.Id == projectId, cancellationToken)
            ?? throw new NotFoundException(text["ProjectNotFound"]);
        var today = ChinaTime.Today(timeProvider);
        var currency = string.IsNullOrWhiteSpace(request.Currency) ? FundsRules.Yuan : request.Currency.Trim().ToUpperInvariant();
        var rate = request.RateToYuan ?? (currency == FundsRules.Yuan ? 1m : 0m);
        var errors = new Dictionary<string, List<string>>();
        void Add(string field, string message)
        {
            if (!errors.TryGetValue(field, out var list))
            {
                errors[field] = list = [];
            }

            list.Add(message);
        }

        foreach (var (field, problem) in FundsRules.Check(project, request.ReceivedOn ?? today, currency, request.AmountWan ?? 1m, rate, today))
        {
            if ((field == "receivedOn" && request.ReceivedOn is null) || (field == "amountWan" && request.AmountWan is null))
            {
                continue;
            }

            Add(field, text[$"FundsProblem.{problem}"]);
        }

        if (request.ReceivedOn is null)
        {
            Add("receivedOn", text["Required"]);
        }

        if (request.Source is null || !Enum.IsDefined(request.Source.Value))
        {
            Add("source", text["Required"]);
        }

        if (request.AmountWan is null)
        {
            Add("amountWan", text["Required"]);
        }
        else if (decimal.Round(request.AmountWan.Value, 2) != request.AmountWan.Value)
        {
            // The columns keep two decimals (万元 to the hundred yuan); refusing more keeps both providers identical.
            Add("amountWan", text["TooManyDecimals", 2]);
        }

        if (decimal.Round(rate, 6) != rate)
        {
            Add("rateToYuan", text["TooManyDecimals", 6]);
        }

        if (errors.Count > 0)
        {
            throw new ValidationFailedException(errors.ToDictionary(e => e.Key, e => e.Value.ToArray()));
        }

        var record = FundsRecord.Record(project, request.ReceivedOn!.Value, request.Source!.Value, currency, request.AmountWan!.Value, rate, currentUser.UserName ?? string.Empty);
        db.Funds.Add(record);
        await db.SaveChangesAsync(cancellationToken);
        return FundsView.From(record, project.Figures.Name);
    }

    public Task<FundsView> VerifyAsync(Guid id, DecideFundsRequest request, CancellationToken cancellationToken) => DecideAsync(id, verify: true, request, cancellationToken);

    public Task<FundsView> RejectAsync(Guid id, DecideFundsRequest request, CancellationToken cancellationToken) => DecideAsync(id, verify: false, request, cancellationToken);

    private async Task<FundsView> DecideAsync(Guid id, bool verify, DecideFundsRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        db.ChangeTracker.Clear();
        var record = await db.Funds.FirstOrDefaultAsync(f => f.Id == id, cancellationToken)
            ?? throw new NotFoundException(text["FundsNotFound"]);
        if (!verify && string.IsNullOrWhiteSpace(request.Remark))
        {
            throw ValidationFailedException.For("remark", text["RemarkRequired"]);
        }

        if (request.Remark?.Trim().Length > RemarkMaxLength)
        {
            throw ValidationFailedException.For("remark", text["TooLong", RemarkMaxLength]);
        }

        if (record.Version != request.Version)
        {
            throw new ConcurrencyConflictException(text["ConcurrencyConflict"]);
        }

        if (record.Status != FundsStatus.Pending)
        {
            throw new DomainRuleException(nameof(FundsProblem.NotPending), text[$"FundsProblem.{FundsProblem.NotPending}"]);
        }

        FundsRules.Verify(record, verify, currentUser.UserName ?? string.Empty, request.Remark, timeProvider.GetUtcNow().UtcDateTime);
        await db.SaveOrConflictAsync(text["ConcurrencyConflict"], cancellationToken);

        var name = await db.Projects.Where(p => p.Id == record.ProjectId).Select(p => p.Figures.Name).FirstOrDefaultAsync(cancellationToken);
        return FundsView.From(record, name ?? string.Empty);
    }
}
