namespace Tianzhong.Kernel.Domain;

/// <summary>Base for entities with an identity; equality is by identity, not by value.</summary>
public abstract class Entity<TId>
    where TId : notnull
{
    public TId Id { get; protected set; } = default!;
}
