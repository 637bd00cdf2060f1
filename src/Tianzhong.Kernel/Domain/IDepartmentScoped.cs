namespace Tianzhong.Kernel.Domain;

/// <summary>A record that belongs to one city department (e.g. the talent office); department officers see only their own.</summary>
public interface IDepartmentScoped
{
    string DepartmentCode { get; }
}
