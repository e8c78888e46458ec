using GsiPortal.Core.Content;
using GsiPortal.Core.Derived;
using GsiPortal.Core.Questions;
using GsiPortal.Core.Search;

namespace GsiPortal.Core.Tests.Questions;

/// <summary>
/// content/reader-questions.yml, the readers' questions the editors wrote for each search unit: read with the content,
/// each problem a warning with its line that leaves out its entry (never a refusal: the texts are served whatever the
/// file holds or lacks), part of the cache version and of the derived index's key, and absent without harm.
/// </summary>
public class ReaderQuestionsReaderTests
{
    private static readonly Lazy<List<(string Name, string Markdown)>> Files = new(() =>
        Directory.GetFiles(RealContent.Folder, "*.md").Select(f => (Path.GetFileName(f), File.ReadAllText(f))).ToList());

    private static ContentLoadResult Load(string? questions) => ContentLoader.Load(Files.Value, "content", null, null, null, null, questions);

    [Fact]
    public void TheRealFileListsEveryUnitOnceAndIsReadWithoutAWarning()
    {
        var result = ContentLoader.Load(RealContent.Folder);
        Assert.True(result.IsValid);
        Assert.DoesNotContain(result.Warnings, w => w.File == ReaderQuestions.FileName);
        var units = SearchUnits.From(result.Library!).ToList();
        Assert.Equal(units.Select(u => u.Id).Order(), result.Library!.Questions.ByUnit.Keys.Order());
        Assert.True(result.Library.Questions.Count > 500);
        Assert.NotEmpty(units.Single(u => u.Id == "paper/priority-18").Questions);
    }

    [Fact]
    public void TheRealFileReadsAsAYamlParserReadsIt()
    {
        // Plain entries are read without the parser (start-up): the same questions, in the same order, as the parser gives.
        var text = File.ReadAllText(Path.Combine(RealContent.Folder, ReaderQuestions.FileName));
        var parsed = new YamlDotNet.Serialization.DeserializerBuilder().Build().Deserialize<Dictionary<string, List<string>?>>(text);
        var read = RealContent.Library.Questions.ByUnit;
        Assert.Equal(parsed.Keys.Order(), read.Keys.Order());
        Assert.All(parsed, p => Assert.Equal(p.Value ?? [], read[p.Key]));
    }

    [Fact]
    public void AQuotedQuestionReadsAsThePlainOneAndCharactersYamlReadsAreLeftToIt()
    {
        var result = Load("""
            paper/priority-18:
              - "using hunger as a weapon"
              - what's next
            paper/priority-17:
              - using hunger as a weapon
              - 'what''s next'
            paper/priority-4:   # a comment
              - landmines # and another
              - null
            paper/priority-1:
              - rules: for the sea
            """);
        var questions = result.Library!.Questions;
        Assert.Equal(["using hunger as a weapon", "what's next"], questions.Of("paper/priority-18"));
        Assert.Equal(questions.Of("paper/priority-18"), questions.Of("paper/priority-17"));
        Assert.Equal(["landmines"], questions.Of("paper/priority-4"));
        // YAML reads "rules: for the sea" as a mapping, not a question: the entry is malformed, as the parser says.
        Assert.Contains(result.Warnings, w => w.File == ReaderQuestions.FileName && w.Line == 11 && w.Message.Contains("malformed"));
    }

