using GsiPortal.Core.Search;

namespace GsiPortal.Core.Tests.Search;

/// <summary>
/// A trailing wildcard stands for the words of the texts that begin with its letters as the texts write them (a
/// fresh-eyes review, the sixteenth session): it was matched against stems, so "cooperat*" ("cooperation" is "cooper"),
/// "securit*", "development*" and "multilateral*" found nothing and said "No passage mentions" words that are
/// everywhere. A wildcard with too few letters, and one beginning more words than are searched, are said. On the real content.
/// </summary>
public class TrailingWildcardTests
{
    private static SearchResponse Search(string q) => RealContent.Index.Search(new SearchRequest(q));

    /// <summary>The units whose words, as written, hold a word beginning with the letters (text, searchable title, headings, section, record).</summary>
    private static int UnitsWriting(string letters)
    {
        var word = new System.Text.RegularExpressions.Regex(@"\b" + letters, System.Text.RegularExpressions.RegexOptions.IgnoreCase);
        return SearchUnits.From(RealContent.Library).Count(u => word.IsMatch(string.Join(' ', u.Text, u.TitleIsSearchable ? u.Title : "", u.Headings, u.Section, u.Record)));
    }

    [Theory]
    [InlineData("cooperat*")]
    [InlineData("securit*")]
    [InlineData("development*")]
    [InlineData("communit*")]
    [InlineData("negotiat*")]
    [InlineData("multilateral*")]
    [InlineData("developm*")]
    [InlineData("sec*")]
    [InlineData("terror*")]
    [InlineData("sanction*")]
    [InlineData("hegemon*")]
    public void AWildcardFindsTheUnitsWritingAWordThatBeginsWithItsLetters(string wildcard)
    {
        // Past the stem ("cooperat*": "cooperation" is "cooper") or not ("sec*"); "developm*" finds "development", not
        // "developing", its stem-mate.
        var response = Search(wildcard);
        var letters = wildcard.TrimEnd('*');
        Assert.Equal(UnitsWriting(letters), response.Total);
        Assert.Null(response.Relaxed);
        Assert.Empty(response.Notes);
        // Each result is marked where a word beginning with the letters stands, as any match is.
        foreach (var hit in response.Hits.Where(h => h.Snippet.Any(r => r.Marked)))
            Assert.Contains(hit.Snippet, r => r.Marked && r.Text.StartsWith(letters, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>Every result of a search, page by page.</summary>
    private static List<SearchHit> AllHits(string q) =>
        [.. Enumerable.Range(1, Search(q).PageCount).SelectMany(p => RealContent.Index.Search(new SearchRequest(q) { Page = p }).Hits)];

    [Fact]
    public void AWildcardMarksOnlyTheWordsItsLettersBegin()
    {
        // "communit*" finds the units writing "community", searched by its stem "commun", which "communication" shares:
        // marked by stem, priority 5's "candid dialogue and communication" was marked beside "the international
        // community" (a fresh-eyes review). Now only a word beginning with the letters as written is marked.
        var hits = AllHits("communit*");
        var marked = hits.SelectMany(h => h.Snippet.Where(r => r.Marked)).SelectMany(r => r.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToList();
        Assert.NotEmpty(marked);
        Assert.All(marked, word => Assert.StartsWith("communit", word, StringComparison.OrdinalIgnoreCase));
        // The stem-mates stand unmarked in the snippets shown (so this test can tell).
        Assert.Contains(hits, h => h.Snippet.Any(r => !r.Marked && r.Text.Contains("communicat", StringComparison.OrdinalIgnoreCase)));
    }

    [Fact]
    public void ThePageAWildcardsResultLeadsToMarksTheWordsItsLettersBegin()
    {
        // "?highlight=communit*" read the letters as a stem no text holds and marked nothing (a fresh-eyes review):
        // the page marks what the result marked, "community" and not its stem-mate "communication".
        var platform = RealContent.Library.Paper.Parts.SelectMany(p => p.Items).Single(i => GsiPortal.Core.Addresses.AddressBook.Id(i) == "paper/platform-3");
        var highlight = RealContent.Index.Highlight("communit*").On(platform.Paragraphs.Select(p => p.Text));
        var runs = platform.Paragraphs.SelectMany(p => p.Sentences.SelectMany(s => highlight.Mark(p, s.Text))).ToList();
        Assert.Equal(["community"], runs.Where(r => r.Marked).Select(r => r.Text));
        Assert.Contains(runs, r => !r.Marked && r.Text.Contains("communication"));
        // Letters that begin no word of the texts mark nothing, and the builder keeps nothing of them.
        Assert.Empty(RealContent.Index.Highlight("zzqx*").Terms);
    }

    [Fact]
    public void AnOrdinaryWordIsMarkedByItsStemBesideAWildcardAsAlone()
    {
        // Only the wildcard's own marks are narrowed: "community" typed marks its stem-mates as before, with the wildcard too.
        foreach (var q in new[] { "community", "community communit*", "communit* community" })
            Assert.Contains(AllHits(q), h => h.Snippet.Any(r => r.Marked && r.Text.Contains("communicat", StringComparison.OrdinalIgnoreCase)));
    }

    [Fact]
    public void AWildcardFindsAtLeastWhatItsWordFindsAsWritten()
    {
        // "multilateral" finds 9; "multilateral*" found nothing.
        Assert.True(Search("multilateral*").Total >= Search("multilateral").Total);
        Assert.True(Search("develop*").Total > Search("developm*").Total);
    }

    [Fact]
    public void AWildcardOfOneLetterIsSaidToNeedMore()
    {
        var response = Search("s*");
        Assert.Equal(0, response.Total);
        var note = Assert.Single(response.Notes);
        Assert.StartsWith("“s*” was not searched: a wildcard needs at least 2 letters before its *", note);
        // Beside other words, the words are searched and the wildcard said.
        var beside = Search("security s*");
        Assert.Equal(Search("security").Total, beside.Total);
        Assert.Single(beside.Notes);
    }

    [Theory]
    [InlineData("*curity")]
    [InlineData("**curity")]
    [InlineData("se*rity")]
    [InlineData("*secur*")]
    public void AStarBeforeAWordsLettersIsSaidToEndAWordOnly(string typed)
    {
        // Review 18 (D10): "*curity" was searched as "curity", and the page said "No passage mentions “*curity”".
        var response = Search(typed);
        Assert.Equal(0, response.Total);
        var note = Assert.Single(response.Notes);
        Assert.StartsWith($"“{typed}” was not searched: a * can only end a word", note);
        // Beside other words, the words are searched and the wildcard said.
        var beside = Search("cooperation " + typed);
        Assert.Equal(Search("cooperation").Total, beside.Total);
        Assert.Single(beside.Notes);
    }

    [Fact]
    public void AWildcardBeginningMoreWordsThanAreSearchedSaysSo()
    {
        var response = Search("co*");
        Assert.True(response.Total > 0);
        var note = Assert.Single(response.Notes);
        Assert.Matches(@"^“co\*” begins [\d,]+ different words of the texts: the 64 most frequent were searched\.", note);
        Assert.Empty(Search("cooperat*").Notes);
    }

    [Fact]
    public void AnExcludedWildcardLeavesOutItsWords()
    {
        var all = Search("peace").Total;
        var without = Search("peace -cooperat*").Total;
        Assert.InRange(without, 1, all - 1);
    }
}
