using GsiPortal.Core.References;

namespace GsiPortal.Core.Tests.References;

/// <summary>One grammar reads every form the issue lists, whole, and says why a reference names nothing.</summary>
public class ReferenceGrammarTests
{
    private static ReferenceGrammar Grammar => RealContent.Library.Addresses.References;

    [Theory]
    [InlineData("II.4", "/paper/commitments/4")]
    [InlineData("2.4", "/paper/commitments/4")]
    [InlineData("commitment 4", "/paper/commitments/4")]
    [InlineData("Commitment four, sentence 2", "/paper/commitments/4#s2")]
    [InlineData("priorities 3–5", "/paper/priorities/3 /paper/priorities/4 /paper/priorities/5")]
    [InlineData("§ III.12", "/paper/priorities/12")]
    [InlineData("section III", "/paper/priorities")]
    [InlineData("Part III", "/paper/priorities")]
    [InlineData("GSI Concept Paper II.4", "/paper/commitments/4")]
    [InlineData("the concept paper's fourth commitment", "/paper/commitments/4")]
    [InlineData("Khokhar ¶4", "/commentaries/ovais-ali-khokhar#p4")]
    [InlineData("paragraph 4 of Khokhar", "/commentaries/ovais-ali-khokhar#p4")]
    [InlineData("Lei Kezhong, para. 5", "/commentaries/lei-kezhong#p5")]
    [InlineData("Dong 2022 ¶16–18", "/commentaries/dong-chunling#p16-p18")]
    [InlineData("II.4-II.5", "/paper/commitments/4 /paper/commitments/5")]
    [InlineData("III.3-5", "/paper/priorities/3 /paper/priorities/4 /paper/priorities/5")]
    [InlineData("II.4:s2", "/paper/commitments/4#s2")]
    [InlineData("GSI 2.4", "/paper/commitments/4")]
    [InlineData("commitments 4 to 5", "/paper/commitments/4 /paper/commitments/5")]
    [InlineData("PRIORITY TWENTY", "/paper/priorities/20")]
    [InlineData("iv", "/paper/platforms")]
    [InlineData("Part II, paragraph 2", "/paper/commitments/2")]
    [InlineData("part III para. 5", "/paper/priorities/5")]
    [InlineData("paragraph 5 of Part III", "/paper/priorities/5")]
    [InlineData("Part I, paragraph 3", "/paper/background#background-p3")]
    [InlineData("Background ¶3", "/paper/background#background-p3")]
    [InlineData("the Background, paras. 2–3", "/paper/background#background-p2-p3")]
    [InlineData("¶2 of the Background", "/paper/background#background-p2")]
    [InlineData("Part II ¶4, sentence 2", "/paper/commitments/4#s2")]
    [InlineData("Priorities of Cooperation, paragraph 12", "/paper/priorities/12")]
    [InlineData("Part III, introduction, paragraph 2", "/paper/priorities#priorities-p2")]
    [InlineData("Part III, introduction", "/paper/priorities#priorities-p1-p2")]
    [InlineData("Part II, closing paragraph", "/paper/commitments#commitments-p1")]
    // The forms a reader typed into /ref/ that were refused (a fresh-eyes review): sentences as the site's fragments and
    // as "Genesis 1:3" numbers a verse, and a commentary's paragraph by a bare number after the name.
    [InlineData("II.4.3", "/paper/commitments/4#s3")]
    [InlineData("II.4 s3", "/paper/commitments/4#s3")]
    [InlineData("II.4, s. 2–3", "/paper/commitments/4#s2-s3")]
    [InlineData("II.4:s2-s3", "/paper/commitments/4#s2-s3")]
    [InlineData("II.4:s2-3", "/paper/commitments/4#s2-s3")]
    [InlineData("GSI 2.4.3", "/paper/commitments/4#s3")]
    [InlineData("Khokhar 4", "/commentaries/ovais-ali-khokhar#p4")]
    [InlineData("Dong 2022 16", "/commentaries/dong-chunling#p16")]
    // Items in Roman numerals, any case, as /how-to-cite promises (a fresh-eyes review found /ref/II.IV a 404).
    [InlineData("II.IV", "/paper/commitments/4")]
    [InlineData("ii.iv", "/paper/commitments/4")]
    [InlineData("2.IV", "/paper/commitments/4")]
    [InlineData("III.XII", "/paper/priorities/12")]
    [InlineData("II.IV.3", "/paper/commitments/4#s3")]
    [InlineData("II.IV:s2", "/paper/commitments/4#s2")]
    [InlineData("II.IV-II.V", "/paper/commitments/4 /paper/commitments/5")]
    [InlineData("III.III-V", "/paper/priorities/3 /paper/priorities/4 /paper/priorities/5")]
    [InlineData("§ III.XII", "/paper/priorities/12")]
    public void EveryFormOfTheIssueIsReadWhole(string reference, string addresses)
    {
        var reading = Grammar.Read(reference);
        Assert.True(reading.Names, reading.Reason);
        Assert.Equal(addresses, string.Join(' ', reading.Passages.Select(p => p.Address)));
    }

