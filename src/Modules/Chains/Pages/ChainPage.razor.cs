using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Components;
using Tianzhong.Kernel.Errors;
using Tianzhong.Kernel.Infrastructure.Components;
using Tianzhong.Kernel.Security;
using Tianzhong.Modules.Chains.Domain;
using Tianzhong.Modules.Chains.Features.Chains;
using Tianzhong.Modules.Registry.Contracts;

namespace Tianzhong.Modules.Chains.Pages;

/// <summary>
/// One chain: its header (链长, 联盟会长, 链主), the links as a graph from upstream (left) to downstream (right) coloured
/// by gap status, the links as a table, and the selected link's panel. The city edits the header and the links.
/// </summary>
public sealed partial class ChainPage
{
    private const string RootId = "chain";

    private ChainView? _chain;
    private LinkDetail? _link;
    private JsonObject _graph = [];
    private string _graphHeight = "360px";
    private EChart? _chart;
    private IReadOnlyList<UnitSummary> _units = [];
    private List<ChainMasterView> _masters = [];
    private OrganisationSummary? _masterPick;
    private Dictionary<string, string> _errors = [];
    private bool _notFound;
    private bool _isCity;
    private bool _canAttach;
    private string? _unitCode;
    private bool _editHeader;
    private bool _busy;
    private string? _name;
    private string? _leader;
    private string? _head;
    private Guid? _newParent;
    private string? _newName;
    private ChainSegment _newSegment = ChainSegment.Midstream;
    private string? _newNote;
    private string? _notice;
    private string? _problem;

    [Parameter]
    public string Code { get; set; } = string.Empty;

    [Inject]
    private ChainQueries Queries { get; set; } = default!;

    [Inject]
    private ChainCommands Commands { get; set; } = default!;

    [Inject]
    private IOrganisationDirectory Organisations { get; set; } = default!;

    [Inject]
    private IUnitDirectory UnitDirectory { get; set; } = default!;

    [Inject]
    private ICurrentUser CurrentUser { get; set; } = default!;

    protected override Task OnParametersSetAsync() => WhileOpenAsync(async () =>
    {
        _isCity = CurrentUser.IsInRole(Roles.CityOfficer);
        _canAttach = _isCity || CurrentUser.IsInRole(Roles.CountyOfficer);
        _unitCode = CurrentUser.UnitCode;
        _units = await UnitDirectory.ListUnitsAsync(PageToken);
        _link = null;
        await LoadAsync();
    });

    private async Task LoadAsync()
    {
        try
        {
            Show(await Queries.GetAsync(Code, PageToken));
            if (_link is { } open)
            {
                _link = _chain!.Links.Any(l => l.Id == open.Link.Id) ? await Queries.GetLinkAsync(open.Link.Id, PageToken) : null;
            }
        }
        catch (NotFoundException)
        {
            _notFound = true;
        }
    }

    private void Show(ChainView chain)
    {
        _chain = chain;
        _name = chain.Name;
        _leader = chain.ChainLeader;
        _head = chain.AllianceHead;
        _masters = [.. chain.Masters];
        _errors = [];
        (_graph, _graphHeight) = Graph(chain);
    }

    private string? Error(string field) => _errors.GetValueOrDefault(field);

    private int Depth(ChainLinkView link)
    {
        var byId = _chain!.Links.ToDictionary(l => l.Id);
        var depth = 0;
        for (var parent = link.ParentId; parent is { } id && byId.TryGetValue(id, out var p) && depth < byId.Count; parent = p.ParentId)
        {
            depth++;
        }

        return depth;
    }

    private Task SelectAsync(Guid linkId) => WhileOpenAsync(async () =>
    {
        _link = await Queries.GetLinkAsync(linkId, PageToken);
        _newParent = linkId;
    });

    private Task NodeClickedAsync(ChartClick click) =>
        Guid.TryParse(click.Id, CultureInfo.InvariantCulture, out var id) && _chain?.Links.Any(l => l.Id == id) == true ? SelectAsync(id) : Task.CompletedTask;

    private Task LinkChangedAsync(string notice) => WhileOpenAsync(async () =>
    {
        _notice = string.IsNullOrEmpty(notice) ? null : notice;
        await LoadAsync();
    });

    private Task LinkDeletedAsync(string notice) => WhileOpenAsync(async () =>
    {
        _notice = notice;
        _link = null;
        _newParent = null;
        await LoadAsync();
    });

    private Task ExportAsync() => RunAsync(async () =>
    {
        if (_chart is not null && await _chart.DownloadPngAsync($"{Code}-chain.png", PageToken))
        {
            await Queries.RecordImageExportAsync(Code, PageToken);
        }
    });

    private Task SaveHeaderAsync() => RunAsync(async () =>
    {
        Show(await Commands.EditChainAsync(Code, new EditChainRequest(_name, _leader, _head, _chain!.Version), PageToken));
        _notice = L["Chain.Saved"];
    });

    private Task SaveMastersAsync() => RunAsync(async () =>
    {
        Show(await Commands.SetMastersAsync(Code, new SetMastersRequest([.. _masters.Select(m => m.OrganisationId)], _chain!.Version), PageToken));
        _notice = L["Chain.Saved"];
    });

