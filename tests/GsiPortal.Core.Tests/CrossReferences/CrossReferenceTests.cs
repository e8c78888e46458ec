using System.Text.RegularExpressions;
using GsiPortal.Core.Content;
using GsiPortal.Core.CrossReferences;
using GsiPortal.Core.Text;

namespace GsiPortal.Core.Tests.CrossReferences;

public class CrossReferenceTests
{
    private static readonly Lazy<CrossReferenceMap> Real = new(() => new CrossReferenceMap(RealContent.Library));
    private static CrossReferenceMap Links => Real.Value;

    /// <summary>Every Part II unit a commentary paragraph is linked to, by shared wording or by discussion.</summary>
    private static HashSet<string> PartTwoLinks(string commentary, string paragraph)
    {
        var p = RealContent.Library.FindCommentary(commentary)!.FindParagraph(paragraph)!;
        return Links.SharedBy(p).Select(s => s.Paper).Concat(Links.Discussions.Where(d => d.Commentary == p).Select(d => d.Paper))
            .Where(u => u.Paragraph.Part!.Slug == "commitments").Select(u => u.Key).ToHashSet();
    }

    [Theory]
    [InlineData("p6", 1)]
    [InlineData("p7", 2)]
    [InlineData("p8", 3)]
    [InlineData("p9", 4)]
    [InlineData("p10", 5)]
    [InlineData("p11", 6)]
    public void ChenXiangyangsFirstToSixthMapToCommitmentsOneToSixAndNothingElseInPartTwo(string paragraph, int commitment)
    {
        Assert.StartsWith(new[] { "First", "Second", "Third", "Fourth", "Fifth", "Sixth" }[commitment - 1], RealContent.Library.FindCommentary("chen-xiangyang")!.FindParagraph(paragraph)!.Text);
        Assert.Equal([$"commitment-{commitment}"], PartTwoLinks("chen-xiangyang", paragraph));
    }

    [Fact]
    public void LeiKezhongsOneToSixMapToCommitmentsOneToSixAndNothingElseInPartTwo()
    {
        var p4 = RealContent.Library.FindCommentary("lei-kezhong")!.FindParagraph("p4")!;
        Assert.Contains("1) stay committed", p4.Text);
        Assert.Contains("6) stay committed", p4.Text);
        Assert.Equal(Enumerable.Range(1, 6).Select(n => $"commitment-{n}").ToHashSet(), PartTwoLinks("lei-kezhong", "p4"));
        // Each numbered clause 1) to 6) lies inside a passage shared with the commitment of the same number.
        for (var n = 1; n <= 6; n++)
        {
            var clause = p4.Text.IndexOf($"{n}) stay committed", StringComparison.Ordinal) + 3;
            Assert.Contains(Links.SharedBy(p4), s => s.CommentaryStart <= clause && clause < s.CommentaryEnd && s.Paper.Key == $"commitment-{n}");
        }
    }

    [Theory]
    [InlineData("chen-xiangyang")]
    [InlineData("dong-chunling")]
    [InlineData("lei-kezhong")]
    [InlineData("ovais-ali-khokhar")]
    public void EachCommentarySharesWordingWithThePaper(string commentary) =>
        Assert.Contains(Links.Shared, s => s.Source.Id == commentary);

    [Fact]
    public void ExactPassagesAreTheSameWordsOnBothSidesAndAtLeastSixLong()
    {
        foreach (var s in Links.Shared.Where(s => s.Exact))
        {
            var commentary = Words.Of(s.CommentaryText).Select(w => w.Key).ToList();
            Assert.Equal(commentary, Words.Of(s.PaperText).Select(w => w.Key));
            Assert.True(commentary.Count >= SharedWordingFinder.MinSharedWords);
        }
    }

    [Fact]
    public void AMisspellingIsANearMatchWithTheDifferenceMarked()
    {
        var chen7 = RealContent.Library.FindCommentary("chen-xiangyang")!.FindParagraph("p7")!;
        var near = Assert.Single(Links.SharedBy(chen7), s => !s.Exact);
        Assert.Equal("commitment-2", near.Paper.Key);
        Assert.Contains(new WordStep(WordChange.OnlyInFirst, "soveignty"), near.Differences);
        Assert.Contains(new WordStep(WordChange.OnlyInSecond, "sovereignty"), near.Differences);
    }

