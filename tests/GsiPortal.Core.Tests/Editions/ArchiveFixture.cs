using GsiPortal.Core.Content;
using GsiPortal.Core.Editions.Archive;

namespace GsiPortal.Core.Tests.Editions;

/// <summary>A fresh archive folder for one test, and editions made from the real content with one word changed.</summary>
public sealed class ArchiveFixture : IDisposable
{
    public string Folder { get; } = Directory.CreateTempSubdirectory("gsiportal-archive-").FullName;

    public EditionArchive Archive(AtomicFiles? files = null) => new(Folder, files);

    /// <summary>The real content's files, with <paramref name="from"/> replaced by <paramref name="to"/> in one of them.</summary>
    public static IReadOnlyList<(string Name, string Markdown)> Files(string? file = null, string from = "", string to = "") =>
        RealContent.Library.Sources.Select(f => f.Name == file ? (f.Name, f.Markdown.Replace(from, to)) : f).ToList();

    /// <summary>A library read from files, as the loader reads a folder.</summary>
    public static ContentLibrary Library(IReadOnlyList<(string Name, string Markdown)> files, string? terms = null)
    {
        var result = ContentLoader.Load(files, "test", terms ?? RealContent.Library.SearchTermsText);
        Assert.True(result.IsValid, string.Join("\n", result.Errors));
        return result.Library!;
    }

    public void Dispose()
    {
        try { Directory.Delete(Folder, recursive: true); } catch (IOException) { }
    }
}
