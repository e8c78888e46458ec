using GsiPortal.Core.Content;
using GsiPortal.Core.Search;

namespace GsiPortal.Core.Tests;

/// <summary>The repository's real content folder, loaded once for every test that reads it.</summary>
public static class RealContent
{
    public static string Folder { get; } = FindUp("content");

    private static readonly Lazy<ContentLibrary> LazyLibrary = new(() =>
    {
        var result = ContentLoader.Load(Folder);
        Assert.True(result.IsValid, string.Join("\n", result.Errors));
        return result.Library!;
    });

    private static readonly Lazy<PortalIndex> LazyIndex = new(() => PortalIndex.Build(Library));

    public static ContentLibrary Library => LazyLibrary.Value;

    public static PortalIndex Index => LazyIndex.Value;

    /// <summary>A folder of the repository.</summary>
    public static string FindUp(string relative) => Repository.Path(relative);
}