    [Fact]
    public void WordsLeftOutBetweenTwoLongRunsMakeOneNearMatchThatSaysWhatWasLeftOut()
    {
        // Chen Xiangyang ¶9 gives commitment 4's seventh sentence without "between traditional security and
        // non-traditional security": one passage with a cut, not two exact ones side by side.
        var chen9 = RealContent.Library.FindCommentary("chen-xiangyang")!.FindParagraph("p9")!;
        var near = Assert.Single(Links.SharedBy(chen9), s => !s.Exact && s.Paper.Key == "commitment-4");
        var leftOut = near.Differences.Where(d => d.Change == WordChange.OnlyInSecond).Select(d => d.Text).ToList();
        Assert.Equal(["traditional", "security", "and", "non-traditional", "security", "between"], leftOut);
        Assert.DoesNotContain(near.Differences, d => d.Change == WordChange.OnlyInFirst);
    }

    [Fact]
    public void AnUnrelatedCommentaryFindsNothing()
    {
        var library = LibraryWith("unrelated-fixture.md");
        var links = new CrossReferenceMap(library);
        Assert.DoesNotContain(links.Shared, s => s.Source.Id == "unrelated-fixture");
        Assert.DoesNotContain(links.Discussions, d => d.Source.Id == "unrelated-fixture");
    }

    [Fact]
    public void AnAddedCommentaryIsWovenInWithNoOtherChange()
    {
        var library = LibraryWith("quoting-fixture.md");
        var links = new CrossReferenceMap(library);
        var commitment4 = library.Paper.FindPart("commitments")!.FindItem(4)!;
        Assert.Contains(links.SharedWith(commitment4), s => s.Source.Id == "quoting-fixture");
        Assert.Equal(CoverageLevel.SomeSharedWording, links.CoverageOf(commitment4, library.FindCommentary("quoting-fixture")!).Level);
    }

    [Fact]
    public void DiscussionsRespectTheirThresholdsAndNeverDuplicateSharedWording()
    {
        Assert.NotEmpty(Links.Discussions);
        // The editors' judgements (content/links.yml) are theirs, not the thresholds'.
        foreach (var d in Links.Discussions.Where(d => d.EditorsNote is null))
        {
            if (d.Strength == DiscussionStrength.Mention) Assert.True(d.Name is not null || d.Similarity >= CrossReferenceMap.MinMention);
            // A discussion: the whole paragraph is close, or one sentence states the item, or is about it by its name.
            else if (d.OneSentence) Assert.True(d.Similarity >= CrossReferenceMap.SentenceStatesItem || d.Name is not null, $"{d.Commentary.Anchor} {d.Paper.Key}");
            else Assert.True(d.Similarity >= CrossReferenceMap.MinDiscussion || d.Name is not null, $"{d.Commentary.Anchor} {d.Paper.Key}");
            if (d.Strength != DiscussionStrength.Mention && !d.OneSentence && d.Name is null) Assert.Equal(d.Similarity >= CrossReferenceMap.StrongDiscussion, d.Strength == DiscussionStrength.Strong);
            if (d.OneSentence) Assert.NotEqual(DiscussionStrength.Strong, d.Strength);
            Assert.DoesNotContain(Links.SharedBy(d.Commentary), s => s.Paper.Key == d.Paper.Key);
        }
    }

    [Fact]
    public void TheCoverageMatrixHasThirtyOneRowsAndOneColumnPerCommentary()
    {
        var rows = Links.Coverage;
        Assert.Equal(31, rows.Count);
        Assert.All(rows, r => Assert.Equal(4, r.Cells.Count));
        var chenOnFour = rows.Single(r => r.Item.Anchor == "commitment-4").Cells.Single(c => c.Commentary.Id == "chen-xiangyang");
        Assert.Equal(CoverageLevel.MuchSharedWording, chenOnFour.Level);
        Assert.All(rows.SelectMany(r => r.Cells).Where(c => c.Level == CoverageLevel.None), c => Assert.Null(c.Url));
    }

