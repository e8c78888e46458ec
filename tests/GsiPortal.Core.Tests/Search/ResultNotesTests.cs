using GsiPortal.Core.Search;

namespace GsiPortal.Core.Tests.Search;

/// <summary>
/// Every result says why it matched: its snippet marks the words, or its note says where it holds them (a heading, its
/// commentary's byline) or that it holds them only apart. "Khokhar" listed Khokhar's paragraphs with nothing marked and
/// no word on why; "food security" listed Dong Chunling ¶11 ("global security", "food for thought") with no word that
/// the words stand apart there, since other results hold the phrase (a reader's report). Against the real content.
/// </summary>
public class ResultNotesTests
{
    private static SearchResponse Search(string q) => RealContent.Index.Search(new SearchRequest(q));

    [Fact]
    public void AnAuthorsNameFindsTheirParagraphsByTheByline()
    {
        var response = Search("Khokhar");
        Assert.NotEmpty(response.Hits);
        Assert.All(response.Hits, h =>
        {
            var found = Assert.Single(h.Note.Outside);
            Assert.Equal(["Khokhar"], found.Words);
            Assert.Equal(MatchedPlace.Author, found.Place);
            Assert.Equal(["Khokhar"], found.Text.Where(r => r.Marked).Select(r => r.Text));
            Assert.Equal("Ovais Ali Khokhar", string.Concat(found.Text.Select(r => r.Text)));
        });
    }

    [Fact]
    public void AnAbbreviationInTheBylinesRoleIsSaidToBeThereAndMarkedThere()
    {
        // Dong Chunling's byline writes "CICIR", Chen Xiangyang's the long form; of their texts, only Chen's ¶22 does.
        var hits = Search("CICIR").Hits;
        Assert.Equal(SearchLimits.PageSize, hits.Count);
        Assert.All(hits, h =>
        {
            if (h.Snippet.Any(r => r.Marked))
                Assert.Equal(["China Institutes of Contemporary International Relations"], h.Snippet.Where(r => r.Marked).Select(r => r.Text));
            else
                Assert.Contains(h.Note.Outside, f => f.Place == MatchedPlace.Role
                    && f.Text.Where(r => r.Marked).Select(r => r.Text).SequenceEqual([h.Document == "dong-chunling" ? "CICIR" : "China Institutes of Contemporary International Relations"]));
        });
    }

    [Fact]
    public void WordsFoundTogetherInOnePlaceAreMarkedThereTogether()
    {
        // Lei Kezhong's commentary appeared on the embassy's "Embassy Update" page; his paragraphs never say either word.
        var hits = Search("Embassy Update").Hits;
        Assert.NotEmpty(hits);
        Assert.All(hits, h =>
        {
            var found = Assert.Single(h.Note.Outside);
            Assert.Equal(["Embassy", "Update"], found.Words);
            Assert.Equal(MatchedPlace.Venue, found.Place);
            Assert.Equal(["Embassy Update"], found.Text.Where(r => r.Marked).Select(r => r.Text));
        });
    }

    /// <summary>An expansion of several words matches only as a phrase, so only the phrase is marked ("China's" was, for "CICIR").</summary>
    [Theory]
    [InlineData("CICIR", "China Institutes of Contemporary International Relations")]
    [InlineData("cyber attacks", null)]
    [InlineData("WMD", "weapons of mass destruction")]
    public void AnExpansionOfSeveralWordsIsMarkedOnlyWhole(string query, string? phrase)
    {
        var response = Search(query);
        Assert.NotEmpty(response.Hits);
        var phrases = response.Built!.MarkPhrases.Select(p => string.Join(' ', p.Where(t => t.Length > 0))).ToHashSet();
        foreach (var hit in response.Hits)
            foreach (var mark in hit.Snippet.Where(r => r.Marked))
            {
                var terms = TextAnalysis.Terms(mark.Text);
                // A mark is one of the phrases, or words searched alone (a one-word form, an abbreviation as written).
                var alone = terms.All(response.Built.MarkAlone.Contains) || response.Built.MarkCapitals.Contains(mark.Text);
                Assert.True(phrases.Contains(string.Join(' ', terms)) || alone, $"{hit.Id} marks “{mark.Text}” for {query}");
                if (phrase is not null && terms.Count > 1) Assert.Equal(phrase, mark.Text, ignoreCase: true);
            }
    }

