using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using Tianzhong.Modules.Academician.Domain.Articles;

namespace Tianzhong.Modules.Academician.Data;

/// <summary>The embedded <c>Data/ReferenceData/articles.json</c>: the articles of plan C, by version.</summary>
internal static class ArticleReferenceData
{
    public const string ResourceName = "ReferenceData/articles.json";

    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };

    private static readonly Lazy<ArticleVersions> Cached = new(Load);

    public static ArticleVersions Versions => Cached.Value;

    private static ArticleVersions Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource {ResourceName} is missing.");
        var file = JsonSerializer.Deserialize<ArticlesFile>(stream, Options)
            ?? throw new InvalidOperationException($"{ResourceName} is empty.");
        return new ArticleVersions(file.Versions);
    }

    private sealed record ArticlesFile(string Source, IReadOnlyList<ArticleVersion> Versions);
}
