using GsiPortal.Core.Content;
using GsiPortal.Core.Derived;
using GsiPortal.Core.Search;
using GsiPortal.Core.Subjects;

namespace GsiPortal.Core.Tests.Subjects;

/// <summary>
/// content/subject-index.yml, the editors' subject index: read with the content, each problem a warning with its line
/// that leaves out its entry (never a refusal: the texts are served whatever the index holds or lacks), part of the
/// cache version and of the derived index's key, and absent without harm.
/// </summary>
public class SubjectIndexReaderTests
{
    private static readonly Lazy<List<(string Name, string Markdown)>> Files = new(() =>
        Directory.GetFiles(RealContent.Folder, "*.md").Select(f => (Path.GetFileName(f), File.ReadAllText(f))).ToList());

    private static ContentLoadResult Load(string? subjects) => ContentLoader.Load(Files.Value, "content", null, null, null, subjects);

    [Fact]
    public void TheRealIndexListsEveryUnitOnceAndIsReadWithoutAWarning()
    {
        var result = ContentLoader.Load(RealContent.Folder);
        Assert.True(result.IsValid);
        Assert.DoesNotContain(result.Warnings, w => w.File == SubjectIndex.FileName);
        var units = SearchUnits.From(result.Library!).ToList();
        Assert.Equal(units.Select(u => u.Id).Order(), result.Library!.Subjects.ByUnit.Keys.Order());
        Assert.Contains("blue helmets", units.Single(u => u.Id == "paper/priority-1").Subjects);
    }

    [Fact]
    public void EachBadEntryIsAWarningWithItsLineAndTheRestAreRead()
    {
        var result = Load("""
            # a comment
            paper/priority-17: [smallpox, public health]
            paper/priority-99: [nothing here]
            paper/priority-4: [landmines
            paper/priority-17: [measles]
            lei-kezhong/p12: [vaccines, "", Vaccines, vaccines for poor countries]
            paper/commitment-4:
            just words
            paper/priority-1: [blue helmets]
            """);
        Assert.True(result.IsValid, string.Join("\n", result.Errors));
        var warnings = result.Warnings.Where(w => w.File == SubjectIndex.FileName).ToList();
        Assert.Contains(warnings, w => w.Line == 3 && w.Message.Contains("'paper/priority-99'"));
        Assert.Contains(warnings, w => w.Line == 4 && w.Message.Contains("malformed"));
        Assert.Contains(warnings, w => w.Line == 5 && w.Message.Contains("listed twice") && w.Message.Contains("line 2"));
        Assert.Contains(warnings, w => w.Line == 6 && w.Message.Contains("no word"));
        Assert.Contains(warnings, w => w.Line == 6 && w.Message.Contains("'Vaccines' twice"));
        Assert.Contains(warnings, w => w.Line == 7 && w.Message.Contains("lists no terms"));
        Assert.Contains(warnings, w => w.Line == 8 && w.Message.Contains("malformed"));
        Assert.Equal(7, warnings.Count);

        var subjects = result.Library!.Subjects;
        Assert.Equal(["smallpox", "public health"], subjects.Of("paper/priority-17"));
        Assert.Equal(["vaccines", "vaccines for poor countries"], subjects.Of("lei-kezhong/p12"));
        Assert.Equal(["blue helmets"], subjects.Of("paper/priority-1"));
        Assert.Empty(subjects.Of("paper/priority-4"));
        Assert.Empty(subjects.Of("paper/commitment-4"));
    }

    [Fact]
    public void AFileThatIsNotAMappingAtAllIsAWarningNotARefusal()
    {
        var result = Load("- a list\n- of nothing\n");
        Assert.True(result.IsValid);
        Assert.Contains(result.Warnings, w => w.File == SubjectIndex.FileName);
        Assert.Same(SubjectIndex.Empty, result.Library!.Subjects);
    }

    [Fact]
    public void WithoutTheFileThereIsNoSubjectIndexAndTheCacheVersionIsTheOneBefore()
    {
        var without = Load(null);
        Assert.True(without.IsValid);
        Assert.Empty(without.Warnings);
        Assert.Same(SubjectIndex.Empty, without.Library!.Subjects);
        Assert.All(SearchUnits.From(without.Library).ToList(), u => Assert.Empty(u.Subjects));
        // The cache version of the texts alone, as before the subject index existed.
        Assert.Equal(ContentVersion.Of(Files.Value, null).Cache, without.Library.CacheVersion);
    }

    [Fact]
    public void TheFileChangesTheCacheVersionAndTheIndexFilesKeyButNotTheEdition()
    {
        var one = Load("paper/priority-1: [blue helmets]\n").Library!;
        var other = Load("paper/priority-1: [blue helmets, UN troops]\n").Library!;
        var none = Load(null).Library!;
        Assert.Equal(none.Version, one.Version);
        Assert.Equal(one.Version, other.Version);
        Assert.NotEqual(none.CacheVersion, one.CacheVersion);
        Assert.NotEqual(one.CacheVersion, other.CacheVersion);
        // The derived index's key reads each unit's terms too, so no index kept for one list is read for another.
        Assert.NotEqual(IndexFiles.Key(one.CacheVersion, SearchUnits.From(one).ToList()), IndexFiles.Key(other.CacheVersion, SearchUnits.From(other).ToList()));
        Assert.NotEqual(IndexFiles.Key(none.CacheVersion, SearchUnits.From(none).ToList()), IndexFiles.Key(none.CacheVersion, SearchUnits.From(one).ToList()));
    }

    [Fact]
    public void AnIndexThatCannotBeReadIsAWarningAndTheTextsAreServed()
    {
        var folder = Directory.CreateTempSubdirectory("gsiportal-subjects-").FullName;
        try
        {
            foreach (var file in Directory.GetFiles(RealContent.Folder, "*.md")) File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
            // A folder where the file should be: no text of it can be read.
            Directory.CreateDirectory(Path.Combine(folder, SubjectIndex.FileName));
            var result = ContentLoader.Load(folder);
            Assert.True(result.IsValid, string.Join("\n", result.Errors));
            Assert.Contains(result.Warnings, w => w.File == SubjectIndex.FileName && w.Message.Contains("without the subject index"));
            Assert.Same(SubjectIndex.Empty, result.Library!.Subjects);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
