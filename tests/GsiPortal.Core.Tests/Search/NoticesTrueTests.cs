using GsiPortal.Core.Search;
using GsiPortal.Testing;

namespace GsiPortal.Core.Tests.Search;

/// <summary>
/// What the page says of its results is so of them: a relaxed answer names as done without only words some result
/// lacks, and "holds them apart" is said only of results that hold every word in their text. A fresh-eyes review
/// found both said of results they were untrue of. Against the real content.
/// </summary>
public class NoticesTrueTests
{
    private static SearchResponse Search(string q) => RealContent.Index.Search(new SearchRequest(q));

    private static readonly Dictionary<string, SearchUnit> Units = SearchUnits.From(RealContent.Library).ToDictionary(u => u.Id);

    /// <summary>Every analysed term a unit holds, in its text, headings, section heading or record.</summary>
    private static HashSet<string> Held(string id)
    {
        var u = Units[id];
        return TextAnalysis.Terms(string.Join(" · ", u.Text, u.Title, u.Headings, u.Section, u.Record)).ToHashSet(StringComparer.Ordinal);
    }

    [Theory]
    [InlineData("what about food security", new[] { "what", "about" })] // every result holds "security"
    [InlineData("food security issues", new[] { "issues" })]            // the relaxed ones hold "food security"
    public void ARelaxedAnswerDoesNotNameAWordEveryResultHolds(string query, string[] named)
    {
        var response = Search(query);
        Assert.NotNull(response.Relaxed);
        Assert.Equal(named, response.Relaxed!.NotRequired);
        Assert.All(response.Hits, h => Assert.Contains("secur", Held(h.Id)));
    }

    /// <summary>Over every query of the tuning files whose relaxed results fit on one page: each word named lacks from one of them.</summary>
    [Fact]
    public void EveryWordARelaxedAnswerNamesIsLackedBySomeResult()
    {
        var queries = new[] { "search-judgements.tsv", "search-judgements-late.tsv", "search-judgements-own-words-tuning.tsv" }
            .SelectMany(f => SearchJudgements.Load(Repository.Path("tests/Shared/" + f))).Select(j => j.Query).Distinct();
        var checkedWords = 0;
        foreach (var query in queries)
        {
            var response = Search(query);
            if (response.Relaxed is not { MostOf: false } how || response.Total > SearchLimits.PageSize) continue;
            foreach (var word in how.NotRequired)
            {
                var terms = TextAnalysis.Terms(word);
                if (terms.Count == 0) continue;
                checkedWords++;
                Assert.True(response.Hits.Any(h => !Held(h.Id).Contains(terms[0])), $"“{query}”: every result holds “{word}”, named as not required");
            }
        }
        Assert.True(checkedWords >= 20, $"only {checkedWords} words checked");
    }

    [Fact]
    public void HumanRightsSaysWhichResultsHoldTheWordsApartAndWhereTheOthersHoldThem()
    {
        // Commitment 4 says "Humanity" and "security rights"; Chen Xiangyang's paragraphs hold "human" in his title only.
        var response = Search("human rights");
        Assert.True(response.WordsApart);
        var apart = response.Apart!;
        Assert.False(apart.EachInText);
        Assert.InRange(apart.InText, 1, apart.Shown - 1);
        Assert.Equal(["human"], apart.OutsideText);
        // Only commitment 4 writes "Humanity"; Chen Xiangyang ¶1, the other result holding both words in its text, says "human".
        Assert.Contains(("Humanity", "human", 1), apart.OtherForms);
        Assert.DoesNotContain(apart.OtherForms, f => f.Word == "rights");
    }

    [Theory]
    [InlineData("food security China")]
    [InlineData("ensure food security")]
    public void ResultsHoldingEveryWordInTheirTextAreEachSaidToHoldThemApart(string query)
    {
        var response = Search(query);
        Assert.True(response.WordsApart);
        Assert.True(response.Apart!.EachInText);
        Assert.Empty(response.Apart.OutsideText);
    }

    [Theory]
    [InlineData("rights", "right", true)]
    [InlineData("China's", "China", true)]
    [InlineData("classes", "class", true)]
    [InlineData("Humanity", "human", false)]
    [InlineData("securing", "security", false)]
    public void AFormIsTheSameWordOnlyButForAPluralOrPossessive(string a, string b, bool same) =>
        Assert.Equal(same, WordsApart.SameWord(a, b));
}
