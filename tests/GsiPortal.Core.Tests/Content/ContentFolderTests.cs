using GsiPortal.Core.Content;

namespace GsiPortal.Core.Tests.Content;

/// <summary>
/// What an editor's tools and a deploy leave in the content folder: each becomes a problem with its file, or is
/// ignored by rule, and never an exception.
/// </summary>
public sealed class ContentFolderTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("gsiportal-folder-").FullName;

    public ContentFolderTests() => File.WriteAllText(Path.Combine(folder, "paper.md"), ContentAssert.SmallPaper);

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void TheSmallPaperAloneLoads() => Assert.True(ContentLoader.Load(folder).IsValid);

    [Fact]
    public void ADanglingSymlinkIsAProblemWithItsName()
    {
        File.CreateSymbolicLink(Path.Combine(folder, "notes.md"), Path.Combine(folder, "gone.md"));
        var problem = Assert.Single(ContentLoader.Load(folder).Errors);
        Assert.Equal("notes.md", problem.File);
        Assert.Contains("symbolic link", problem.Message);
    }

    [Fact]
    public void AFolderNamedLikeAFileIsAProblemWithItsName()
    {
        Directory.CreateDirectory(Path.Combine(folder, "drafts.md"));
        var problem = Assert.Single(ContentLoader.Load(folder).Errors);
        Assert.Equal("drafts.md", problem.File);
        Assert.Contains("is a folder", problem.Message);
    }

    [Theory]
    [InlineData(".#paper.md")]       // Emacs' lock: a dangling symlink
    [InlineData("#paper.md#")]       // Emacs' auto-save
    [InlineData("paper.md~")]        // backups
    [InlineData(".paper.md.swp")]    // Vim
    [InlineData(".hidden.md")]
    public void EditorsByProductsAreIgnored(string name)
    {
        File.CreateSymbolicLink(Path.Combine(folder, name), "root@host.1234:1700000000");
        var result = ContentLoader.Load(folder);
        Assert.True(result.IsValid, string.Join("\n", result.Errors));
        Assert.False(ContentFiles.IsContent(name));
    }

    [Fact]
    public void AFolderSwappedBySymlinkChangesTheFingerprint()
    {
        var releases = Directory.CreateTempSubdirectory("gsiportal-releases-").FullName;
        try
        {
            var first = Directory.CreateDirectory(Path.Combine(releases, "r1")).FullName;
            var second = Directory.CreateDirectory(Path.Combine(releases, "r2")).FullName;
            File.WriteAllText(Path.Combine(first, "paper.md"), ContentAssert.SmallPaper);
            // The same size and an older time: only the text differs.
            File.WriteAllText(Path.Combine(second, "paper.md"), ContentAssert.SmallPaper.Replace("First", "Frist"));
            File.SetLastWriteTimeUtc(Path.Combine(second, "paper.md"), File.GetLastWriteTimeUtc(Path.Combine(first, "paper.md")));
            var current = Path.Combine(releases, "current");
            Directory.CreateSymbolicLink(current, first);
            var before = ContentFiles.Fingerprint(current);
            Assert.Equal(before, ContentFiles.Fingerprint(current));

            Directory.Delete(current);
            Directory.CreateSymbolicLink(current, second);
            Assert.NotEqual(before, ContentFiles.Fingerprint(current));
        }
        finally
        {
            Directory.Delete(releases, recursive: true);
        }
    }

    [Fact]
    public void AMissingFolderIsAProblemNotAnException()
    {
        var result = ContentLoader.Load(Path.Combine(folder, "nowhere"));
        Assert.Contains("not found", Assert.Single(result.Errors).Message);
        Assert.NotEmpty(ContentFiles.Fingerprint(Path.Combine(folder, "nowhere")));
    }
}