    [Theory]
    [InlineData("commitment 9", "the paper has six commitments; 'commitment 9' names none")]
    [InlineData("GSI II.9", "the paper has six commitments; 'GSI II.9' names none")]
    [InlineData("I.9", "Part I has")]
    [InlineData("Part VI", "the paper has four parts; 'Part VI' names none")]
    [InlineData("Khokhar ¶99", "Ovais Ali Khokhar's commentary has fourteen paragraphs, numbered 1 to 14; 'Khokhar ¶99' names none")]
    [InlineData("commitment 4, sentence 40", "Commitment 4 has")]
    [InlineData("Article 4 of the UN Charter", "'Article 4 of the UN Charter' is not a reference this site reads")]
    [InlineData("Part I, paragraph 9", "Part I has")]
    [InlineData("Part II, paragraph 7", "the paper has six commitments; 'Part II, paragraph 7' names none")]
    [InlineData("II.4.40", "Commitment 4 has")]
    [InlineData("II.4:s0", "Commitment 4 has eight sentences; 'II.4:s0' names none")]
    [InlineData("II.4:s0-s3", "Commitment 4 has eight sentences; 'II.4:s0-s3' names none")]
    [InlineData("commitment 4, sentence 0", "Commitment 4 has eight sentences")]
    [InlineData("Khokhar ¶4:s0", "¶4 has")]
    [InlineData("Part II, closing, sentence 0", "that paragraph has")]
    [InlineData("II.4:s8-s1", "'II.4:s8-s1' runs backwards, from sentence 8 to sentence 1")]
    [InlineData("II.4.5-3", "'II.4.5-3' runs backwards")]
    [InlineData("Khokhar 2023", "'Khokhar 2023' is not a reference this site reads")]
    [InlineData("II.IX", "the paper has six commitments; 'II.IX' names none")]
    [InlineData("II.IIII", "'II.IIII' is not a reference this site reads")]
    public void AReferenceToNothingSaysWhy(string reference, string reason)
    {
        var reading = Grammar.Read(reference);
        Assert.False(reading.Names);
        Assert.StartsWith(reason, reading.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void ARomanItemInRunningTextIsReadInCapitalsOnly()
    {
        const string text = "GSI II.IV says it; so does III.XII, but not ii.iv nor Chapter II.IV.";
        var found = Grammar.Find(text, TimeSpan.FromSeconds(5), CancellationToken.None);
        Assert.Equal(["GSI II.IV => /paper/commitments/4", "III.XII => /paper/priorities/12"], found.Found.Select(f => $"{f.Text} => {f.Passages[0].Address}"));
    }

    [Fact]
    public void APartsParagraphInRunningTextNeedsTheRomanNumeralOrThePartsTitle()
    {
        const string text = "Under section 3, paragraph 2 of the Act, and as Part II, paragraph 4 and Background ¶1 say, background paragraph checks differ.";
        var found = Grammar.Find(text, TimeSpan.FromSeconds(5), CancellationToken.None);
        Assert.Equal(["Part II, paragraph 4", "Background ¶1"], found.Found.Select(f => f.Text));
        Assert.Empty(found.Unresolved);
    }

    [Fact]
    public void EveryReferenceInATextIsFoundWithItsCharacters()
    {
        const string text = "As Khokhar ¶4 notes, commitment 4 of the GSI concept paper and GSI II.9 differ; 2.4 billion people.";
        var found = Grammar.Find(text, TimeSpan.FromSeconds(5), CancellationToken.None);
        Assert.True(found.Complete);
        Assert.Equal(["Khokhar ¶4", "commitment 4 of the GSI concept paper"], found.Found.Select(f => text.Substring(f.Start, f.Length)));
        var unresolved = Assert.Single(found.Unresolved);
        Assert.Equal("GSI II.9", unresolved.Text);
    }

    [Fact]
    public void InRunningTextABareNumberAfterANameIsNoParagraphButADottedSentenceIsASentence()
    {
        const string text = "Khokhar 4 times said so; GSI II.4.3 and II.4 s2 say it too.";
        var found = Grammar.Find(text, TimeSpan.FromSeconds(5), CancellationToken.None);
        Assert.Equal(["GSI II.4.3", "II.4 s2"], found.Found.Select(f => f.Text));
        Assert.Equal(["/paper/commitments/4#s3", "/paper/commitments/4#s2"], found.Found.Select(f => f.Passages[0].Address));
    }

    [Fact]
    public void ACancelledFindStops()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        Assert.Throws<OperationCanceledException>(() => Grammar.Find(string.Concat(Enumerable.Repeat("commitment 4 and ", 2000)), TimeSpan.FromSeconds(5), cancelled.Token));
    }

    [Fact]
    public void ASpentBudgetEndsTheSearchIncomplete()
    {
        var found = Grammar.Find(string.Concat(Enumerable.Repeat("commitment 4, ", 5000)), TimeSpan.Zero, CancellationToken.None);
        Assert.False(found.Complete);
    }
}