    [Fact]
    public void ACoverageCellLandsOnTheSentenceWhereItsWordsStand()
    {
        // The cells linked to the top of the paragraph, often long, and a reader hunted for what linked it (a reviewer).
        var cells = Links.AllCoverage.SelectMany(r => r.Cells).Where(c => c.Strongest is not null).ToList();
        var atSentence = 0;
        foreach (var cell in cells)
        {
            var link = cell.Strongest!;
            var paragraph = link.Commentary;
            var url = cell.Url!;
            var fragment = url[(url.IndexOf('#') + 1)..];
            if (fragment == paragraph.Anchor)
            {
                // A whole paragraph alike, or an editors' judgement with no words: the paragraph, nothing marked.
                Assert.True(link.Shared.Count == 0 && link.Discussion is { OneSentence: false, Name: null } || link.Discussion?.Words.Count == 0, url);
                Assert.DoesNotContain("highlight=", url, StringComparison.Ordinal);
                continue;
            }
            atSentence++;
            var sentence = paragraph.Sentences.Single(s => $"{paragraph.Anchor}-s{s.Number}" == fragment);
            if (link.Shared.Count > 0)
            {
                var first = link.Shared.MinBy(p => p.CommentaryStart)!;
                Assert.Contains(paragraph.Text[first.CommentaryStart..Math.Min(first.CommentaryEnd, first.CommentaryStart + 12)], sentence.Text, StringComparison.Ordinal);
                Assert.DoesNotContain("highlight=", url, StringComparison.Ordinal);
            }
            else
            {
                Assert.Contains(link.Discussion!.Words, w => sentence.Text.Contains(w, StringComparison.OrdinalIgnoreCase));
                Assert.Contains("highlight=", url, StringComparison.Ordinal);
            }
        }
        Assert.True(atSentence >= cells.Count / 2, $"{atSentence} of {cells.Count} cells land on a sentence");
    }

    [Fact]
    public void TheConcordanceOfIndivisibleSecurityCountsEveryOccurrenceOfEveryWordingTheEditorsList()
    {
        var expected = RealContent.Library.Paragraphs.Sum(p => Regex.Matches(p.Text, @"\bindivisible\s+security\b|\bindivisibility\s+of\s+(binary\s+compositions\s+of\s+)?security\b", RegexOptions.IgnoreCase).Count);
        var term = new KeyTerms(RealContent.Library).Find("indivisible-security");
        Assert.NotNull(term);
        Assert.Equal(expected, term.Count);
        Assert.All(term.Occurrences, o => Assert.Matches("^(indivisible security|indivisibility of security|indivisibility of binary compositions of security)$", o.Text.ToLowerInvariant()));
        Assert.Equal(5, term.Occurrences.Select(o => o.Paragraph.Document).Distinct().Count());
    }

    [Theory]
    [InlineData("indivisible-security")]
    [InlineData("cold-war-mentality")]
    [InlineData("common-comprehensive-cooperative-and-sustainable-security")]
    [InlineData("traditional-and-non-traditional-security")]
    [InlineData("npt")]
    [InlineData("au")]
    public void TheExpectedKeyTermsAreFound(string slug) => Assert.NotNull(new KeyTerms(RealContent.Library).Find(slug));

    [Fact]
    public void AnAbbreviationIsCountedWithItsLongForm()
    {
        var au = new KeyTerms(RealContent.Library).Find("au")!;
        Assert.Equal("African Union", au.LongForm);
        Assert.Contains(au.Occurrences, o => o.Text == "African Union");
        Assert.Contains(au.Occurrences, o => o.Text == "AU");
    }

    private static ContentLibrary LibraryWith(string fixture)
    {
        var folder = Directory.CreateTempSubdirectory("gsiportal-links-").FullName;
        try
        {
            foreach (var file in Directory.GetFiles(RealContent.Folder, "*.md")) File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
            File.Copy(Path.Combine(RealContent.FindUp("tests/fixtures/commentaries"), fixture), Path.Combine(folder, fixture));
            var result = ContentLoader.Load(folder);
            Assert.True(result.IsValid, string.Join("\n", result.Errors));
            return result.Library!;
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