    [Fact]
    public void EachBadEntryIsAWarningWithItsLineAndTheRestAreRead()
    {
        var result = Load("""
            # a comment
            paper/priority-17:
              - vaccines for poor countries
              - stopping the next pandemic
            paper/priority-99:
              - nothing here
            paper/priority-4:
              - [landmines
            paper/priority-17:
              - measles
            lei-kezhong/p12:
              - who pays for vaccines
              - ""
              - Who pays for vaccines
            paper/commitment-4:
            just words
            paper/priority-1: []
            paper/priority-18:
              - using hunger as a weapon
            """);
        Assert.True(result.IsValid, string.Join("\n", result.Errors));
        var warnings = result.Warnings.Where(w => w.File == ReaderQuestions.FileName).ToList();
        Assert.Contains(warnings, w => w.Line == 5 && w.Message.Contains("'paper/priority-99'"));
        Assert.Contains(warnings, w => w.Line == 8 && w.Message.Contains("malformed"));
        Assert.Contains(warnings, w => w.Line == 9 && w.Message.Contains("listed twice") && w.Message.Contains("line 2"));
        Assert.Contains(warnings, w => w.Line == 11 && w.Message.Contains("question with no word"));
        Assert.Contains(warnings, w => w.Line == 11 && w.Message.Contains("'Who pays for vaccines' twice"));
        Assert.Contains(warnings, w => w.Line == 15 && w.Message.Contains("lists no questions"));
        Assert.Contains(warnings, w => w.Line == 16 && w.Message.Contains("malformed"));
        Assert.Equal(7, warnings.Count);

        var questions = result.Library!.Questions;
        Assert.Equal(["vaccines for poor countries", "stopping the next pandemic"], questions.Of("paper/priority-17"));
        Assert.Equal(["who pays for vaccines"], questions.Of("lei-kezhong/p12"));
        Assert.Equal(["using hunger as a weapon"], questions.Of("paper/priority-18"));
        Assert.Empty(questions.Of("paper/priority-1"));
        Assert.Empty(questions.Of("paper/priority-4"));
        Assert.Empty(questions.Of("paper/commitment-4"));
        Assert.Equal(["using hunger as a weapon"], SearchUnits.From(result.Library).Single(u => u.Id == "paper/priority-18").Questions);
    }

    [Fact]
    public void AFileThatIsNotAMappingAtAllIsAWarningNotARefusal()
    {
        var result = Load("- a list\n- of nothing\n");
        Assert.True(result.IsValid);
        Assert.Contains(result.Warnings, w => w.File == ReaderQuestions.FileName);
        Assert.Same(ReaderQuestions.Empty, result.Library!.Questions);
    }

    [Fact]
    public void WithoutTheFileThereAreNoQuestionsAndTheCacheVersionIsTheOneBefore()
    {
        var without = Load(null);
        Assert.True(without.IsValid);
        Assert.Empty(without.Warnings);
        Assert.Same(ReaderQuestions.Empty, without.Library!.Questions);
        Assert.All(SearchUnits.From(without.Library).ToList(), u => Assert.Empty(u.Questions));
        Assert.Equal(ContentVersion.Of(Files.Value, null).Cache, without.Library.CacheVersion);
    }

    [Fact]
    public void TheFileChangesTheCacheVersionAndTheIndexFilesKeyButNotTheEdition()
    {
        var one = Load("paper/priority-18:\n  - using hunger as a weapon\n").Library!;
        var other = Load("paper/priority-18:\n  - using hunger as a weapon\n  - starving a country into surrender\n").Library!;
        var none = Load(null).Library!;
        Assert.Equal(none.Version, one.Version);
        Assert.Equal(one.Version, other.Version);
        Assert.NotEqual(none.CacheVersion, one.CacheVersion);
        Assert.NotEqual(one.CacheVersion, other.CacheVersion);
        // The derived index's key reads the cache version, so no index kept for one list is read for another.
        Assert.NotEqual(IndexFiles.Key(one.CacheVersion, SearchUnits.From(one).ToList()), IndexFiles.Key(other.CacheVersion, SearchUnits.From(other).ToList()));
    }

    [Fact]
    public void AFileThatCannotBeReadIsAWarningAndTheTextsAreServed()
    {
        var folder = Directory.CreateTempSubdirectory("gsiportal-questions-").FullName;
        try
        {
            foreach (var file in Directory.GetFiles(RealContent.Folder, "*.md")) File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
            // A folder where the file should be: no text of it can be read.
            Directory.CreateDirectory(Path.Combine(folder, ReaderQuestions.FileName));
            var result = ContentLoader.Load(folder);
            Assert.True(result.IsValid, string.Join("\n", result.Errors));
            Assert.Contains(result.Warnings, w => w.File == ReaderQuestions.FileName && w.Message.Contains("without the readers' questions"));
            Assert.Same(ReaderQuestions.Empty, result.Library!.Questions);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
