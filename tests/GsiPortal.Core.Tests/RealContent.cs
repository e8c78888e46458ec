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

    /// <summary>A folder of the repository, found by walking up from the test binaries.</summary>
    public static string FindUp(string relative)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, relative);
            if (Directory.Exists(candidate) && File.Exists(Path.Combine(dir.FullName, "GsiPortal.sln"))) return candidate;
        }
        throw new DirectoryNotFoundException($"{relative} not found above {AppContext.BaseDirectory}");
    }
}
