using Tianzhong.Kernel.Errors;

namespace Tianzhong.Modules.Map.Pages;

/// <summary>Field errors and the page-level problem of a form, as the management pages show them.</summary>
public sealed class FormState
{
    private IReadOnlyDictionary<string, string[]> _errors = new Dictionary<string, string[]>();

    public string? Problem { get; set; }

    public bool Saved { get; set; }

    public bool Has(string field) => _errors.ContainsKey(field);

    public string? ErrorOf(string field) => _errors.TryGetValue(field, out var messages) ? string.Join(" ", messages) : null;

    public IEnumerable<string> AllErrors => _errors.SelectMany(e => e.Value);

    public void Clear()
    {
        _errors = new Dictionary<string, string[]>();
        Problem = null;
        Saved = false;
    }

    /// <summary>Runs a save, turning the refusals into what the form shows; true when it succeeded.</summary>
    public async Task<bool> RunAsync(Func<Task> save)
    {
        ArgumentNullException.ThrowIfNull(save);
        Clear();
        try
        {
            await save();
            Saved = true;
            return true;
        }
        catch (ValidationFailedException e)
        {
            _errors = e.Errors;
        }
        catch (ForbiddenException e)
        {
            Problem = e.Message;
        }
        catch (ConcurrencyConflictException e)
        {
            Problem = e.Message;
        }
        catch (NotFoundException e)
        {
            Problem = e.Message;
        }

        return false;
    }
}
