using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;
using Tianzhong.Kernel.Errors;
using Tianzhong.Modules.Investment.Features.Import;

namespace Tianzhong.Modules.Investment.Pages;

/// <summary>Templates, all-or-nothing imports of projects and funds with row errors, and exports; the same handlers as the API.</summary>
public sealed partial class Import
{
    private static readonly string[] Kinds = ["Projects", "Funds"];
    private ImportResult? _result;
    private string? _message;
    private bool _succeeded;
    private bool _busy;

    [Inject]
    private ProjectImport Projects { get; set; } = default!;

    [Inject]
    private FundsImport Funds { get; set; } = default!;

    private Task UploadAsync(string kind, IBrowserFile? file) => WhileOpenAsync(async () =>
    {
        _result = null;
        _message = null;
        if (file is null)
        {
            return;
        }

        _busy = true;
        try
        {
            // The workbook is parsed whole anyway; copying it first keeps the circuit's stream rules out of the parser.
            await using var upload = file.OpenReadStream(ImportSheet.MaxBytes, PageToken);
            using var content = new MemoryStream();
            await upload.CopyToAsync(content, PageToken);
            content.Position = 0;
            _result = kind == "Funds" ? await Funds.ImportAsync(content, PageToken) : await Projects.ImportAsync(content, PageToken);
            _succeeded = _result.Succeeded;
            _message = _result.Succeeded
                ? Text["Import.Done", _result.Created, _result.Updated, _result.Unchanged]
                : Text["Import.Rejected", _result.ErrorCount];
        }
        catch (IOException)
        {
            _succeeded = false;
            _message = Text["Import.TooLarge", ImportSheet.MaxBytes / 1024 / 1024];
        }
        catch (Exception e) when (e is ValidationFailedException or ForbiddenException or DomainRuleException)
        {
            _succeeded = false;
            _message = e is ValidationFailedException validation ? string.Join(" ", validation.Errors.SelectMany(x => x.Value)) : e.Message;
        }
        finally
        {
            _busy = false;
        }
    });
}
