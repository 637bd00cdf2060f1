using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;
using Tianzhong.Kernel.Errors;
using Tianzhong.Modules.Map.Features.BaseMap;

namespace Tianzhong.Modules.Map.Pages;

/// <summary>The security administrator's map settings: upload an official boundary file (checked first) or return to the schematic.</summary>
public sealed partial class MapSettings
{
    private BaseMapView? _base;
    private IReadOnlyList<OfficialMapInfo> _history = [];
    private IReadOnlyList<string> _errors = [];
    private string? _message;
    private bool _busy;

    [Inject]
    private BaseMaps Maps { get; set; } = default!;

    protected override Task OnInitializedAsync() => WhileOpenAsync(RefreshAsync);

    private async Task RefreshAsync()
    {
        _base = await Maps.GetAsync(PageToken);
        _history = await Maps.HistoryAsync(PageToken);
    }

    private Task UploadAsync(InputFileChangeEventArgs e) => WhileOpenAsync(async () =>
    {
        (_errors, _message, _busy) = ([], null, true);
        try
        {
            if (e.File.Size > BaseMaps.MaxBytes)
            {
                _errors = [Text["BaseMap.TooLarge", BaseMaps.MaxBytes / (1024 * 1024)]];
                return;
            }

            await using var stream = e.File.OpenReadStream(BaseMaps.MaxBytes, PageToken);
            var info = await Maps.UploadAsync(e.File.Name, stream, e.File.Size, PageToken);
            _message = Text["Settings.Uploaded", info.FileName];
            await RefreshAsync();
        }
        catch (ValidationFailedException failure)
        {
            _errors = [.. failure.Errors.SelectMany(x => x.Value)];
        }
        finally
        {
            _busy = false;
        }
    });

    private Task ResetAsync() => WhileOpenAsync(async () =>
    {
        (_errors, _message) = ([], null);
        await Maps.ResetAsync(PageToken);
        _message = Text["Settings.ResetDone"];
        await RefreshAsync();
    });
}
