using System.IO.Compression;
using GsiPortal.Core.Content;
using GsiPortal.Core.Editions;

namespace GsiPortal.Core.Tests.Editions;

/// <summary>The texts ZIP holds everything the edition's id hashes: unpacked and loaded as a content folder, it is the same edition.</summary>
public sealed class TextsZipTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("gsiportal-texts-zip-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void TheZipsFilesRebuildTheSameEditionId()
    {
        var library = RealContent.Library;
        using (var zip = new ZipArchive(new MemoryStream(TextsZip.Build(library))))
            zip.ExtractToDirectory(folder);

        var unpacked = Path.Combine(folder, $"gsiportal-{library.Version}");
        var rebuilt = ContentLoader.Load(unpacked);

        Assert.True(rebuilt.IsValid, string.Join("\n", rebuilt.Errors));
        Assert.Equal(library.Version, rebuilt.Library!.Version);
        // The search terms, the link judgements, the subject index and the readers' questions come too: the pages the edition showed are rebuilt as well.
        Assert.Equal(library.CacheVersion, rebuilt.Library.CacheVersion);
    }

    [Fact]
    public void TheAntonymListIsInTheZipBesideTheTexts()
    {
        using var zip = new ZipArchive(new MemoryStream(TextsZip.Build(RealContent.Library)));
        var names = zip.Entries.Select(e => e.Name).ToList();

        Assert.Contains(GsiPortal.Core.Quotes.Antonyms.FileName, names);
        Assert.Contains(GsiPortal.Core.CrossReferences.LinkJudgements.FileName, names);
        Assert.Contains(GsiPortal.Core.Subjects.SubjectIndex.FileName, names);
        Assert.Contains(GsiPortal.Core.Questions.ReaderQuestions.FileName, names);
        Assert.Contains("paper.md", names);
    }
}
