using GsiPortal.Core.Content;
using GsiPortal.Core.CrossReferences;
using GsiPortal.Core.SideBySide;
using GsiPortal.Core.Text;

namespace GsiPortal.Core.Tests.SideBySide;

/// <summary>
/// On an item the words two commentaries both use are that item's words, and a paragraph is one passage: a fresh
/// reader found commitment 5's page listing "the legitimate security concerns of" and "The cold war mentality" (Lei ¶4
/// and Chen ¶16 each list all six commitments) and Chen ¶10 set out twice.
/// </summary>
public class SharedWithThisItemTests
{
    private static readonly ContentLibrary Library = RealContent.Library;
    private static readonly CrossReferenceMap Map = new(Library);

    public static TheoryData<string> Items() => [.. Library.Paper.Items.Select(i => i.Anchor)];

    private static string Key(string text) => string.Join(' ', Words.Of(text).Select(w => w.Key));

    private static IEnumerable<string> Runs(string phrase)
    {
        var words = Words.Of(phrase).Select(w => w.Key).ToList();
        for (var i = 0; i + CommonWording.MinWords <= words.Count; i++)
            if (words.Skip(i).Take(CommonWording.MinWords).Count(w => !StopWords.Contains(w)) >= CommonWording.MinContentWords)
                yield return string.Join(' ', words.Skip(i).Take(CommonWording.MinWords));
    }

    [Theory]
    [MemberData(nameof(Items))]
    public void EveryPhraseBothUseStandsInTheItem(string anchor)
    {
        var item = Library.Paper.Items.Single(i => i.Anchor == anchor);
        var own = Key(string.Join(' ', item.Paragraphs.Select(p => p.Text)));
        var subject = SideBySideBuilder.ForItem(Map, item);
        foreach (var a in subject.Columns)
            foreach (var b in subject.Columns.Where(b => b != a))
            {
                var (pair, _) = SideBySideBuilder.Choose(subject, Map, a.Commentary.Id, b.Commentary.Id);
                // A phrase may join two of the item's runs that overlap in the commentary ("…consultation, support all
                // efforts…"): each run of three words in it with a subject in it is the item's.
                Assert.All(pair!.SharedPhrases, phrase => Assert.All(Runs(phrase), run => Assert.True(own.Contains(run, StringComparison.Ordinal),
                    $"{anchor}, {a.Commentary.Id} and {b.Commentary.Id}: “{run}” in “{phrase}” is not {item.Label}'s wording")));
            }
    }

    [Fact]
    public void Commitment5sDefaultPairSharesItsWordingAndNoOtherCommitments()
    {
        var item = Library.Paper.Items.Single(i => i.Anchor == "commitment-5");
        var (pair, _) = SideBySideBuilder.Choose(SideBySideBuilder.ForItem(Map, item), Map, null, null);
        Assert.Contains(pair!.SharedPhrases, p => Key(p) == Key("unilateral sanctions and long-arm jurisdiction"));
        Assert.DoesNotContain(pair.SharedPhrases, p => Key(p).Contains("legitimate security concerns", StringComparison.Ordinal));
        Assert.DoesNotContain(pair.SharedPhrases, p => Key(p).Contains("cold war mentality", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Items))]
    public void EachParagraphIsOnePassageOfItsColumn(string anchor)
    {
        var subject = SideBySideBuilder.ForItem(Map, Library.Paper.Items.Single(i => i.Anchor == anchor));
        Assert.All(subject.Columns, c => Assert.Equal(c.Passages.Count, c.Passages.Select(p => p.Paragraph).Distinct().Count()));
    }

    [Fact]
    public void ChenTenthParagraphIsOnePassageHoldingBothItsSharedSentences()
    {
        var subject = SideBySideBuilder.ForItem(Map, Library.Paper.Items.Single(i => i.Anchor == "commitment-5"));
        var tenth = Assert.Single(subject.Columns.Single(c => c.Commentary.Id == "chen-xiangyang").Passages, p => p.Paragraph.Label == "10");
        Assert.StartsWith("Fifth, “peacefully resolving", tenth.Text);
        Assert.EndsWith("long-arm jurisdiction does not solve a problem, but only creates more difficulties and complications.", tenth.Text);
        Assert.Equal(2, tenth.PassagesOfParagraph);
    }
}
