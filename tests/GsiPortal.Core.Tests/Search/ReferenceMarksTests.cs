using GsiPortal.Core.Search;

namespace GsiPortal.Core.Tests.Search;

/// <summary>
/// A reference names a place, not words to find: "commitment 4" marked "committed" in commitment 4's snippet and on
/// its page, a stem-mate of no word the reader looked for (a fresh-eyes review, the seventeenth session). The place is
/// marked only by the words after the reference; the results the words found are marked by them. On the real content.
/// </summary>
public class ReferenceMarksTests
{
    private static SearchResponse Search(string q) => RealContent.Index.Search(new SearchRequest(q));

    private static IEnumerable<string> Marked(SearchHit hit) => hit.Snippet.Where(r => r.Marked).Select(r => r.Text);

    [Theory]
    [InlineData("commitment 4", "paper/commitment-4")]
    [InlineData("II.4", "paper/commitment-4")]
    [InlineData("priority 12", "paper/priority-12")]
    [InlineData("Khokhar paragraph 4", "ovais-ali-khokhar/p4")]
    public void TheReferencesOwnResultMarksNothing(string query, string id)
    {
        var first = Search(query).Hits[0];
        Assert.Equal(id, first.Id);
        Assert.Empty(Marked(first));
    }

    [Fact]
    public void TheWordsAfterAReferenceAreMarkedInItsResult()
    {
        var first = Search("commitment 4 indivisible").Hits[0];
        Assert.Equal("paper/commitment-4", first.Id);
        Assert.NotEmpty(Marked(first));
        Assert.All(Marked(first), m => Assert.StartsWith("indivisib", m, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void AResultTheWordsFoundIsMarkedByThem()
    {
        // Lei Kezhong ¶4 lists the commitments: "4) stay committed to taking …".
        var lei = Search("commitment 4").Hits.Single(h => h.Id == "lei-kezhong/p4");
        Assert.Contains("committed", Marked(lei));
    }

    [Fact]
    public void ThePageOfThePlaceNamedMarksOnlyTheWordsAfterTheReference()
    {
        var item = RealContent.Library.Paper.Parts.SelectMany(p => p.Items).Single(i => GsiPortal.Core.Addresses.AddressBook.Id(i) == "paper/commitment-4");
        var paragraph = item.Paragraphs[0];
        var sentence = paragraph.Sentences[0].Text;
        Assert.StartsWith("Stay committed", sentence);
        Assert.DoesNotContain(RealContent.Index.Highlight("commitment 4").Mark(paragraph, sentence), r => r.Marked);
        Assert.Contains(RealContent.Index.Highlight("committed").Mark(paragraph, sentence), r => r.Marked && r.Text == "committed");
        var after = RealContent.Index.Highlight("commitment 4 indivisible");
        var marked = item.Paragraphs.SelectMany(p => p.Sentences.SelectMany(s => after.Mark(p, s.Text))).Where(r => r.Marked).Select(r => r.Text).ToList();
        Assert.NotEmpty(marked);
        Assert.All(marked, m => Assert.StartsWith("indivisib", m, StringComparison.OrdinalIgnoreCase));
        // The same words mark elsewhere as the words: Lei Kezhong ¶4's "committed".
        var lei = RealContent.Library.Commentaries.Single(c => c.Id == "lei-kezhong").Paragraphs.Single(p => p.Anchor == "p4");
        Assert.Contains(lei.Sentences.SelectMany(s => RealContent.Index.Highlight("commitment 4").Mark(lei, s.Text)), r => r.Marked && r.Text == "committed");
    }
}