    private void AddMaster(OrganisationSummary? organisation)
    {
        if (organisation is not null && _masters.All(m => m.OrganisationId != organisation.Id))
        {
            _masters.Add(new ChainMasterView(organisation.Id, organisation.Name));
        }

        _masterPick = null;
    }

    private async Task<IEnumerable<OrganisationSummary>> SearchOrganisationsAsync(string? term, CancellationToken cancellationToken)
    {
        IReadOnlyList<OrganisationSummary> found = [];
        if (!string.IsNullOrWhiteSpace(term))
        {
            await WhileOpenAsync(async () => found = await Organisations.SearchAsync(term.Trim(), 20, cancellationToken));
        }

        return found;
    }

    private Task AddLinkAsync() => RunAsync(async () =>
    {
        var link = await Commands.AddLinkAsync(Code, new AddLinkRequest(_newParent, _newName, _newSegment, _newNote), PageToken);
        _newName = null;
        _newNote = null;
        _notice = L["Link.Added", link.Name];
        await LoadAsync();
    });

    private async Task RunAsync(Func<Task> action)
    {
        if (_busy)
        {
            return;
        }

        _busy = true;
        _notice = null;
        _problem = null;
        try
        {
            await WhileOpenAsync(async () =>
            {
                try
                {
                    _errors = [];
                    await action();
                }
                catch (ValidationFailedException e)
                {
                    _errors = e.Errors.ToDictionary(x => x.Key, x => string.Join(" ", x.Value), StringComparer.Ordinal);
                    _problem = L["Common.Invalid"];
                }
                catch (Exception e) when (e is ConcurrencyConflictException or DomainRuleException or ForbiddenException or NotFoundException)
                {
                    _problem = e.Message;
                    await LoadAsync();
                }
            });
        }
        finally
        {
            _busy = false;
        }
    }

    /// <summary>
    /// The chain as an ECharts 'graph' laid out as a tree: the chain on the left, each link one column further right
    /// than its parent (upstream to downstream), leaves one row apart, a parent centred on its children; nodes take
    /// their gap status's colour through the legend's categories.
    /// </summary>
    private (JsonObject Option, string Height) Graph(ChainView chain)
    {
        var statuses = Enum.GetValues<GapStatus>();
        var children = chain.Links.ToLookup(l => l.ParentId is { } p && chain.Links.Any(x => x.Id == p) ? p : (Guid?)null);
        var nodes = new JsonArray();
        var edges = new JsonArray();
        var row = 0;

        double Place(Guid? parent, int depth)
        {
            var rows = new List<double>();
            foreach (var link in children[parent].OrderBy(l => l.Order))
            {
                var y = children[link.Id].Any() ? Place(link.Id, depth + 1) : row++;
                rows.Add(y);
                nodes.Add(new JsonObject
                {
                    ["id"] = link.Id.ToString(),
                    ["name"] = link.Name,
                    ["x"] = depth * 220,
                    ["y"] = y * 44,
                    ["category"] = Array.IndexOf(statuses, link.Status),
                    ["value"] = ChainStyle.Status(L, link.Status),
                });
                edges.Add(new JsonObject { ["source"] = parent?.ToString() ?? RootId, ["target"] = link.Id.ToString() });
            }

            return rows.Count == 0 ? row++ : rows.Average();
        }

        var rootY = Place(null, 1);
        nodes.Add(new JsonObject
        {
            ["id"] = RootId,
            ["name"] = chain.Name,
            ["x"] = 0,
            ["y"] = rootY * 44,
            ["symbol"] = "roundRect",
            ["symbolSize"] = new JsonArray(18, 18),
            ["itemStyle"] = new JsonObject { ["color"] = "#1f5fa8" },
            ["label"] = new JsonObject { ["position"] = "bottom", ["fontWeight"] = "bold" },
        });

        var categories = new JsonArray([.. statuses.Select(s => (JsonNode)new JsonObject { ["name"] = ChainStyle.Status(L, s), ["itemStyle"] = new JsonObject { ["color"] = ChainStyle.Colour(s) } })]);
        var option = new JsonObject
        {
            ["animation"] = false,
            ["tooltip"] = new JsonObject { ["trigger"] = "item", ["formatter"] = "{b}: {c}" },
            ["legend"] = new JsonObject { ["top"] = 0, ["data"] = new JsonArray([.. statuses.Select(s => (JsonNode)ChainStyle.Status(L, s))]) },
            ["series"] = new JsonArray(new JsonObject
            {
                ["type"] = "graph",
                ["layout"] = "none",
                ["top"] = 36,
                ["bottom"] = 16,
                ["left"] = 40,
                ["right"] = 150,
                ["symbolSize"] = 14,
                ["roam"] = true,
                ["categories"] = categories,
                ["data"] = nodes,
                ["links"] = edges,
                ["edgeSymbol"] = new JsonArray("none", "arrow"),
                ["edgeSymbolSize"] = 6,
                ["lineStyle"] = new JsonObject { ["color"] = "#90a4ae", ["width"] = 1.2 },
                ["label"] = new JsonObject { ["show"] = true, ["position"] = "right", ["fontSize"] = 12 },
                ["emphasis"] = new JsonObject { ["focus"] = "adjacency" },
            }),
        };
        var height = Math.Max(320, Math.Max(row, 1) * 36 + 80);
        return (option, $"{height}px");
    }
}