    [Fact]
    public void AWordInTheTextBesideTheAuthorsNameIsMarkedAndTheNameNoted()
    {
        var hit = Search("Khokhar mediation").Hits.First(h => h.Snippet.Any(r => r.Marked));
        Assert.Equal(["Khokhar"], hit.Note.Outside.SelectMany(f => f.Words));
        Assert.Empty(hit.Note.Apart);
    }

    [Fact]
    public void AResultHoldingTheWordsOnlyApartIsSaidSoWhenOthersHoldThePhrase()
    {
        var response = Search("food security");
        Assert.False(response.WordsApart); // priority 18 and Khokhar ¶9 say "food security"
        var dong = response.Hits.Single(h => h.Id == "dong-chunling/p11");
        Assert.Equal(["food", "security"], dong.Note.Apart);
        Assert.All(response.Hits.Where(h => h.Id != dong.Id), h => Assert.Empty(h.Note.Apart));
    }

    [Fact]
    public void AResultSaidToHoldTheWordsApartMarksEachOfThemEvenTheCommonOne()
    {
        // Dong Chunling ¶11's note says it holds "food" and "security"; its snippet marked "food" alone, since
        // "security", found in most units, was marked only beside a rarer word.
        var dong = Search("food security").Hits.Single(h => h.Id == "dong-chunling/p11");
        var marked = dong.Snippet.Where(r => r.Marked).Select(r => r.Text.ToLowerInvariant()).ToList();
        Assert.Contains("food", marked);
        Assert.Contains("security", marked);
    }

    [Fact]
    public void AResultHoldingThePhraseStillLeavesTheCommonWordUnmarkedAwayFromIt()
    {
        // Priority 18 says "food security": the common word is marked there, in the phrase, and nowhere alone.
        var item = Search("food security").Hits.Single(h => h.Id == "paper/priority-18");
        var marked = item.Snippet.Where(r => r.Marked).Select(r => r.Text.ToLowerInvariant()).ToList();
        Assert.Contains("food security", marked);
        Assert.DoesNotContain("security", marked);
    }

    [Fact]
    public void WhereNoPassageHoldsTheWordsTogetherEachResultInTextIsApart()
    {
        var response = Search("food security China");
        Assert.True(response.WordsApart);
        Assert.All(response.Hits, h => Assert.Equal(["food", "security", "China"], h.Note.Apart));
    }

    [Fact]
    public void AQuotedPhraseOrAResultHoldingThePhraseIsNeverApart()
    {
        Assert.All(Search("\"food security\"").Hits, h => Assert.Empty(h.Note.Apart));
        Assert.All(Search("indivisible security").Hits.Take(3), h => Assert.Empty(h.Note.Apart));
    }

    /// <summary>Over every query of the tuning files: each result shown marks a word of its snippet or has a note saying where it matched (a place outside its text, or the editors' subject terms it is indexed under).</summary>
    [Fact]
    public void EveryResultShownHasAMarkOrANote()
    {
        var queries = new[] { "search-judgements.tsv", "search-judgements-late.tsv", "search-judgements-own-words-tuning.tsv" }
            .SelectMany(f => SearchJudgements.Load(Repository.Path("tests/Shared/" + f))).Select(j => j.Query).Distinct().ToList();
        var unexplained = new List<string>();
        foreach (var query in queries)
        {
            var response = Search(query);
            // A reference's item shown first is explained by the page's own line ("“II.4” names Commitment 4, shown first").
            foreach (var hit in response.Hits.Skip(response.ReferenceFirst ? 1 : 0))
                if (!hit.Snippet.Any(r => r.Marked) && hit.Note.Outside.Count == 0 && hit.Note.IndexedUnder.Count == 0)
                    unexplained.Add($"“{query}”: {hit.Id}");
        }
        Assert.True(queries.Count > 150, $"{queries.Count} queries");
        Assert.True(unexplained.Count == 0, string.Join("\n", unexplained));
    }
}
