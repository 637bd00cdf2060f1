namespace Tianzhong.BrowserTests.Infrastructure;

/// <summary>All browser tests share one running app and one browser, and run one after another.</summary>
[CollectionDefinition(Name)]
public sealed class BrowserTestGroup : ICollectionFixture<TianzhongApp>
{
    public const string Name = "Browser";
}
