namespace Tianzhong.Modules.Map.Features.Common;

/// <summary>A unit record as the pages and the API show it: its id and the version the client read.</summary>
public interface IRecordView
{
    Guid Id { get; }

    int Version { get; }
}

/// <summary>The writes the management pages call on a unit record's handler (parks, parcels, opportunities).</summary>
public interface IUnitRecordHandler<TView, TRequest>
    where TView : IRecordView
{
    Task<TView> CreateAsync(TRequest request, CancellationToken cancellationToken);

    Task<TView> ReviseAsync(Guid id, TRequest request, CancellationToken cancellationToken);

    Task DeleteAsync(Guid id, int version, CancellationToken cancellationToken);
}
